import { defineFunction, envSchemas, envVar, from } from '#adapters/lambda/manifest.ts';
import { triggerParts } from '#adapters/lambda/manifest-parts.ts';
import { FRAUD_ALERT_TYPES } from '#domain/fraud.ts';

const trigger = triggerParts(FRAUD_ALERT_TYPES);

export const manifest = defineFunction({
  name: 'fraud-alerts',
  description: 'Fraud.Suspected: asks the customer YES/NO with a reply deadline',
  raises: trigger.raises,
  triggers: [
    {
      kind: 'rule',
      id: 'FraudSuspected',
      detailTypes: ['Fraud.Suspected'],
      // Cases scored below the threshold never invoke the function. Only those: an event whose riskScore is
      // not a score at all (a string, missing, negative, …) still reaches it, to be rejected with a reason.
      detail: ({ fraudMinRiskScore }) => ({
        $or: [
          {
            riskScore: [
              { numeric: ['>=', fraudMinRiskScore] },
              { numeric: ['<', 0] },
              { wildcard: '*' },
              null,
              true,
              false,
            ],
          },
          { riskScore: [{ exists: false }] },
        ],
      }),
    },
  ],
  grants: trigger.grants,
  env: {
    ...trigger.env,
    // Read by fraudPolicyFromEnv, which checks them.
    FRAUD_REPLY_WINDOW_MINUTES: envVar(from.setting('fraudReplyWindowMinutes'), envSchemas.anyText),
    FRAUD_MIN_RISK_SCORE: envVar(from.setting('fraudMinRiskScore'), envSchemas.anyText),
  },
});
