// A/B variants of copy: what a customer of each variant reads, the fallback when a variant's copy is not
// complete, the build's checks of variant copy, and that every experiment a message type runs has its copy.
import { describe, expect, it } from 'vitest';
import type { Copy, Messages } from '../../shared/domain/templates/copy.ts';
import type { Language } from '../../shared/domain/templates/identity.ts';
import { isolate } from '../../shared/domain/templates/program.ts';
import { escapeHtml, money, type RenderOptions, render } from '../../shared/domain/templates/render.ts';
import { writeMessage } from '../../shared/domain/templates/type-renderer.ts';
import { messageTypes } from '../../shared/notifications/catalogue.ts';
import { copy as loanPreapprovedCopy } from '../../shared/notifications/loan-preapproved/compiled.ts';
import { typeModules } from '../../shared/notifications/tables/render.ts';
import { compileMessages, loadSources, typeModule, validate } from '../../templates/build.ts';
import { LANGUAGES, type MessageTypeSource } from '../../templates/define.ts';

const brand = { name: 'Herald Bank', url: 'https://bank.example/app' };
const offerUrl = 'https://bank.example/offers/offer-9';

/** A customer per language, with the currency of that market. */
const customers = [
  { language: 'en', locale: 'en-GB', timeZone: 'Europe/London', currency: 'GBP' },
  { language: 'id', locale: 'id-ID', timeZone: 'Asia/Jakarta', currency: 'IDR' },
  { language: 'ar', locale: 'ar-AE', timeZone: 'Asia/Dubai', currency: 'AED' },
  { language: 'ro', locale: 'ro-RO', timeZone: 'Europe/Bucharest', currency: 'RON' },
  { language: 'vi', locale: 'vi-VN', timeZone: 'Asia/Ho_Chi_Minh', currency: 'VND' },
  { language: 'de', locale: 'de-DE', timeZone: 'Europe/Berlin', currency: 'EUR' },
] as const;

interface Wording {
  subject: (amount: string) => string;
  cta: string;
  pushTitle: (amount: string) => string;
}

/** The base copy (variant A) of loan.preapproved, as templates/messages/loan-preapproved.ts writes it. */
const A: Record<Language, Wording> = {
  en: {
    subject: (a) => `You're pre-approved for a loan of up to ${a}`,
    cta: 'See my offer',
    pushTitle: (a) => `Pre-approved: a loan of up to ${a}`,
  },
  id: {
    subject: (a) => `Anda mendapat penawaran pinjaman pra-disetujui hingga ${a}`,
    cta: 'Lihat penawaran saya',
    pushTitle: (a) => `Pinjaman pra-disetujui hingga ${a}`,
  },
  ar: {
    subject: (a) => `لديك موافقة مبدئية على قرض يصل إلى ${a}`,
    cta: 'تفاصيل العرض',
    pushTitle: (a) => `موافقة مبدئية على قرض يصل إلى ${a}`,
  },
  ro: {
    subject: (a) => `Aveți un credit preaprobat de până la ${a}`,
    cta: 'Vedeți oferta',
    pushTitle: (a) => `Credit preaprobat de până la ${a}`,
  },
  vi: {
    subject: (a) => `Quý khách được phê duyệt trước khoản vay lên đến ${a}`,
    cta: 'Xem ưu đãi',
    pushTitle: (a) => `Được duyệt trước khoản vay đến ${a}`,
  },
  de: {
    subject: (a) => `Ihr vorab genehmigter Kredit über bis zu ${a}`,
    cta: 'Mein Angebot ansehen',
    pushTitle: (a) => `Vorab genehmigt: bis zu ${a}`,
  },
};

/** Variant B: a benefit-led subject and push title, and a call to action that asks for the rate. */
const B: Record<Language, Wording> = {
  en: {
    subject: (a) => `Make your plans happen with up to ${a}, already pre-approved`,
    cta: 'Check my rate',
    pushTitle: (a) => `Up to ${a} for your plans`,
  },
  id: {
    subject: (a) => `Wujudkan rencana Anda dengan dana hingga ${a}, sudah pra-disetujui`,
    cta: 'Cek suku bunga saya',
    pushTitle: (a) => `Dana hingga ${a} untuk rencana Anda`,
  },
  ar: {
    subject: (a) => `حقق خططك بقرض يصل إلى ${a}، بموافقة مبدئية`,
    cta: 'اعرف سعر الفائدة',
    pushTitle: (a) => `حتى ${a} لتحقيق خططك`,
  },
  ro: {
    subject: (a) => `Finanțare preaprobată de până la ${a} pentru planurile dumneavoastră`,
    cta: 'Aflați dobânda',
    pushTitle: (a) => `Până la ${a} pentru planurile dvs.`,
  },
  vi: {
    subject: (a) => `Hiện thực hóa kế hoạch của Quý khách với khoản vay đến ${a}, đã được duyệt trước`,
    cta: 'Xem lãi suất của tôi',
    pushTitle: (a) => `Đến ${a} cho kế hoạch của Quý khách`,
  },
  de: {
    subject: (a) => `Bis zu ${a} für Ihre Pläne – bereits vorab genehmigt`,
    cta: 'Meinen Zinssatz prüfen',
    pushTitle: (a) => `Bis zu ${a} für Ihre Pläne`,
  },
};

type Customer = (typeof customers)[number];

function offer(customer: Customer, channel: 'email' | 'sms' | 'push', variant?: string) {
  return writeMessage(typeModules['loan.preapproved'], channel, {
    locale: customer.locale,
    timeZone: customer.timeZone,
    givenName: 'Ana',
    brand,
    ...(variant === undefined ? {} : { variant }),
    data: {
      offerId: 'offer-9',
      amount: '25000.00',
      currency: customer.currency,
      expiresAt: '2026-11-30T23:59:59Z',
      representativeExample: {
        apr: '9.9',
        interestRate: '9.5',
        termMonths: '60',
        borrowed: '10000.00',
        monthlyRepayment: '210.03',
        totalPayable: '12601.80',
      },
      offerUrl,
      unsubscribeUrl: 'https://bank.example/app/preferences/marketing',
    },
  });
}
/** The amount as the copy quotes it: isolated in right-to-left Arabic (program.ts `isolate`). */
/** A link line's URL as the plain text writes it: isolated in Arabic too. */
const linkFor = (customer: Customer, url: string) => (customer.language === 'ar' ? isolate(url) : url);
const amountFor = (customer: Customer) => {
  const amount = money(customer.locale, '25000.00', customer.currency);
  return customer.language === 'ar' ? isolate(amount) : amount;
};

describe('loan.preapproved variants', () => {
  it.each(customers)(
    '$language: variant B has B’s subject, call to action and push title, and the base copy for the rest',
    (customer) => {
      const amount = amountFor(customer);
      const a = A[customer.language];
      const b = B[customer.language];
      const base = offer(customer, 'email');
      const email = offer(customer, 'email', 'B');
      expect(email.subject).toBe(b.subject(amount));
      expect(email.html).toContain(`>${escapeHtml(b.cta)}</a>`);
      expect(email.text).toContain(`${b.cta}: ${linkFor(customer, offerUrl)}`);
      expect(email.html).not.toContain(`>${escapeHtml(a.cta)}</a>`);
      // Everything B does not override is the base copy, to the byte.
      expect(email.text.replace(b.cta, a.cta)).toBe(base.text);
      expect(
        email.html
          ?.replaceAll(escapeHtml(b.subject(amount)), escapeHtml(a.subject(amount)))
          .replace(`>${escapeHtml(b.cta)}</a>`, `>${escapeHtml(a.cta)}</a>`),
      ).toBe(base.html);

      const push = offer(customer, 'push', 'B');
      expect(push.push?.title).toBe(b.pushTitle(amount));
      expect(push.push?.body).toBe(offer(customer, 'push').push?.body);
      // B has no SMS of its own: the base SMS, opt-out included.
      expect(offer(customer, 'sms', 'B')).toEqual(offer(customer, 'sms'));
    },
  );

  it.each(customers)(
    '$language: variant A, no variant and an unknown variant give the base copy',
    (customer) => {
      const amount = amountFor(customer);
      const base = offer(customer, 'email');
      expect(base.subject).toBe(A[customer.language].subject(amount));
      expect(base.text).toContain(`${A[customer.language].cta}: ${linkFor(customer, offerUrl)}`);
      for (const variant of ['A', 'C', 'b', '', 'constructor', '__proto__']) {
        expect(offer(customer, 'email', variant), variant).toEqual(base);
        expect(offer(customer, 'push', variant), variant).toEqual(offer(customer, 'push'));
      }
    },
  );

  it('are in the generated module, for every language, next to the base copy', () => {
    const variants = loanPreapprovedCopy.variants?.();
    expect(Object.keys(variants ?? {})).toEqual(['B']);
    for (const language of LANGUAGES) {
      expect(Object.keys(variants?.B?.[language] ?? {}).sort(), language).toEqual([
        'cta',
        'pushTitle',
        'subject',
      ]);
    }
    expect(loanPreapprovedCopy.messages().en?.subject).toBeDefined();
  });
});

describe('variant fallback, key by key', () => {
  // Base: German lacks p2. Variant B: English overrides subject, cta and p1; German only the subject.
  const base = compileMessages('test', {
    en: {
      subject: 'Base subject en',
      preheader: 'Preheader en',
      heading: 'Base heading en',
      p1: 'Base p1 en',
      p2: 'Base p2 en',
      cta: 'Base cta en',
      footer: 'Footer en',
    },
    de: {
      subject: 'Base subject de',
      preheader: 'Preheader de',
      heading: 'Base heading de',
      p1: 'Base p1 de',
      cta: 'Base cta de',
      footer: 'Footer de',
    },
  });
  const b = compileMessages('test variant B', {
    en: { subject: 'B subject en', cta: 'B cta en', p1: 'B p1 en' },
    de: { subject: 'B subject de' },
  });
  const copy: Copy<Record<string, never>> = {
    type: 'test.variants',
    category: 'transactional',
    channels: ['email'],
    buttons: ['cta'],
    pushActions: [],
    messages: () => base.programs as Messages,
    variants: () => ({ B: b.programs as Messages }),
  };
  const email = (locale: string, variant?: string) => {
    const options: RenderOptions<unknown> = {
      locale,
      timeZone: 'UTC',
      brand,
      data: {},
      ...(variant ? { variant } : {}),
    };
    return render(copy, 'email', options, {}, { links: { cta: offerUrl } });
  };

  it('is the variant in the language, then the variant in English, then the base in the language, then the base in English', () => {
    const de = email('de-DE', 'B');
    expect(de.subject).toBe('B subject de'); // variant, customer's language
    expect(de.text).toContain(`B cta en: ${offerUrl}`); // variant, English (not the base German)
    expect(de.text).toContain('B p1 en');
    expect(de.text).toContain('Base heading de'); // not overridden: base, customer's language
    expect(de.text).toContain('Base p2 en'); // not overridden, not translated: base, English
    expect(de.text).not.toContain('Base cta de');
    expect(de.text).not.toContain('Base p1 de');
  });

  it('leaves customers of the base variant, and of no variant, on the base copy', () => {
    for (const message of [email('de-DE'), email('de-DE', 'A')]) {
      expect(message.subject).toBe('Base subject de');
      expect(message.text).toContain(`Base cta de: ${offerUrl}`);
      expect(message.text).toContain('Base p1 de');
    }
    expect(email('en-GB', 'B').subject).toBe('B subject en');
    expect(email('en-GB').subject).toBe('Base subject en');
  });
});

describe('the build', () => {
  const source = (
    variants: MessageTypeSource['variants'],
    category: MessageTypeSource['category'] = 'marketing',
  ) =>
    ({
      type: 'test.variants',
      category,
      channels: ['email', 'sms'],
      buttons: ['cta'],
      messages: {
        en: {
          subject: 'Offer of {amount}',
          preheader: 'p',
          heading: 'h',
          p1: 'p1',
          cta: 'See it',
          footer: 'f',
          sms: '{bank}: offer. Reply STOP to opt out.',
        },
      },
      variants,
    }) as MessageTypeSource;

  it('accepts variant copy that follows the rules', () => {
    expect(() =>
      validate(source({ B: { en: { subject: 'Plans: {amount}' }, de: { subject: 'Pläne' } } }), 'x.ts'),
    ).not.toThrow();
  });

  it.each([
    [
      'a key not in MESSAGE_KEYS',
      { B: { en: { title: 'Hello' } } },
      /variant B: unknown message key en\.title/,
    ],
    [
      'a translation without the variant’s English',
      { B: { en: { cta: 'Go' }, de: { subject: 'Hallo' } } },
      /variant B: de\.subject has no English original in the variant/,
    ],
    ['a variant that overrides nothing', { B: { en: {} } }, /variant B: en overrides no key/],
    ['a bad variant name', { 'B 2': { en: { cta: 'Go' } } }, /a variant name is letters, digits/],
    [
      'a marketing SMS without STOP',
      { B: { en: { sms: '{bank}: offer.' } } },
      /marketing variant B en\.sms must say how to opt out/,
    ],
  ])('refuses %s', (_, variants, error) => {
    expect(() => validate(source(variants as MessageTypeSource['variants']), 'x.ts')).toThrow(error);
  });

  it('checks variant ICU like the base (formatters refused, core agrees) and names the variant', () => {
    expect(() => typeModule(source({ B: { en: { subject: 'Offer of {amount, number}' } } }), 'x.ts')).toThrow(
      /variant B en\.subject: .*formatters/,
    );
    expect(() =>
      typeModule(source({ B: { en: { subject: '{n, plural, few {a} other {b}}' } } }), 'x.ts'),
    ).toThrow(/variant B en\.subject/);
  });

  it('writes the variants into the same compressed document, and their arguments into the Args interface', () => {
    const module = typeModule(
      source({ B: { en: { subject: '{count, plural, one {# plan} other {# plans}}' } } }),
      'x.ts',
    );
    expect(module).toContain('unpack<[Messages, Variants]>(');
    expect(module).toContain('variants: () => compiled()[1],');
    expect(module).toMatch(/count: number;/);
    expect(module).toMatch(/amount: string;/);
    const without = typeModule(source(undefined), 'x.ts');
    expect(without).toContain("messages: /* @__PURE__ */ unpack<Messages>('");
    expect(without).not.toContain('[Messages, Variants]');
    expect(without).not.toContain('variants: () =>');
  });
});

describe('experiments and their copy', () => {
  it('every variant a message type’s experiment names, other than the base, has copy; no other variant has', async () => {
    const sources = new Map((await loadSources()).map((s) => [s.type, s]));
    const running = Object.entries(messageTypes).filter(([, spec]) => spec.experiment);
    expect(running.map(([type]) => type)).toContain('loan.preapproved');
    for (const [type, spec] of Object.entries(messageTypes)) {
      const source = sources.get(type);
      const declared = Object.keys(source?.variants ?? {}).sort();
      const [, ...others] = spec.experiment?.variants ?? [];
      expect(declared, `${type}: variants with copy`).toEqual([...others].sort());
      for (const name of declared) {
        expect(Object.keys(source?.variants?.[name]?.en ?? {}).length, `${type} ${name}`).toBeGreaterThan(0);
      }
    }
  });

  it('variant copy is translated into every language', async () => {
    for (const source of await loadSources()) {
      for (const [name, variant] of Object.entries(source.variants ?? {})) {
        const english = Object.keys(variant.en);
        for (const language of LANGUAGES) {
          const own = Object.keys(variant[language] ?? {});
          expect(
            english.filter((key) => !own.includes(key)),
            `${source.type} ${name}: ${language} lacks`,
          ).toEqual([]);
        }
      }
    }
  });
});
