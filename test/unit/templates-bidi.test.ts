// Right-to-left copy quoting left-to-right values: every interpolated value of an Arabic message is isolated
// (Unicode FSI…PDI in text, SMS, push and WhatsApp parameters; <bdi> in HTML), so that a Latin merchant,
// payee or name, or the digits of a date, never reorder the sentence around it. Other languages carry no
// isolation marks at all (they would cost an SMS its GSM-7 encoding).
import { describe, expect, it } from 'vitest';
import { commonMessages } from '../../shared/domain/templates/compiled/common.ts';
import { FSI, PDI, type Program } from '../../shared/domain/templates/program.ts';
import { type RenderedMessage, truncate, whatsappParameter } from '../../shared/domain/templates/render.ts';
import { smsSize } from '../../shared/domain/templates/sms.ts';
import { typeModules as renderModules } from '../../shared/notifications/tables/render.ts';
import { typeModules as securityModules } from '../../shared/notifications/tables/render-security.ts';
import { cases, customers, messageTypes, renderCase } from './templates-fixtures.ts';

const arabic = customers.find((c) => c.language === 'ar');
if (!arabic) throw new Error('no Arabic customer in the fixtures');
const modules: Record<
  string,
  { copy: { messages: () => Record<string, Record<string, Program> | undefined> } }
> = { ...renderModules, ...securityModules };

/** The literal text of a program (what the copy itself writes, not the values it quotes). */
function literals(program: Program): string[] {
  if (typeof program === 'string') return [program];
  return program.flatMap((part) =>
    typeof part === 'string'
      ? [part]
      : part === 0 || part.length === 1
        ? []
        : Object.values(part[1]).flatMap((p) => literals(p)),
  );
}

/** Latin words and digit runs the Arabic copy writes itself ("YES", "NO", "PIN"): not values. */
function copyWords(type: string): Set<string> {
  const programs = [
    ...Object.values(modules[type]?.copy.messages().ar ?? {}),
    ...Object.values(modules[type]?.copy.messages().en ?? {}),
    ...Object.values(commonMessages().ar ?? {}),
  ];
  return new Set(
    programs.flatMap(
      (p) =>
        literals(p)
          .join(' ')
          .match(/[A-Za-z0-9]+/g) ?? [],
    ),
  );
}

/** Latin words and digit runs outside any isolate: the values that would reorder the sentence. */
function unisolated(text: string, allowed: Set<string>): string[] {
  const found: string[] = [];
  let depth = 0;
  for (const token of text.match(/[\u2068\u2069]|[A-Za-z0-9]+|[^\u2068\u2069A-Za-z0-9]+/g) ?? []) {
    if (token === FSI) depth++;
    else if (token === PDI) depth = Math.max(0, depth - 1);
    else if (/^[A-Za-z0-9]+$/.test(token) && depth === 0 && !allowed.has(token)) found.push(token);
  }
  return found;
}

/** Whether a program interpolates an argument anywhere (a select's or plural's cases included). */
const quotes = (program: Program | undefined): boolean =>
  program !== undefined &&
  typeof program !== 'string' &&
  program.some(
    (part) =>
      typeof part !== 'string' &&
      part !== 0 &&
      (part.length === 1 || Object.values(part[1]).some((p) => quotes(p))),
  );

/** Whether the Arabic message for `channel` quotes a value (the e-mail always does: the greeting's name). */
function quotesValue(type: string, channel: string): boolean {
  const messages = modules[type]?.copy.messages();
  const keys = {
    email: [],
    sms: ['sms'],
    push: ['pushTitle', 'pushBody'],
    whatsapp: ['wa1', 'wa2', 'wa3', 'wa4'],
  }[channel];
  if (channel === 'email') return true;
  return (keys ?? []).some((k) => quotes(messages?.ar?.[k] ?? messages?.en?.[k]));
}

const balanced = (text: string): boolean => {
  let depth = 0;
  for (const c of text) {
    if (c === FSI) depth++;
    else if (c === PDI && --depth < 0) return false;
  }
  return depth === 0;
};

/** The HTML's visible text, <bdi> as FSI…PDI: the head and every other tag (and its attributes) dropped. */
const htmlText = (html: string): string =>
  html
    .replace(/<head>[\s\S]*<\/head>/, '')
    .replaceAll('<bdi>', FSI)
    .replaceAll('</bdi>', PDI)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ');

/** Each text a customer reads in the message, by where it is shown. */
function texts(message: RenderedMessage): Record<string, string> {
  return {
    ...(message.subject === undefined ? {} : { subject: message.subject }),
    ...(message.html === undefined ? {} : { html: htmlText(message.html) }),
    text: message.text,
    ...(message.push
      ? {
          pushTitle: message.push.title,
          pushBody: message.push.body,
          ...Object.fromEntries((message.push.actions ?? []).map((a) => [`action ${a.id}`, a.title])),
        }
      : {}),
    ...Object.fromEntries((message.whatsapp?.parameters ?? []).map((p, i) => [`{{${i + 1}}}`, p])),
  };
}

const everyCase = messageTypes.flatMap((type) => cases[type].channels.map((channel) => ({ type, channel })));

describe('Arabic messages isolate every value they quote', () => {
  it.each(everyCase)(
    '$type $channel: Latin merchant, payee and name values are isolated',
    ({ type, channel }) => {
      // Prepare: an Arabic customer with a Latin given name, a Latin bank name; the fixtures' Latin merchants
      // (ELECTROWORLD, APP STORE), payee (Thames Water) and references.
      const allowed = copyWords(type);

      // Act
      const message = renderCase(type, channel, {
        locale: arabic.locale,
        timeZone: arabic.timeZone,
        currency: arabic.currency,
        givenName: 'Laila',
      });

      // Assess: marks present and balanced, and no Latin word or digit run outside an isolate.
      const shown = texts(message);
      const all = Object.values(shown).join('\n');
      if (quotesValue(type, channel)) expect(all).toContain(FSI);
      for (const [where, text] of Object.entries(shown)) {
        expect(balanced(text), `${where}: ${JSON.stringify(text)}`).toBe(true);
        expect(unisolated(text, allowed), `${where}: ${JSON.stringify(text)}`).toEqual([]);
      }
      if (message.html) {
        expect(message.html).toContain('<bdi>');
        expect(message.html, 'the e-mail header names the bank, isolated').toContain(
          '<bdi>Herald Bank</bdi>',
        );
      }
      if (channel === 'sms') expect(message.smsSegments).toBe(smsSize(message.text).segments);
    },
  );

  it('the fraud alert e-mail isolates each transaction line’s amount, merchant and date', () => {
    // Act
    const message = renderCase('fraud.alert', 'email', {
      locale: arabic.locale,
      timeZone: arabic.timeZone,
      currency: arabic.currency,
    });

    // Assess
    const items = [...(message.html ?? '').matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((m) => m[1] ?? '');
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(item).toMatch(
        /^<bdi>[^<]+<\/bdi> لدى <bdi>(ELECTROWORLD LONDON|APP STORE)<\/bdi>، <bdi>[^<]+<\/bdi>$/,
      );
    }
  });
});

describe('left-to-right languages carry no isolation marks', () => {
  it.each(
    customers.filter((c) => c.language !== 'ar').flatMap((c) => everyCase.map((e) => ({ ...e, ...c }))),
  )('$type $channel in $language', ({ type, channel, locale, timeZone, currency }) => {
    // Act
    const message = renderCase(type, channel, { locale, timeZone, currency, givenName: 'Laila' });

    // Assess
    const all = [message.subject, message.html, message.text, JSON.stringify(message.push ?? {})].join('');
    expect(all).not.toMatch(/[\u2068\u2069]/);
    expect(message.html ?? '').not.toContain('<bdi>');
  });
});

describe('isolates stay whole where the runtime cuts or cleans text', () => {
  it('a push text cut inside an isolate closes it before the ellipsis, within the limit', () => {
    // Prepare
    const text = `تم الدفع لدى ${FSI}${'ELECTROWORLD '.repeat(8)}${PDI} اليوم`;

    // Act
    const cut = truncate(text, 50);

    // Assess
    expect([...cut].length).toBeLessThanOrEqual(50);
    expect(cut.endsWith(`${PDI}…`)).toBe(true);
    expect(balanced(cut)).toBe(true);
  });

  it('a WhatsApp parameter of nothing but isolation marks is empty: a dash', () => {
    expect(whatsappParameter(`${FSI}${PDI}`)).toBe('-');
    expect(whatsappParameter(`${FSI}\n${PDI}`)).toBe('-');
    expect(whatsappParameter(`${FSI}APP STORE${PDI}`)).toBe(`${FSI}APP STORE${PDI}`);
  });
});
