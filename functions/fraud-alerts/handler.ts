import { eventHandler } from '#adapters/lambda/event-handler.ts';
import { triggerDeps } from '#adapters/lambda/trigger-deps.ts';
import { fraudPolicyFromEnv, sendFraudAlert } from '#application/fraud-alerts.ts';
import * as fraudSuspected from '#contract/events/fraud-suspected.ts';

const deps = { ...triggerDeps(), fraud: fraudPolicyFromEnv() };

/** Fraud.Suspected → a security alert asking the customer YES (it was me) or NO, with a reply deadline. */
export const handler = eventHandler(
  {
    [fraudSuspected.detailType]: {
      schema: fraudSuspected.schema,
      keys: (detail) => ({ caseId: detail.caseId }),
      run: (detail, event) => sendFraudAlert(event, detail, deps),
    },
  },
  deps,
);
