// The bank day at scale: the generator of test/e2e/bank-day.test.ts at 20,000+ events (60,000+ deliveries),
// with more SES throttling and rejections. `npm run test:soak`; `.ci/run` runs it after `npm test`.
import { describeBankDay } from '../support/bank-day/suite.ts';

// EndpointFaults are counts of SendEmail calls from the start of the day; with `--fault` percentages
// (throttle-email=40, reject-email=5, duplicate-delivery=3, timeout-after-send=email:2) use those here.
describeBankDay({ seed: 20261206, events: 20_000, faults: { throttleEmails: 60, rejectEmails: 10 } });
