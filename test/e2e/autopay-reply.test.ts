// The payment-due reminder's "Set up autopay" WhatsApp quick reply through the local stack: a bill is
// reminded of; the customer taps the button of the reminder's WhatsApp template (its payload as the
// render function writes it), End User Messaging Social delivers the tap on the inbound topic, and
// fraud-reply-inbound tells the bank with Payment.AutopayRequested on the Herald bus. The bank switches the
// bill to autopay (Payment.Due with autopay: true) and the reminders end.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmittedRecord } from '../../local/records.ts';
import { LocalHerald } from '../../local/runtime.ts';
import { schema as autopayRequested } from '../../shared/contract/events/payment-autopay-requested.ts';
import { parseDetail } from '../../shared/contract/validate.ts';
import type { DeliveryRecord } from '../../shared/domain/delivery-record.ts';
import { writeMessage } from '../../shared/domain/templates/type-renderer.ts';
import { typeModules } from '../../shared/notifications/tables/render.ts';
import { entry } from '../support/replay-harness.ts';

const outDir = mkdtempSync(join(tmpdir(), 'herald-autopay-'));
let herald: LocalHerald;

const CUSTOMER = 'c-autopay';
const WHATSAPP = '+6281200000042';
const bill = {
  eventId: 'due-bill-42',
  customerId: CUSTOMER,
  billId: 'BILL-42',
  amount: '250000',
  currency: 'IDR',
  dueDate: '2026-03-12',
};

/** The payload of the reminder's quick reply, as render writes the WhatsApp reminder. */
function reminderPayload(): string {
  const message = writeMessage(
    typeModules['payment_due.reminder'],
    'whatsapp',
    {
      locale: 'id-ID',
      timeZone: 'Asia/Jakarta',
      brand: { name: 'Herald Bank' },
      data: { ...bill, days: '3' },
    },
    { customerId: CUSTOMER },
  );
  return message.whatsapp?.quickReplies?.[0] ?? '';
}

/** A WhatsApp quick reply as End User Messaging Social puts it on the inbound topic. */
const tap = (from: string, payload: string, id: string) => ({
  Records: [
    {
      Sns: {
        Message: JSON.stringify({
          aws_account_id: '000000000000',
          whatsAppWebhookEntry: JSON.stringify({
            id: 'waba-1',
            changes: [
              {
                field: 'messages',
                value: {
                  messaging_product: 'whatsapp',
                  messages: [
                    { from, id, type: 'button', button: { payload, text: 'Atur pembayaran otomatis' } },
                  ],
                },
              },
            ],
          }),
        }),
      },
    },
  ],
});

const put = (time: string, detailType: string, detail: Record<string, unknown>) =>
  herald.put(JSON.parse(entry(time, detailType, detail)));

beforeAll(async () => {
  herald = await LocalHerald.start(
    { outDir, operationalLog: () => undefined },
    new Date('2026-03-03T08:00:00Z'),
  );
  await put('2026-03-03T08:00:00Z', 'Customer.Upserted', {
    eventId: 'up-c-autopay',
    customerId: CUSTOMER,
    name: { given: 'Budi' },
    locale: 'id-ID',
    timeZone: 'Asia/Jakarta',
    contacts: { email: 'c-autopay@example.com', whatsapp: WHATSAPP },
  });
  for (const channel of ['email', 'whatsapp'])
    await put('2026-03-03T08:00:01Z', 'Consent.Changed', {
      eventId: `consent-${channel}`,
      customerId: CUSTOMER,
      channel,
      category: 'transactional',
      granted: true,
      source: 'app',
    });
  await put('2026-03-03T08:00:05Z', 'Payment.Due', { ...bill, autopay: false });
  // The first reminder, 3 days before the due date at 09:00 in Jakarta.
  await herald.advanceTo(Date.parse('2026-03-09T03:00:00Z'));
  const payload = reminderPayload();
  // Another number with the customer's payload asks for nothing; the customer's own tap does, and Meta
  // delivering the same tap again names the same request.
  await herald.invokeFunction('fraud-reply-inbound', tap('6281299999999', payload, 'wamid.other'));
  await herald.invokeFunction('fraud-reply-inbound', tap(WHATSAPP.slice(1), payload, 'wamid.tap'));
  await herald.advanceTo(Date.parse('2026-03-09T03:00:30Z'));
  await herald.invokeFunction('fraud-reply-inbound', tap(WHATSAPP.slice(1), payload, 'wamid.tap'));
  // The bank acts on the request: the bill is on autopay from now on.
  await herald.advanceTo(Date.parse('2026-03-10T04:00:00Z'));
  await put('2026-03-10T04:00:00Z', 'Payment.Due', {
    ...bill,
    eventId: 'due-bill-42-autopay',
    autopay: true,
  });
  await herald.runToEnd();
});
afterAll(async () => {
  await herald?.stop();
  rmSync(outDir, { recursive: true, force: true });
});

describe('"Set up autopay" on a payment-due reminder', () => {
  it('the reminder carries the customer and the bill in its quick reply payload', () => {
    expect(reminderPayload()).toBe('AUTOPAY:c-autopay:BILL-42');
  });

  it('a tap from the customer number reaches the bank as Payment.AutopayRequested, once per bill', () => {
    const requests = herald.records.filter(
      (r): r is EmittedRecord => r.kind === 'emitted' && r.detailType === 'Payment.AutopayRequested',
    );
    expect(requests.map((r) => r.time)).toEqual(['2026-03-09T03:00:00.000Z', '2026-03-09T03:00:30.000Z']);
    const [first, again] = requests.map((r) => r.detail as Record<string, unknown>);
    expect(first).toEqual({
      eventId: expect.stringMatching(/^herald-autopay-[A-Za-z0-9_-]{32}$/),
      occurredAt: '2026-03-09T03:00:00.000Z',
      customerId: CUSTOMER,
      billId: 'BILL-42',
      channel: 'whatsapp',
    });
    expect(parseDetail(autopayRequested, first).ok).toBe(true);
    // The redelivered tap is the same request for the bank (same eventId).
    expect(again?.eventId).toBe(first?.eventId);
  });

  it('once the bank puts the bill on autopay, the due-date reminder does not go', () => {
    const reminders = herald.records
      .filter((r): r is DeliveryRecord => r.kind === 'delivery' && r.customerId === CUSTOMER)
      .map((r) => `${r.time} ${r.type} ${r.step} ${r.status}`);
    expect(reminders).toEqual(['2026-03-09T02:00:00.000Z payment_due.reminder before-3 sent']);
  });
});
