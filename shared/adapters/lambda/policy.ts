import type { NotifyPolicy } from '../../application/notify.ts';
import { TIME_OF_DAY_REGEX } from '../../contract/common.ts';

/** The variables of the policy (manifest-parts.ts `policyEnv`). */
type PolicyVariable = 'QUIET_HOURS_DEFAULT' | 'MARKETING_CAP' | 'TRANSACTIONAL_DEFAULT';

/**
 * The deployment's notification policy, from the function's environment (each variable may be left out for
 * its default). A value that is not one fails the function's cold start, naming the variable: a marketing
 * cap that reads as no number would otherwise silently stop, or unleash, marketing.
 */
export function policyFromEnv(env: Readonly<Partial<Record<PolicyVariable, string>>>): NotifyPolicy {
  const [start = '', end = '', ...rest] = (env.QUIET_HOURS_DEFAULT || '22:00-07:00').split('-');
  if (rest.length > 0 || !TIME_OF_DAY_REGEX.test(start) || !TIME_OF_DAY_REGEX.test(end))
    throw new Error('environment variable QUIET_HOURS_DEFAULT: expected "HH:MM-HH:MM"');
  const cap = Number(env.MARKETING_CAP || '2');
  if (!Number.isInteger(cap) || cap < 0)
    throw new Error('environment variable MARKETING_CAP: expected a whole number ≥ 0');
  const transactionalDefault = env.TRANSACTIONAL_DEFAULT || 'denied';
  if (transactionalDefault !== 'granted' && transactionalDefault !== 'denied')
    throw new Error('environment variable TRANSACTIONAL_DEFAULT: expected granted or denied');
  return { defaultQuietHours: { start, end }, marketingCap: cap, transactionalDefault };
}
