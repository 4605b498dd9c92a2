// The bank day at scale: the generator of test/e2e/bank-day.test.ts at 20,000+ events (60,000+ deliveries),
// with more SES throttling and rejections. `npm run test:soak`; `.ci/run` runs it after `npm test`.
import { parseFaults } from '../../local/faults.ts';
import { describeBankDay } from '../support/bank-day/suite.ts';

// The same faults as the 1,000-event day, all day long (`--fault throttle-email=40 --fault reject-email=5
// --fault throttle-sms=20`).
describeBankDay({
  seed: 20261206,
  events: 20_000,
  faults: parseFaults(['throttle-email=40', 'reject-email=5', 'throttle-sms=20'], '20261206'),
});
