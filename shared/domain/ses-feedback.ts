// SES events (published by the configuration set to EventBridge) → delivery log outcomes and suppressions.
import { type DeliveryRecord, type DeliveryStatus, deliveryRecord } from './delivery-record.ts';
import { fromMessageTags } from './message-tags.ts';

/** The DetailTypes of the SES events Herald records, as SES publishes them to EventBridge. */
export const SES_FEEDBACK_DETAIL_TYPES = [
  'Email Delivered',
  'Email Bounced',
  'Email Complaint Received',
  'Email Opened',
  'Email Clicked',
  'Email Rejected',
  'Email Rendering Failed',
] as const;

/** The parts of an SES event (EventBridge `detail`) Herald reads. */
export interface SesEvent {
  eventType: string;
  mail: { messageId: string; timestamp: string; tags?: Record<string, string[] | undefined> };
  bounce?: {
    bounceType: string;
    bounceSubType?: string;
    timestamp: string;
    bouncedRecipients: { emailAddress: string }[];
  };
  complaint?: { timestamp: string; complainedRecipients: { emailAddress: string }[] };
  delivery?: { timestamp: string };
  open?: { timestamp: string };
  click?: { timestamp: string };
  reject?: { reason?: string };
  failure?: { errorMessage?: string };
}

export type FeedbackOutcome =
  | {
      kind: 'record';
      record: DeliveryRecord;
      suppress?: { addresses: string[]; reason: 'bounced_address' | 'complaint' };
    }
  | { kind: 'ignored'; why: string };

function outcomeOf(event: SesEvent): { status: DeliveryStatus; time: string; reason?: string } | undefined {
  switch (event.eventType) {
    case 'Delivery':
      return { status: 'delivered', time: event.delivery?.timestamp ?? event.mail.timestamp };
    case 'Open':
      return { status: 'opened', time: event.open?.timestamp ?? event.mail.timestamp };
    case 'Click':
      return { status: 'clicked', time: event.click?.timestamp ?? event.mail.timestamp };
    case 'Complaint':
      return {
        status: 'complained',
        time: event.complaint?.timestamp ?? event.mail.timestamp,
        reason: 'complaint',
      };
    case 'Bounce': {
      const permanent = event.bounce?.bounceType === 'Permanent';
      return {
        status: 'bounced',
        time: event.bounce?.timestamp ?? event.mail.timestamp,
        reason: permanent ? 'hard_bounce' : 'soft_bounce',
      };
    }
    case 'Reject':
      return { status: 'failed', time: event.mail.timestamp, reason: 'provider_rejected' };
    case 'Rendering Failure':
      return { status: 'failed', time: event.mail.timestamp, reason: 'rendering_failure' };
    default:
      return undefined;
  }
}

/**
 * One SES event → one delivery log record for the message it is about, and, for a hard bounce or a
 * complaint, the addresses to suppress from then on. Events for mail Herald did not tag are ignored.
 */
export function interpretSesEvent(event: SesEvent): FeedbackOutcome {
  const identity = fromMessageTags(event.mail.tags);
  if (!identity) return { kind: 'ignored', why: 'not a Herald message (no Herald tags)' };
  const outcome = outcomeOf(event);
  if (!outcome) return { kind: 'ignored', why: `SES event type ${event.eventType} is not recorded` };
  const record = deliveryRecord({
    ...identity,
    time: new Date(outcome.time).toISOString(),
    status: outcome.status,
    ...(outcome.reason ? { reason: outcome.reason } : {}),
    providerMessageId: event.mail.messageId,
  });
  if (event.eventType === 'Bounce' && outcome.reason === 'hard_bounce') {
    const addresses = (event.bounce?.bouncedRecipients ?? []).map((r) => r.emailAddress);
    return { kind: 'record', record, suppress: { addresses, reason: 'bounced_address' } };
  }
  if (event.eventType === 'Complaint') {
    const addresses = (event.complaint?.complainedRecipients ?? []).map((r) => r.emailAddress);
    return { kind: 'record', record, suppress: { addresses, reason: 'complaint' } };
  }
  return { kind: 'record', record };
}
