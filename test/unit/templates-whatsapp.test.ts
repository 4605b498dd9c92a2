// The WhatsApp messages of the payment-due reminder (with its "Set up autopay" quick reply) and the KYC
// reminder (naming the missing steps), in every language, against the registration file; the quick reply
// payload both ways; the Meta rules the build enforces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { autopayPayload, parseAutopayPayload } from '../../shared/domain/journeys/autopay-reply.ts';
import { writeMessage } from '../../shared/domain/templates/type-renderer.ts';
import { typeModules } from '../../shared/notifications/tables/render.ts';
import { ROOT, validate, WHATSAPP_FILE } from '../../templates/build.ts';
import type { MessageTypeSource } from '../../templates/define.ts';
import { brand, customers, renderCase } from './templates-fixtures.ts';

interface Registered {
  name: string;
  language: string;
  category: string;
  components: { type: string; text?: string; buttons?: { type: string; text: string }[] }[];
}
const registered = (
  JSON.parse(readFileSync(join(ROOT, WHATSAPP_FILE), 'utf8')) as { templates: Registered[] }
).templates;
const registration = (name: string | undefined, language: string) =>
  registered.find((t) => t.name === name && t.language === language);

/** Meta's rules for a body parameter (templates/README.md): one line, no run of 5 spaces, not empty. */
const expectMetaParameter = (p: string) => {
  expect(p.trim()).not.toBe('');
  expect(p).not.toBe('-'); // what whatsappParameter sends for an empty value
  expect(p).not.toMatch(/[\n\t\r]| {5}|[{}]|undefined/);
};

describe('payment_due.reminder on WhatsApp', () => {
  const labels = { en: 'Set up autopay', id: 'Atur', ar: 'تفعيل', ro: 'Activați', vi: 'Bật', de: 'Zahlung' };

  it.each(customers)('$language: amount and due date, and the "Set up autopay" payload', (customer) => {
    // Act
    const before = renderCase('payment_due.reminder', 'whatsapp', customer, { days: '3' });
    const onTheDay = renderCase('payment_due.reminder', 'whatsapp', customer, { days: '0' });

    // Assess
    for (const message of [before, onTheDay]) {
      expect(message.whatsapp).toMatchObject({
        template: 'herald_payment_due_reminder',
        language: customer.language,
        quickReplies: ['AUTOPAY:c-1:BILL-2026-03'],
      });
      expect(message.whatsapp?.parameters).toHaveLength(2);
      for (const p of message.whatsapp?.parameters ?? []) expectMetaParameter(p);
    }
    // {{2}} says when: the due date, and on the day that it is today.
    expect(before.whatsapp?.parameters[1]).not.toBe(onTheDay.whatsapp?.parameters[1]);
    expect(onTheDay.whatsapp?.parameters[1]).toContain(before.whatsapp?.parameters[1]?.split(' ').at(-1));
    // The registered template, in the customer's language, has the one quick reply the payload is for.
    const template = registration(before.whatsapp?.template, customer.language);
    expect(template?.category).toBe('UTILITY');
    const buttons = template?.components.find((c) => c.type === 'BUTTONS')?.buttons ?? [];
    expect(buttons).toHaveLength(1);
    expect(buttons[0]?.type).toBe('QUICK_REPLY');
    expect(buttons[0]?.text).toContain(labels[customer.language]);
    expect([...(buttons[0]?.text ?? '')].length).toBeLessThanOrEqual(25);
  });

  it('is refused without the customer: a quick reply without its payload could not be followed up', () => {
    // Prepare
    const options = {
      locale: 'de-DE',
      timeZone: 'Europe/Berlin',
      brand,
      data: { billId: 'B-1', amount: '10.00', currency: 'EUR', dueDate: '2026-03-12', days: '3' },
    };

    // Act / Assess
    expect(() => writeMessage(typeModules['payment_due.reminder'], 'whatsapp', options)).toThrow(
      /1 quick replies \(autopay\)/,
    );
    expect(writeMessage(typeModules['payment_due.reminder'], 'email', options).subject).toContain('10,00');
  });
});

describe('kyc.reminder on WhatsApp', () => {
  it.each(customers)('$language: names the missing steps as the e-mail lists them', (customer) => {
    for (const missing of [['proof_of_address'], ['selfie', 'id_document']] as const) {
      // Act
      const message = renderCase('kyc.reminder', 'whatsapp', customer, { missing: [...missing] });
      const email = renderCase('kyc.reminder', 'email', customer, { missing: [...missing] });

      // Assess
      expect(message.whatsapp).toMatchObject({
        template: 'herald_kyc_reminder',
        language: customer.language,
      });
      expect(message.whatsapp?.quickReplies).toBeUndefined();
      const [steps] = message.whatsapp?.parameters ?? [];
      expect(message.whatsapp?.parameters).toHaveLength(1);
      expectMetaParameter(steps ?? '');
      // Each step in the customer's language: the e-mail's list line for it.
      const listed = [...(email.html ?? '').matchAll(/<li[^>]*>([^<]+)<\/li>/g)].map((m) => m[1] ?? '');
      expect(listed).toHaveLength(missing.length);
      for (const step of listed) expect(steps).toContain(step.replace('&#39;', "'"));
    }
  });
});

describe('the autopay quick reply payload', () => {
  it('gives back the customer and the bill it was written with, whatever the ids hold', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 128 }),
        fc.string({ minLength: 1, maxLength: 128 }),
        (c, b) => {
          expect(parseAutopayPayload(autopayPayload(c, b))).toEqual({ customerId: c, billId: b });
        },
      ),
    );
  });

  it('is no autopay request when it is anything else', () => {
    for (const payload of [
      'FRAUD_YES:case-1',
      'AUTOPAY:c-1',
      'AUTOPAY:c-1:b:c',
      'AUTOPAY::b',
      'AUTOPAY:%E0:b',
    ])
      expect(parseAutopayPayload(payload), payload).toBeUndefined();
  });
});

describe('the build refuses a WhatsApp body Meta refuses', () => {
  const source = (en: string): MessageTypeSource => ({
    type: 'test.whatsapp',
    category: 'transactional',
    channels: ['whatsapp'],
    buttons: [],
    whatsapp: {
      template: 'herald_test',
      category: 'UTILITY',
      example: ['a', 'b'],
      body: { en, id: en, ar: en, ro: en, vi: en, de: en },
    },
    messages: { en: { wa1: '{a}', wa2: '{b}' } },
  });

  it('two parameters side by side, or a body that starts or ends with one', () => {
    expect(() => validate(source('Due {{1}} {{2}} today.'), 't.ts')).toThrow(/side by side/);
    expect(() => validate(source('Due {{1}}{{2}} today.'), 't.ts')).toThrow(/side by side/);
    expect(() => validate(source('{{1}} is due on {{2}}.'), 't.ts')).toThrow(/start or end/);
    expect(() => validate(source('Your bill of {{1}} is due on {{2}}.'), 't.ts')).not.toThrow();
  });
});
