// Conversion attribution: a goal event (the customer did what a message asked) credited to the message that
// led to it. The model is last touch: the most recent notification of the goal's kinds sent within the
// attribution window before the goal — every channel that notification went out on, since it was one
// notification sent several ways — gets one `converted` record.
import type { DeliveryRecord } from './delivery-record.ts';
import { deliveryRecord } from './delivery-record.ts';

/**
 * The bank events that are goals, and the message types (by prefix) each one can be credited to: the
 * messages that asked for it (a card's welcome and reminders ask for its activation; its offers, nudge and
 * incentive come after and ask for something else).
 */
export const CONVERSION_GOALS: Readonly<Record<string, readonly string[]>> = {
  'Card.Activated': ['card_activation.welcome', 'card_activation.reminder'],
  'Kyc.Completed': ['kyc.'],
  'Payment.Completed': ['payment_due.'],
  'Customer.Active': ['win_back.'],
};

/** Unless the deployment says otherwise (config `attributionWindowDays`). */
export const DEFAULT_ATTRIBUTION_WINDOW_DAYS = 7;

export interface SentTouch {
  notificationId: string;
  eventId: string;
  customerId: string;
  type: string;
  channel: DeliveryRecord['channel'];
  category: DeliveryRecord['category'];
  locale: string;
  template: string;
  variant?: string;
  journey?: string;
  step?: string;
  /** Which of its event's messages of the type it is (a journey's step), when there are several. */
  occurrence?: string;
  sentAt: string;
}

/**
 * The messages a goal is credited to: those of the latest notification (same event, type and occurrence:
 * a journey's second reminder, not its first) sent.
 */
export function lastTouch(sent: readonly SentTouch[]): SentTouch[] {
  const latest = sent.reduce<SentTouch | undefined>(
    (best, touch) => (!best || Date.parse(touch.sentAt) > Date.parse(best.sentAt) ? touch : best),
    undefined,
  );
  if (!latest) return [];
  return sent
    .filter(
      (touch) =>
        touch.eventId === latest.eventId &&
        touch.type === latest.type &&
        touch.occurrence === latest.occurrence,
    )
    .sort((a, b) => a.channel.localeCompare(b.channel));
}

/** The `converted` delivery record of one credited message. */
export function convertedRecord(touch: SentTouch, at: Date): DeliveryRecord {
  const { sentAt: _sentAt, occurrence: _occurrence, ...fields } = touch;
  return deliveryRecord({ time: at.toISOString(), ...fields, status: 'converted' });
}
