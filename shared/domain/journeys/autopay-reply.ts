// The payment-due reminder's "Set up autopay" WhatsApp quick reply. The reminder's template carries one
// quick reply whose payload names the customer and the bill; when the customer taps it, Meta sends the
// payload back (End User Messaging Social → the inbound topic → fraud-reply-inbound). A tap does not switch
// autopay on — only the bank can: Herald tells the bank with `Payment.AutopayRequested`, and the bank's app or
// advisers follow up. Once the bill is on autopay, the bank's next `Payment.Due` with `autopay: true` ends the
// reminders (shared/application/payment-due-journey.ts).
//
// Pure: the payload's format, both ways, and the event the bank receives.
import { createHash } from 'node:crypto';

const PREFIX = 'AUTOPAY:';

/**
 * `AUTOPAY:<customerId>:<billId>`, each id percent-encoded (an id may hold a colon). Meta sends it back as
 * it is, with the sender's number, which must be the customer's (see parseAutopayPayload).
 */
export const autopayPayload = (customerId: string, billId: string): string =>
  `${PREFIX}${encodeURIComponent(customerId)}:${encodeURIComponent(billId)}`;

/** The customer and the bill of an autopay quick reply; undefined for any other payload. */
export function parseAutopayPayload(payload: string): { customerId: string; billId: string } | undefined {
  if (!payload.startsWith(PREFIX)) return undefined;
  const parts = payload.slice(PREFIX.length).split(':');
  if (parts.length !== 2) return undefined;
  try {
    const [customerId, billId] = parts.map((p) => decodeURIComponent(p));
    if (!customerId || !billId || customerId.length > 128 || billId.length > 128) return undefined;
    return { customerId, billId };
  } catch {
    return undefined; // not percent-encoding: not ours
  }
}

/** The Herald → bank event of a tap (its detail as the contract's `Payment.AutopayRequested` has it). */
export interface AutopayRequest {
  detailType: 'Payment.AutopayRequested';
  detail: {
    eventId: string;
    occurredAt: string;
    customerId: string;
    billId: string;
    channel: 'whatsapp';
  };
}

/**
 * The event a tap sends the bank. Its eventId is derived from the customer and the bill: a second tap (on
 * the next reminder, or a redelivered webhook) names the same request, so the bank follows up once per bill.
 */
export function autopayRequest(tap: { customerId: string; billId: string }, at: Date): AutopayRequest {
  const key = createHash('sha256')
    .update(`autopay\u0000${tap.customerId}\u0000${tap.billId}`)
    .digest('base64url')
    .slice(0, 32);
  return {
    detailType: 'Payment.AutopayRequested',
    detail: {
      eventId: `herald-autopay-${key}`,
      occurredAt: at.toISOString(),
      customerId: tap.customerId,
      billId: tap.billId,
      channel: 'whatsapp',
    },
  };
}
