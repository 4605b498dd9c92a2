import type { FraudSuspected } from '../contract/events/fraud-suspected.ts';
import { DEFAULT_FRAUD_POLICY, decideFraudAlert, type FraudPolicy } from '../domain/fraud.ts';
import { definitionOf } from '../notifications/catalogue.ts';
import type { ProfileReader } from '../ports/customers.ts';
import type { BusEvent } from './accept-event.ts';
import { admitKnownCustomer, type CustomerGateDeps } from './erasure-gate.ts';
import { type NotifyDeps, notify } from './notify.ts';

export interface FraudAlertDeps extends NotifyDeps, CustomerGateDeps {
  profiles: ProfileReader;
  fraud: FraudPolicy;
}

/**
 * The deployment's fraud settings from the environment the CDK construct sets
 * (FRAUD_REPLY_WINDOW_MINUTES, FRAUD_MIN_RISK_SCORE); a value that is not a number fails the function's
 * start rather than silently sending alerts with no deadline.
 */
export function fraudPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): FraudPolicy {
  const read = (name: string, fallback: number) => {
    const value = env[name] === undefined || env[name] === '' ? fallback : Number(env[name]);
    if (!Number.isFinite(value)) throw new Error(`environment variable ${name} is not a number`);
    return value;
  };
  return {
    replyWindowMinutes: read('FRAUD_REPLY_WINDOW_MINUTES', DEFAULT_FRAUD_POLICY.replyWindowMinutes),
    minRiskScore: read('FRAUD_MIN_RISK_SCORE', DEFAULT_FRAUD_POLICY.minRiskScore),
  };
}

/**
 * Fraud.Suspected:
 * 1. the customer is admitted by `admitKnownCustomer` (shared/application/erasure-gate.ts);
 * 2. the case decides the alert, with its reply deadline (a case below the risk threshold decides none);
 * 3. the alert goes through `notify`: a security message, so at once, whatever the quiet hours, and on at
 *    least one reachable channel whatever the consents; the render function signs its YES/NO links.
 */
export async function sendFraudAlert(
  event: BusEvent,
  detail: FraudSuspected,
  deps: FraudAlertDeps,
): Promise<void> {
  const profile = await admitKnownCustomer(event, detail, deps);
  if (!profile) return;
  const intent = decideFraudAlert(detail, deps.fraud);
  const spec = intent && definitionOf(intent.type);
  if (intent && spec) await notify(profile, intent, spec, deps);
}
