import type { NotifyPolicy } from '../../application/notify.ts';

/** The deployment's notification policy, from the environment the CDK construct sets. */
export function policyFromEnv(env: NodeJS.ProcessEnv = process.env): NotifyPolicy {
  const [start = '22:00', end = '07:00'] = (env.QUIET_HOURS_DEFAULT ?? '22:00-07:00').split('-');
  return {
    defaultQuietHours: { start, end },
    marketingCap: Number(env.MARKETING_CAP ?? '2'),
    transactionalDefault: env.TRANSACTIONAL_DEFAULT === 'granted' ? 'granted' : 'denied',
  };
}
