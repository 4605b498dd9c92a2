import { type Category, type Channel, type CustomerProfile, consentKey } from './profile.ts';

export type ConsentDecision = { allowed: true; basis: string } | { allowed: false; reason: 'consent' };

/**
 * Transactional and marketing messages need the customer's grant for that channel and category; the last
 * grant or withdrawal wins. Security alerts do not depend on consent.
 */
export function decideConsent(
  profile: CustomerProfile,
  channel: Channel,
  category: Category,
): ConsentDecision {
  if (category === 'security') return { allowed: true, basis: 'security' };
  const consent = profile.consents[consentKey(channel, category)];
  if (consent?.granted) return { allowed: true, basis: `${consent.source}@${consent.at}` };
  return { allowed: false, reason: 'consent' };
}
