import { defineFunction, envSchemas, envVar, from } from '#adapters/lambda/manifest.ts';
import { gateEnv } from '#adapters/lambda/manifest-parts.ts';

const { number, text, wholeNumber } = envSchemas;

export const manifest = defineFunction({
  name: 'fraud-reply-events',
  description: 'Opens fraud cases (Fraud.Suspected) and resumes their workflow on Customer.Replied',
  triggers: [
    // The same cases as the alert: an invalid Fraud.Suspected is rejected by fraud-alerts only.
    {
      kind: 'rule',
      id: 'FraudCases',
      detailTypes: ['Fraud.Suspected'],
      detail: ({ fraudMinRiskScore }) => ({ riskScore: [{ numeric: ['>=', fraudMinRiskScore] }] }),
    },
    { kind: 'rule', id: 'CustomerReplied', detailTypes: ['Customer.Replied'] },
  ],
  grants: { table: 'readWrite', fraudReply: ['start', 'resume'] },
  env: {
    ...gateEnv,
    FRAUD_REPLY_STATE_MACHINE_ARN: envVar(from.stateMachineArn('fraudReply'), text),
    FRAUD_REPLY_WINDOW_MINUTES: envVar(from.setting('fraudReplyWindowMinutes'), wholeNumber),
    FRAUD_ESCALATION_WINDOW_MINUTES: envVar(from.setting('fraudEscalationWindowMinutes'), wholeNumber),
    FRAUD_MIN_RISK_SCORE: envVar(from.setting('fraudMinRiskScore'), number),
  },
});
