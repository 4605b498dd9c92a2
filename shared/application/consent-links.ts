// The consent links of e-mails (shared/domain/consent-link.ts), as the consent-link endpoint serves them:
// the one-click unsubscribe (RFC 8058) and the preference page. Every change goes through the one use case
// of consent changes on the customer's word (change-consent.ts), which writes the ledger and tells the bank.
import { randomBytes } from 'node:crypto';
import { type ConsentLinkClaims, verifyConsentToken } from '../domain/consent-link.ts';
import {
  CHOOSABLE,
  choiceValue,
  lastDigits,
  maskEmail,
  type PreferenceRow,
} from '../domain/consent-pages/page.ts';
import { type ConsentOptions, decideConsent } from '../domain/policy/consent-ledger.ts';
import { type Channel, type CustomerProfile, channels } from '../domain/profile.ts';
import type { ConsentLinkUses } from '../ports/consent-links.ts';
import type { MacVerifier } from '../ports/links.ts';
import { type ChangeConsentDeps, changeConsentOnCustomersWord } from './change-consent.ts';

export interface ConsentLinkDeps extends ChangeConsentDeps {
  verifier: MacVerifier;
  uses: ConsentLinkUses;
  /** The deployment's transactional default: what the page shows where the ledger has no entry. */
  consentOptions?: ConsentOptions;
}

/** Why a link does nothing: not Herald's (or altered), expired, or used before (an unsubscribe link). */
export type LinkRefusal =
  | { outcome: 'invalid' | 'expired'; reason: string }
  | { outcome: 'used'; reason: string };

type Checked = { ok: true; claims: ConsentLinkClaims } | { ok: false; refusal: LinkRefusal };

async function check(token: string, deps: Pick<ConsentLinkDeps, 'verifier' | 'now'>): Promise<Checked> {
  const verified = await verifyConsentToken(token, deps.now(), deps.verifier);
  if (verified.ok) return verified;
  const expired = verified.reason.startsWith('token: expired');
  return { ok: false, refusal: { outcome: expired ? 'expired' : 'invalid', reason: verified.reason } };
}

export type UnsubscribeResult =
  | LinkRefusal
  | { outcome: 'open' | 'unsubscribed'; customerId: string; channel: Channel; locale: string }
  | { outcome: 'unknown_customer'; customerId: string; reason: string };

/**
 * An unsubscribe link, opened (GET) or posted (the RFC 8058 one-click POST, or the page's own button):
 * 1. the token must be Herald's (KMS VerifyMac), unexpired, and an unsubscribe link; anything else changes
 *    nothing (`invalid`, `expired`);
 * 2. a link used before changes nothing (`used`): each link withdraws once;
 * 3. the customer must be known (`unknown_customer`: never sent, or erased); a GET changes nothing (mail
 *    scanners open links): it only shows the question (`open`);
 * 4. a POST withdraws that consent at once through the customer's-word use case (source
 *    `one_click_unsubscribe`, caused by the link's id: a retried POST that did not reach step 5 writes the
 *    same entry), then
 * 5. marks the link used.
 */
export async function unsubscribeByLink(
  token: string,
  post: boolean,
  deps: ConsentLinkDeps,
): Promise<UnsubscribeResult> {
  // 1.
  const checked = await check(token, deps);
  if (!checked.ok) return checked.refusal;
  const { claims } = checked;
  if (claims.kind !== 'unsubscribe')
    return { outcome: 'invalid', reason: 'token: a preference page link, not an unsubscribe link' };
  // 2.
  if (await deps.uses.used(claims.customerId, claims.id))
    return { outcome: 'used', reason: 'token: this unsubscribe link was used before' };
  // 3.
  const profile = await deps.profiles.get(claims.customerId);
  if (!profile)
    return {
      outcome: 'unknown_customer',
      customerId: claims.customerId,
      reason: 'no profile (unknown or erased)',
    };
  const opened = { customerId: claims.customerId, channel: claims.channel, locale: profile.locale };
  if (!post) return { outcome: 'open', ...opened };
  // 4.
  const result = await changeConsentOnCustomersWord(
    {
      customerId: claims.customerId,
      channel: claims.channel,
      categories: [claims.category],
      granted: false,
      source: 'one_click_unsubscribe',
      causedBy: `link:${claims.id}`,
      occurredAt: deps.now().toISOString(),
    },
    deps,
  );
  if (result.outcome === 'unknown_customer')
    return {
      outcome: 'unknown_customer',
      customerId: claims.customerId,
      reason: 'no profile (unknown or erased)',
    };
  // 5.
  await deps.uses.markUsed(claims.customerId, claims.id, claims.expiresAt);
  return { outcome: 'unsubscribed', ...opened };
}

/** How long a preference page form may be sent after it was shown. */
export const FORM_SECONDS = 3600;
const FORM_VALUE = /^[A-Za-z0-9_-]{22}$/;

/** The channels the customer can be reached on, each with what they consent to now and a masked contact. */
export function preferenceRows(profile: CustomerProfile, options: ConsentOptions = {}): PreferenceRow[] {
  const { email, phone, whatsapp, pushTokens } = profile.contacts;
  const contact: Record<Channel, PreferenceRow['contact'] | null> = {
    email: email ? { email: maskEmail(email) } : null,
    sms: phone ? { phoneEnding: lastDigits(phone) } : null,
    whatsapp: whatsapp ? { phoneEnding: lastDigits(whatsapp) } : null,
    push: pushTokens && pushTokens.length > 0 ? undefined : null,
  };
  const consents = Object.fromEntries(
    Object.entries(profile.consents).map(([key, state]) => {
      const [channel, category] = key.split(':') as [Channel, 'transactional' | 'marketing'];
      const entry = { customerId: profile.customerId, channel, category, granted: state.granted };
      return [key, { ...entry, source: state.source, occurredAt: state.at, eventId: state.eventId ?? '' }];
    }),
  );
  return channels.flatMap((channel) => {
    const shown = contact[channel];
    if (shown === null) return [];
    const granted = (category: 'transactional' | 'marketing') =>
      decideConsent(consents, channel, category, options).allowed;
    return [
      {
        channel,
        ...(shown ? { contact: shown } : {}),
        granted: { transactional: granted('transactional'), marketing: granted('marketing') },
      },
    ];
  });
}

export type PreferencesResult =
  | LinkRefusal
  | { outcome: 'unknown_customer'; customerId: string; reason: string }
  | { outcome: 'open'; customerId: string; locale: string; rows: PreferenceRow[]; formValue: string }
  | { outcome: 'form_used'; customerId: string; locale: string; reason: string }
  | { outcome: 'saved'; customerId: string; changed: number };

/** The link's customer and profile, or why the page cannot be shown. */
async function customerOf(token: string, deps: ConsentLinkDeps) {
  const checked = await check(token, deps);
  if (!checked.ok) return checked.refusal;
  const { claims } = checked;
  const profile = await deps.profiles.get(claims.customerId);
  if (!profile)
    return {
      outcome: 'unknown_customer' as const,
      customerId: claims.customerId,
      reason: 'no profile (unknown or erased)',
    };
  return { outcome: 'known' as const, claims, profile };
}

/**
 * The preference page, opened from a link (a preference page link, or an unsubscribe link's "manage all"):
 * 1. the token must be Herald's and unexpired (an unsubscribe link used before still opens the page: it
 *    names the same customer, and only its one-click withdrawal is single use);
 * 2. the customer's profile: their channels, and what they consent to now;
 * 3. a value for this one form (128 random bits), kept for an hour with the link's id: the form's POST must
 *    bring it back, with the link's token, so that no other site can make the customer's browser post a
 *    change (cross-site request forgery), and the same form cannot be sent twice.
 */
export async function openPreferences(token: string, deps: ConsentLinkDeps): Promise<PreferencesResult> {
  // 1. 2.
  const found = await customerOf(token, deps);
  if (found.outcome !== 'known') return found;
  const { claims, profile } = found;
  // 3.
  const formValue = randomBytes(16).toString('base64url');
  const expiresAt = Math.floor(deps.now().getTime() / 1000) + FORM_SECONDS;
  await deps.uses.issueForm(claims.customerId, claims.id, formValue, expiresAt);
  return {
    outcome: 'open',
    customerId: claims.customerId,
    locale: profile.locale,
    rows: preferenceRows(profile, deps.consentOptions),
    formValue,
  };
}

/**
 * The preference page's form, posted:
 * 1. the token must be Herald's and unexpired, its customer known;
 * 2. the form's value must be one issued for this link and not yet sent (`form_used` otherwise: nothing
 *    changes);
 * 3. each box the page showed is compared with the consent in force now: a box ticked where there is no
 *    consent grants it, one left unticked where there is withdraws it, each through the customer's-word use
 *    case (source `preference_page`, caused by the form's value and the box). Unchanged boxes write nothing.
 */
export async function savePreferences(
  token: string,
  form: { formValue: string; ticked: readonly string[] },
  deps: ConsentLinkDeps,
): Promise<PreferencesResult> {
  // 1.
  const found = await customerOf(token, deps);
  if (found.outcome !== 'known') return found;
  const { claims, profile } = found;
  // 2.
  const taken =
    FORM_VALUE.test(form.formValue) &&
    (await deps.uses.takeForm(claims.customerId, claims.id, form.formValue, deps.now()));
  if (!taken)
    return {
      outcome: 'form_used',
      customerId: claims.customerId,
      locale: profile.locale,
      reason: 'form: not issued for this link, sent before, or expired',
    };
  // 3.
  const ticked = new Set(form.ticked);
  const occurredAt = deps.now().toISOString();
  let changed = 0;
  for (const row of preferenceRows(profile, deps.consentOptions)) {
    for (const category of CHOOSABLE) {
      const wanted = ticked.has(choiceValue(row.channel, category));
      if (wanted === row.granted[category]) continue;
      await changeConsentOnCustomersWord(
        {
          customerId: claims.customerId,
          channel: row.channel,
          categories: [category],
          granted: wanted,
          source: 'preference_page',
          causedBy: `form:${form.formValue}`,
          occurredAt,
        },
        deps,
      );
      changed += 1;
    }
  }
  return { outcome: 'saved', customerId: claims.customerId, changed };
}
