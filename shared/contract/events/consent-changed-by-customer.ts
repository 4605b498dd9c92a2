import * as v from 'valibot';
import { bool, channel, customerEventFields, identifier, objectOf, oneOf } from '../common.ts';

/**
 * The ways a customer changes consent through Herald itself, not through the bank: the `source` of the
 * consent ledger entry and of the event. Public names: keep them, version any change.
 */
export const CUSTOMER_CONSENT_SOURCES = [
  'one_click_unsubscribe',
  'preference_page',
  'sms_keyword',
  'whatsapp_keyword',
  'provider_opt_out',
] as const;

/**
 * Herald → bank (Source `herald`): Herald recorded a consent change on the customer's own word. A
 * DetailType of its own, not `Consent.Changed`: no Herald rule routes it (Herald's rules take only the
 * bank's allow-listed Sources, and the catch-all leaves Source `herald` alone), and a bank that forwards it
 * back under its own Source gets it rejected as an unknown DetailType instead of applied twice.
 */
export const detailType = 'Consent.ChangedByCustomer';
export const version = 1;
export const description =
  'Herald → bank (Source "herald"). The customer granted or withdrew consent for one channel and category ' +
  'through Herald, not through the bank: a one-click unsubscribe, the preference page, an SMS or WhatsApp ' +
  'keyword (STOP, START), or a send the provider refused because the number opted out there. Herald has ' +
  'already applied it (consent ledger); the bank updates its own records so both agree. One event per ' +
  'channel and category; eventId is derived from the source, causedBy, channel and category, so a ' +
  'redelivered reply names the same change. occurredAt is when the customer said it; causedBy names what ' +
  'the customer did (the inbound message id, the link id, the refused send). Security alerts need no ' +
  'consent and are never in this event.';

export const schema = objectOf({
  ...customerEventFields,
  channel,
  category: oneOf(['transactional', 'marketing']),
  granted: bool,
  source: oneOf(CUSTOMER_CONSENT_SOURCES),
  causedBy: v.pipe(
    identifier(256),
    v.description(
      'What the customer did that caused the change: the inbound SMS or WhatsApp message id, the ' +
        'unsubscribe or preference link id, or the notificationId of the send the provider refused.',
    ),
  ),
});

export type ConsentChangedByCustomer = v.InferOutput<typeof schema>;
export type CustomerConsentSource = (typeof CUSTOMER_CONSENT_SOURCES)[number];
