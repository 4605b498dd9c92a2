import * as v from 'valibot';
import {
  bool,
  channel,
  customerEventFields,
  dateTime,
  expected,
  identifier,
  objectOf,
  oneOf,
  text,
} from '../common.ts';

/** At most this many ledger entries per event: a part stays far below EventBridge's 256 KB. */
export const CONSENT_EVIDENCE_ENTRIES_PER_PART = 400;

/** Herald → bank (Source `herald`): the customer's consent ledger, asked for by Customer.ConsentEvidenceRequested. */
export const detailType = 'Customer.ConsentEvidence';
export const version = 1;
export const description =
  'Herald → bank (Source "herald"). The customer\'s consent ledger as Herald keeps it, answering the ' +
  'Customer.ConsentEvidenceRequested whose eventId is requestEventId: every grant and withdrawal, oldest ' +
  'first, each with when it happened (occurredAt), when Herald recorded it (recordedAt), its source (the ' +
  "bank's own source text for a Consent.Changed, or one of Herald's: one_click_unsubscribe, " +
  'preference_page, sms_keyword, whatsapp_keyword, provider_opt_out) and the event that caused it (eventId; ' +
  "causedBy for a change on the customer's word). No contact details. A long ledger comes in several " +
  'events, part 1 to parts, each with at most 400 entries; a customer without entries gets one event with ' +
  'none. Security alerts need no consent and have no entries.';

export const schema = objectOf({
  ...customerEventFields,
  requestEventId: v.pipe(
    identifier(256),
    v.description('The eventId of the Customer.ConsentEvidenceRequested this answers.'),
  ),
  part: v.pipe(v.number(expected('an integer')), v.integer(expected('an integer')), v.minValue(1)),
  parts: v.pipe(v.number(expected('an integer')), v.integer(expected('an integer')), v.minValue(1)),
  entries: v.pipe(
    v.array(
      objectOf({
        channel,
        category: oneOf(['transactional', 'marketing']),
        granted: bool,
        source: text(64),
        occurredAt: dateTime,
        recordedAt: v.optional(dateTime),
        eventId: v.pipe(
          identifier(256),
          v.description(
            "The event that set it: the bank's Consent.Changed, or Herald's Consent.ChangedByCustomer.",
          ),
        ),
        causedBy: v.optional(
          v.pipe(
            identifier(256),
            v.description(
              "For a change on the customer's word: what the customer did (as in Consent.ChangedByCustomer).",
            ),
          ),
        ),
      }),
      expected('an array of consent ledger entries'),
    ),
    v.maxLength(
      CONSENT_EVIDENCE_ENTRIES_PER_PART,
      `must have at most ${CONSENT_EVIDENCE_ENTRIES_PER_PART} items`,
    ),
  ),
});

export type CustomerConsentEvidence = v.InferOutput<typeof schema>;
