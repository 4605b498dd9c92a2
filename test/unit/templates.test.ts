import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseConsentKeyword } from '../../shared/domain/sms-keywords.ts';
import { LANGUAGES } from '../../shared/domain/templates/compiled/common.ts';
import type { Copy } from '../../shared/domain/templates/copy.ts';
import {
  PUSH_BODY_MAX,
  PUSH_TITLE_MAX,
  type RenderedMessage,
  render,
  truncate,
  whatsappParameter,
} from '../../shared/domain/templates/render.ts';
import { isGsm7, smsSize, toSmsText } from '../../shared/domain/templates/sms.ts';
import { schema as balanceLowSchema } from '../../shared/notifications/balance-low/data.ts';
import { renderers } from '../../shared/notifications/tables/render.ts';
import { brand, cases, customers, FRAUD_LINKS, messageTypes, renderCase } from './templates-fixtures.ts';

/** Every piece of text a customer sees, with the e-mail's CSS left out (it has braces of its own). */
function visibleText(message: RenderedMessage): string[] {
  const html = (message.html ?? '')
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/g, '');
  return [
    message.subject ?? '',
    message.text,
    html,
    message.push?.title ?? '',
    message.push?.body ?? '',
    ...(message.push?.actions ?? []).map((a) => a.title),
    ...(message.whatsapp?.parameters ?? []),
  ];
}

const matrix = messageTypes.flatMap((type) =>
  cases[type].channels.flatMap((channel) => customers.map((customer) => ({ type, channel, ...customer }))),
);

describe('every message type × channel × language', () => {
  it.each(matrix)(
    '$type/$channel/$language renders completely',
    ({ type, channel, language, locale, timeZone, currency, givenName }) => {
      const message = renderCase(type, channel, { locale, timeZone, currency, givenName });
      expect(message).toMatchObject({
        channel,
        template: `${type}/${channel}/${language}`,
        locale: language,
      });
      for (const text of visibleText(message)) {
        expect(text).not.toMatch(/[{}]|undefined|NaN|\[object|%%/);
      }
      expect(message.text.trim()).not.toBe('');
      if (channel === 'email') {
        expect(message.subject).toBeTruthy();
        expect(message.html).toContain(`<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}"`);
        expect(message.html).toContain('Herald Bank');
        expect(message.text).toContain(givenName);
      }
      if (channel === 'sms') expect(message.smsSegments).toBe(smsSize(message.text).segments);
      if (channel === 'push') {
        expect([...(message.push?.title ?? '')].length).toBeLessThanOrEqual(PUSH_TITLE_MAX);
        expect([...(message.push?.body ?? '')].length).toBeLessThanOrEqual(PUSH_BODY_MAX);
      }
      if (channel === 'whatsapp') {
        expect(message.whatsapp?.language).toBe(language);
        for (const p of message.whatsapp?.parameters ?? []) {
          expect(p).not.toMatch(/[\n\t]| {5}/);
          expect(p).not.toBe('');
        }
      }
    },
  );

  it.each(messageTypes)('%s refuses a channel it has no copy for', (type) => {
    const missing = (['email', 'sms', 'push', 'whatsapp'] as const).filter(
      (c) => !cases[type].channels.includes(c),
    );
    for (const channel of missing) {
      expect(() => renderCase(type, channel, { locale: 'en-GB', timeZone: 'UTC' })).toThrow(/has no/);
    }
  });
});

describe('language', () => {
  it('falls back to English key by key: a key missing in vi is the English string, the rest stays vi', () => {
    const copy: Copy<{ amount: string }> = {
      type: 'test.fallback',
      category: 'transactional',
      channels: ['email', 'push'],
      buttons: [],
      pushActions: [],
      messages: () => ({
        en: {
          subject: ['Paid ', ['amount']],
          preheader: 'Preheader',
          heading: 'Heading',
          p1: 'English paragraph',
          footer: 'Footer',
          pushTitle: 'Title',
          pushBody: 'Body',
        },
        vi: { subject: ['Đã thanh toán ', ['amount']], heading: 'Tiêu đề', pushTitle: 'Tiêu đề' },
      }),
    };
    const options = { locale: 'vi-VN', timeZone: 'Asia/Ho_Chi_Minh', brand, data: undefined };
    const email = render(copy, 'email', options, { amount: '5 ₫' });
    expect(email).toMatchObject({
      template: 'test.fallback/email/vi',
      locale: 'vi',
      subject: 'Đã thanh toán 5 ₫',
    });
    expect(email.text).toContain('Tiêu đề');
    expect(email.text).toContain('English paragraph');
    expect(email.text).toContain('Kính gửi Quý khách,'); // the shared greeting, in Vietnamese
    const push = render(copy, 'push', options, { amount: '5 ₫' });
    expect(push.push).toEqual({ title: 'Tiêu đề', body: 'Body' });
  });

  it('uses the English programs for the WhatsApp parameters a language leaves out (values only)', () => {
    const message = renderCase('balance.low', 'whatsapp', {
      locale: 'vi-VN',
      timeZone: 'UTC',
      currency: 'EUR',
    });
    const euro = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'EUR' });
    expect(message.whatsapp).toEqual({
      template: 'herald_balance_low_v2',
      language: 'vi',
      // {{1}} is written in Vietnamese; {{2}} and {{3}} are English's programs (the value alone).
      parameters: ['tài khoản có số đuôi 1001 của Quý khách', euro.format(42.1), euro.format(100)],
    });
  });

  it('writes English for a language Herald does not write, formatted for the customer locale', () => {
    const message = renderCase('balance.low', 'sms', {
      locale: 'fr-FR',
      timeZone: 'Europe/Paris',
      currency: 'EUR',
    });
    expect(message).toMatchObject({ template: 'balance.low/sms/en', locale: 'en' });
    expect(message.text).toContain('42,10 €');
  });

  it('writes Arabic e-mail right to left, right-aligned', () => {
    const message = renderCase('fraud.alert', 'email', {
      locale: 'ar-AE',
      timeZone: 'Asia/Dubai',
      currency: 'AED',
    });
    expect(message.html).toContain('<html lang="ar" dir="rtl"');
    expect(message.html).toContain('direction:rtl');
    expect(message.html).toContain('text-align:right');
    expect(message.html).not.toContain('text-align:%%');
    const english = renderCase('fraud.alert', 'email', { locale: 'en-GB', timeZone: 'Europe/London' });
    expect(english.html).toContain('<html lang="en" dir="ltr"');
    expect(english.html).not.toContain('direction:rtl');
  });

  it.each([
    ['id-ID', /rekening/],
    ['ro-RO', /contul/],
    ['de-DE', /Konto/],
    ['vi-VN', /tài khoản/],
    ['ar-AE', /حسابك/],
  ])('writes %s copy in its language', (locale, word) => {
    const message = renderCase('balance.low', 'email', { locale, timeZone: 'UTC' });
    expect(message.subject).toMatch(word);
    expect(message.text).not.toMatch(/your account/i);
  });

  it('greets by name when the name is known, politely without it', () => {
    const named = renderCase('balance.low', 'email', {
      locale: 'de-DE',
      timeZone: 'UTC',
      givenName: 'Jonas',
    });
    const anonymous = renderCase('balance.low', 'email', { locale: 'de-DE', timeZone: 'UTC' });
    expect(named.text).toContain('Hallo Jonas,');
    expect(anonymous.text).toContain('Guten Tag,');
  });
});

describe('formatting', () => {
  it.each([
    ['de-DE', 'EUR'],
    ['ro-RO', 'RON'],
    ['en-GB', 'GBP'],
    ['id-ID', 'IDR'],
    ['vi-VN', 'VND'],
    ['ar-AE', 'AED'],
  ])('formats amounts for %s in %s as Intl does', (locale, currency) => {
    const message = renderCase(
      'payment.confirmation',
      'email',
      { locale, timeZone: 'UTC' },
      {
        amount: '1250.00',
        currency,
      },
    );
    const expected = new Intl.NumberFormat(locale, { style: 'currency', currency }).format(1250);
    expect(message.text).toContain(expected);
  });

  it('formats the decimal string exactly, beyond what a binary float can hold', () => {
    const message = renderCase(
      'payment.confirmation',
      'push',
      { locale: 'en-GB', timeZone: 'UTC' },
      {
        amount: '999999999999999.99',
        currency: 'GBP',
      },
    );
    expect(message.push?.title).toContain('£999,999,999,999,999.99');
  });

  it('never rounds minor units away, even where the locale shows a currency without decimals', () => {
    const rupiah = renderCase('balance.low', 'push', { locale: 'id-ID', timeZone: 'UTC', currency: 'IDR' });
    const cents = { style: 'currency', currency: 'IDR', minimumFractionDigits: 2 } as const;
    expect(rupiah.push?.title).toBe(`Saldo rendah: ${new Intl.NumberFormat('id-ID', cents).format(42.1)}`);
    expect(rupiah.push?.body).toContain(
      new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR' }).format(100),
    );
    const pounds = renderCase(
      'payment.confirmation',
      'push',
      { locale: 'en-GB', timeZone: 'UTC' },
      {
        amount: '0.125',
        currency: 'GBP',
      },
    );
    expect(pounds.push?.title).toBe('Payment sent: £0.125');
  });

  it('shows dates and times in the customer time zone', () => {
    const completedAt = '2026-03-03T23:30:00Z';
    const message = renderCase(
      'payment.confirmation',
      'email',
      { locale: 'id-ID', timeZone: 'Asia/Jakarta' },
      {
        completedAt,
      },
    );
    const expected = new Intl.DateTimeFormat('id-ID', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Asia/Jakarta',
    }).format(new Date(completedAt));
    expect(expected).toMatch(/4 Mar/); // 06:30 on the 4th in Jakarta
    expect(message.text).toContain(expected);
  });

  it('shows a statement period as month and year, in the language', () => {
    const message = renderCase('statement.ready', 'push', { locale: 'de-DE', timeZone: 'UTC' });
    expect(message.push?.body).toContain('Februar 2026');
  });

  it('rejects an amount that is not a decimal string', () => {
    expect(() =>
      renderCase('balance.low', 'sms', { locale: 'en-GB', timeZone: 'UTC' }, { balance: '42,10' }),
    ).toThrow(/decimal/);
  });

  it('states the overdraft and what is left of an arranged overdraft, or that it is exceeded', () => {
    const within = renderCase('balance.overdraft', 'email', {
      locale: 'en-GB',
      timeZone: 'UTC',
      currency: 'GBP',
    });
    expect(within.text).toContain("You're overdrawn by £120.50");
    expect(within.text).toContain('You have £379.50 of your £500.00 arranged overdraft left.');
    const over = renderCase(
      'balance.overdraft',
      'email',
      { locale: 'en-GB', timeZone: 'UTC', currency: 'GBP' },
      {
        balance: '-612.00',
      },
    );
    expect(over.text).toContain('You have gone over your £500.00 arranged overdraft');
    const none = renderCase(
      'balance.overdraft',
      'email',
      { locale: 'en-GB', timeZone: 'UTC', currency: 'GBP' },
      {
        overdraftLimit: undefined,
      },
    );
    expect(none.text).not.toContain('arranged overdraft');
  });

  it('rounds credit use down to a whole percent and formats it for the locale', () => {
    const message = renderCase(
      'balance.credit_utilization',
      'push',
      { locale: 'de-DE', timeZone: 'UTC' },
      {
        used: '4299.99',
      },
    );
    const expected = new Intl.NumberFormat('de-DE', { style: 'unit', unit: 'percent' }).format(85);
    expect(message.push?.title).toBe(`${expected} Ihres Kreditrahmens genutzt`);
  });

  it.each([
    ['ar-AE', 1, 'هل أجريت عملية الدفع هذه؟'],
    ['ar-AE', 2, 'هل أجريت عمليتي الدفع هاتين؟'],
    ['ar-AE', 3, 'هل أجريت عمليات الدفع هذه؟'],
    ['ro-RO', 1, 'Ați efectuat această plată?'],
    ['ro-RO', 20, 'Ați efectuat aceste plăți?'],
    ['id-ID', 1, 'Apakah Anda melakukan transaksi ini?'],
    ['id-ID', 4, 'Apakah Anda melakukan 4 transaksi ini?'],
  ])('picks the plural form for %s with %i transactions', (locale, count, heading) => {
    const transactions = Array.from({ length: count }, (_, i) => ({
      amount: '10.00',
      currency: 'EUR',
      merchant: `SHOP ${i}`,
      occurredAt: `2026-03-03T10:${String(i).padStart(2, '0')}:00Z`,
    }));
    const message = renderCase('fraud.alert', 'email', { locale, timeZone: 'UTC' }, { transactions });
    expect(message.text.split('\n')[0]).toBe(heading);
    expect(message.text.match(/^- /gm)).toHaveLength(count);
  });

  it('uses "de" for 20 or more in Romanian', () => {
    const transactions = Array.from({ length: 20 }, (_, i) => ({
      amount: '10.00',
      currency: 'RON',
      merchant: 'SHOP',
      occurredAt: `2026-03-03T10:${String(i).padStart(2, '0')}:00Z`,
    }));
    const message = renderCase(
      'fraud.alert',
      'email',
      { locale: 'ro-RO', timeZone: 'UTC' },
      { transactions },
    );
    expect(message.text).toContain('Am observat 20 de plăți neobișnuite');
  });
});

describe('SMS', () => {
  it.each([
    ['a'.repeat(160), 'GSM-7', 160, 1],
    ['a'.repeat(161), 'GSM-7', 161, 2],
    ['a'.repeat(306), 'GSM-7', 306, 2],
    ['a'.repeat(307), 'GSM-7', 307, 3],
    ['€'.repeat(80), 'GSM-7', 160, 1],
    ['€'.repeat(81), 'GSM-7', 162, 2],
    ['[]'.repeat(40), 'GSM-7', 160, 1],
    // An extension character is never split from its escape: 152 + [2] + 152 needs three parts, not two.
    [`${'a'.repeat(152)}[${'a'.repeat(152)}`, 'GSM-7', 306, 3],
    ['Grüße aus Köln: 12,50 € für ÄÖÜ ß', 'GSM-7', 34, 1],
    ['ă'.repeat(70), 'UCS-2', 70, 1],
    ['ă'.repeat(71), 'UCS-2', 71, 2],
    ['ă'.repeat(134), 'UCS-2', 134, 2],
    ['ă'.repeat(135), 'UCS-2', 135, 3],
    // A surrogate pair (emoji) is never split: 66 + 2 + 66 units need three parts of 67.
    [`${'ă'.repeat(66)}😀${'ă'.repeat(66)}`, 'UCS-2', 134, 3],
    ['مرحبا', 'UCS-2', 5, 1],
  ])('counts %#: %s', (text, encoding, units, segments) => {
    expect(smsSize(text)).toEqual({ encoding, units, segments });
  });

  it('knows the GSM-7 alphabet and its extension table', () => {
    expect(isGsm7('€[]{}|~^\\ @£$¥ äöüÄÖÜß éèà')).toBe(true);
    expect(isGsm7('ș')).toBe(false);
    expect(isGsm7('đ')).toBe(false);
    expect(isGsm7('\u00a0')).toBe(false);
  });

  it('sends what GSM-7 can carry: plain spaces and quotes everywhere, no diacritics in ro and vi', () => {
    expect(toSmsText('1.250,00\u00a0€ – “ok”', 'de')).toBe('1.250,00 € - "ok"');
    expect(toSmsText('\u2212120,50\u00a0kr', 'de')).toBe('-120,50 kr');
    expect(toSmsText('Grüße', 'de')).toBe('Grüße');
    expect(toSmsText('Plată în contul științific', 'ro')).toBe('Plata in contul stiintific');
    expect(toSmsText('Đã thanh toán 1.250.000 ₫ tại Hà Nội', 'vi')).toBe(
      'Da thanh toan 1.250.000 VND tai Ha Noi',
    );
    expect(toSmsText('مرحبا', 'ar')).toBe('مرحبا');
  });

  // The longest realistic security SMS: a 19-character bank name, a merchant longer than the 22 characters
  // an SMS quotes, a five-figure amount, one or several transactions.
  const worstCase = (currency: string, count: number) => ({
    transactions: Array.from({ length: count }, (_, i) => ({
      amount: '12345.67',
      currency,
      merchant: 'ELECTROWORLD LONDON UK LTD',
      occurredAt: `2026-03-03T10:0${i}:00Z`,
    })),
  });

  it.each(customers.flatMap((c) => [1, 3].map((count) => ({ ...c, count }))))(
    'fraud.alert SMS in $language ($count transactions) fits one SMS, Arabic (UCS-2) two at most',
    ({ language, locale, timeZone, currency, count }) => {
      const longBrand = { name: 'Herald Savings Bank' };
      const message = renderCase(
        'fraud.alert',
        'sms',
        { locale, timeZone, brand: longBrand },
        worstCase(currency, count),
      );
      expect(message.text).toMatch(/YES/);
      expect(message.text).toMatch(/NO/);
      const size = smsSize(message.text);
      if (language === 'ar') {
        expect(size.encoding).toBe('UCS-2');
        expect(size.segments).toBeLessThanOrEqual(2);
      } else {
        expect(size).toMatchObject({ encoding: 'GSM-7', segments: 1 });
      }
      expect(message.smsSegments).toBe(size.segments);
    },
  );

  it.each(
    messageTypes.flatMap((type) =>
      cases[type].channels.includes('sms') ? customers.map((c) => ({ type, ...c })) : [],
    ),
  )(
    '$type SMS in $language is one SMS (Arabic, UCS-2: two at most)',
    ({ type, language, locale, timeZone, currency }) => {
      const message = renderCase(type, 'sms', { locale, timeZone, currency });
      expect(message.smsSegments).toBeLessThanOrEqual(language === 'ar' ? 2 : 1);
      if (language !== 'ar') expect(isGsm7(message.text)).toBe(true);
    },
  );

  it.each(customers)('statement.ready SMS in $language carries no figures', ({ locale, timeZone }) => {
    const message = renderCase('statement.ready', 'sms', { locale, timeZone });
    expect(message.text).not.toMatch(/\d/);
  });

  it.each(customers)(
    'transaction.large SMS in $language asks for no FRAUD reply (nothing could tell which alert it answers)',
    ({ locale, timeZone }) => {
      const message = renderCase('transaction.large', 'sms', { locale, timeZone });
      expect(message.text).not.toMatch(/FRAUD/i);
    },
  );

  /** What the customer could text back from the SMS: its runs of one to three words written in capitals. */
  const keywordsNamed = (text: string) => {
    const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
    const named = new Set<string>();
    for (let i = 0; i < words.length; i++)
      for (let n = 1; n <= 3 && i + n <= words.length; n++) {
        const run = words.slice(i, i + n).join(' ');
        const meaning = run === run.toUpperCase() ? parseConsentKeyword(run) : undefined;
        if (meaning) named.add(meaning);
      }
    return named;
  };

  it.each(customers)(
    'consent.help SMS in $language names a keyword that stops the texts and one that restarts them',
    ({ locale, timeZone }) => {
      const message = renderCase('consent.help', 'sms', { locale, timeZone });
      expect(keywordsNamed(message.text)).toEqual(new Set(['opt_out', 'opt_in']));
    },
  );

  it('consent.help SMS without a bank link still says where to get help', () => {
    const message = renderCase('consent.help', 'sms', {
      locale: 'en-GB',
      timeZone: 'Europe/London',
      brand: { name: 'Herald Bank' },
    });
    expect(message.text).toBe(
      'Herald Bank: texts about your account. Reply STOP to stop them, START to get them again. Help: the number on your card.',
    );
  });

  it.each(customers)('marketing SMS in $language says how to opt out', ({ locale, timeZone }) => {
    expect(renderCase('loan.preapproved', 'sms', { locale, timeZone }).text).toContain('STOP');
  });

  it('keeps the e2e text: £ amounts for an en-GB customer', () => {
    const message = renderCase('balance.low', 'sms', {
      locale: 'en-GB',
      timeZone: 'Europe/London',
      currency: 'GBP',
    });
    expect(message.text).toBe(
      'Herald Bank: the balance of your account ending 1001 is £42.10, below your £100.00 alert.',
    );
    expect(message.smsSegments).toBe(1);
  });
});

describe('push', () => {
  it('truncates with an ellipsis only when it must', () => {
    expect(truncate('short', 50)).toBe('short');
    expect(truncate('x'.repeat(50), 50)).toBe('x'.repeat(50));
    expect(truncate('x'.repeat(51), 50)).toBe(`${'x'.repeat(49)}…`);
    expect(truncate(`${'x'.repeat(48)} yy`, 50)).toBe(`${'x'.repeat(48)}…`);
    expect([...truncate('😀'.repeat(60), 50)]).toHaveLength(50);
  });

  it('keeps a long merchant name within 150 characters', () => {
    const message = renderCase(
      'transaction.large',
      'push',
      { locale: 'en-GB', timeZone: 'UTC' },
      {
        merchant: { name: 'M'.repeat(200), city: 'London' },
      },
    );
    expect([...(message.push?.body ?? '')].length).toBe(PUSH_BODY_MAX);
    expect(message.push?.body.endsWith('…')).toBe(true);
    expect(message.text).toBe(message.push?.body);
  });

  it('offers YES and NO as actions on a fraud alert, with the signed links', () => {
    const message = renderCase('fraud.alert', 'push', { locale: 'de-DE', timeZone: 'Europe/Berlin' });
    expect(message.push?.actions).toEqual([
      { id: 'yes', title: 'Ja, das war ich', url: 'https://herald.example/f/case-77/yes?sig=abc' },
      { id: 'no', title: 'Nein, das war ich nicht', url: 'https://herald.example/f/case-77/no?sig=abc' },
    ]);
  });
});

describe('WhatsApp', () => {
  it('cleans parameters the way Meta requires: no newline, no tab, at most four spaces in a row, never empty', () => {
    expect(whatsappParameter('a\nb\tc\r\nd')).toBe('a b c d');
    expect(whatsappParameter('a      b')).toBe('a    b');
    expect(whatsappParameter('  ')).toBe('-');
  });

  it('sends a merchant name with line breaks and runs of spaces as one clean parameter', () => {
    const message = renderCase(
      'transaction.large',
      'whatsapp',
      { locale: 'en-GB', timeZone: 'UTC' },
      {
        merchant: { name: 'ACME\n\tSTORE        42' },
      },
    );
    expect(message.whatsapp?.parameters[1]).toBe('€1,250.00 payment at ACME STORE    42');
  });

  it('sends the fraud alert with quick reply payloads that carry the case', () => {
    const message = renderCase('fraud.alert', 'whatsapp', { locale: 'ro-RO', timeZone: 'Europe/Bucharest' });
    expect(message.whatsapp).toMatchObject({
      template: 'herald_fraud_alert',
      language: 'ro',
      quickReplies: ['FRAUD_YES:case-77', 'FRAUD_NO:case-77'],
    });
    expect(message.whatsapp?.parameters[0]).toBe('4242');
  });
});

describe('e-mail', () => {
  it('escapes data in the HTML: a merchant cannot inject markup', () => {
    const message = renderCase(
      'fraud.alert',
      'email',
      { locale: 'en-GB', timeZone: 'UTC' },
      {
        transactions: [
          {
            amount: '1.00',
            currency: 'GBP',
            merchant: '<script>alert("x")</script>',
            occurredAt: '2026-03-03T10:00:00Z',
          },
        ],
      },
    );
    expect(message.html).not.toContain('<script>');
    expect(message.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(message.text).toContain('<script>alert("x")</script>'); // the plain-text part is not HTML
  });

  it('escapes the given name and the bank name too', () => {
    const message = renderCase('balance.low', 'email', {
      locale: 'en-GB',
      timeZone: 'UTC',
      givenName: 'Bo<b>',
      brand: { name: 'A&B Bank' },
    });
    expect(message.html).toContain('Hello Bo&lt;b&gt;,');
    expect(message.html).toContain('A&amp;B Bank');
  });

  it('puts YES and NO buttons with the signed links (attribute-escaped) in a fraud e-mail', () => {
    const message = renderCase('fraud.alert', 'email', {
      locale: 'en-GB',
      timeZone: 'UTC',
      signed: { ...FRAUD_LINKS, yes: 'https://herald.example/y?case=1&sig=a' },
    });
    expect(message.html).toContain('href="https://herald.example/y?case=1&amp;sig=a"');
    expect(message.html).toContain('>Yes, it was me</a>');
    expect(message.html).toContain('>No, it wasn&#39;t me</a>');
    expect(message.text).toContain('Yes, it was me: https://herald.example/y?case=1&sig=a');
  });

  it('refuses a link that is not http(s)', () => {
    expect(() =>
      renderCase('fraud.alert', 'email', {
        locale: 'en-GB',
        timeZone: 'UTC',
        signed: { ...FRAUD_LINKS, no: 'javascript:alert(1)' },
      }),
    ).toThrow(/http/);
  });

  it('leaves a call to action out when there is no link for it', () => {
    const message = renderCase('balance.low', 'email', {
      locale: 'en-GB',
      timeZone: 'UTC',
      brand: { name: 'B' },
    });
    expect(message.html).not.toContain('View your account');
    expect(message.text).not.toContain('View your account');
  });

  it('gives marketing e-mail an unsubscribe link and one-click List-Unsubscribe headers', () => {
    const message = renderCase('loan.preapproved', 'email', {
      locale: 'ro-RO',
      timeZone: 'Europe/Bucharest',
    });
    expect(message.headers).toEqual({
      'List-Unsubscribe': '<https://herald.example/u/c-1?sig=abc>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    expect(message.html).toContain('href="https://herald.example/u/c-1?sig=abc"');
    expect(message.html).toContain('Dezabonare de la e-mailurile de marketing');
    expect(message.text).toContain(
      'Dezabonare de la e-mailurile de marketing: https://herald.example/u/c-1?sig=abc',
    );
    expect(() =>
      renderCase('loan.preapproved', 'email', { locale: 'en-GB', timeZone: 'UTC' }, { unsubscribeUrl: '' }),
    ).toThrow(/unsubscribe/);
  });

  it('gives other e-mail no List-Unsubscribe header', () => {
    expect(renderCase('fraud.alert', 'email', { locale: 'en-GB', timeZone: 'UTC' }).headers).toBeUndefined();
  });

  it('has a plain-text part with heading, greeting, paragraphs, links and the footer', () => {
    const message = renderCase('balance.low', 'email', {
      locale: 'en-GB',
      timeZone: 'UTC',
      givenName: 'Ana',
      currency: 'GBP',
    });
    expect(message.text).toBe(
      `${[
        'Your balance is below £100.00',
        'Hello Ana,',
        'The balance of your account ending 1001 is now £42.10, below the £100.00 you set for this alert.',
        'To avoid declined payments or charges, you may want to move money into this account.',
        'View your account: https://bank.example/app',
        "--\nYou're receiving this e-mail because you set up a low-balance alert for this account. You can change or switch off your alerts at any time in the app.",
      ].join('\n\n')}\n`,
    );
    expect(message.subject).toBe('Your low-balance alert: £42.10 in your account ending 1001');
  });
});

describe('balance.low data schema', () => {
  it('takes the four fields of a balance.low intent and names a missing one', () => {
    // Prepare
    const data = { accountId: 'A', balance: '1.00', threshold: '2.00', currency: 'EUR' };
    // Act
    const parsed = v.safeParse(balanceLowSchema, { ...data, extra: 'x' });
    const missing = renderers['balance.low']?.check({ accountId: 'A', balance: '1.00', currency: 'EUR' });
    // Assess
    expect(parsed.output).toEqual(data);
    expect(missing).toEqual({ ok: false, problem: 'balance.low data.threshold is missing' });
  });
});

it('covers every language Herald writes', () => {
  expect(customers.map((c) => c.language)).toEqual([...LANGUAGES]);
});
