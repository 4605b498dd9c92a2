// The template runtime: turns a message type's compiled copy (shared/notifications/<type>/compiled.ts,
// generated from the type's copy.ts by templates/build.ts) and already formatted arguments into a message
// for one channel.
//
// Everything here is small on purpose: it runs in Lambda. MJML and the ICU tooling only run at build time;
// the compiled copy is a compressed program (program.ts) that needs nothing but @messageformat/runtime's
// plural rules and number helper. A render function bundles only the copy of the types in its generated
// renderer table (shared/notifications/tables/<function>.ts): no module a function imports holds every type.
import type { Channel } from '../profile.ts';
import { commonMessages, PLURAL_RULES, RTL_LANGUAGES } from './compiled/common.ts';
import { button as buttonHtml, skeleton } from './compiled/layout.ts';
import type { Brand, ButtonKey, Copy, Extras, Messages } from './copy.ts';
import { type Language, languageFor } from './identity.ts';
import { FSI, isolate, PDI, run } from './program.ts';
import { smsSize, toSmsText } from './sms.ts';

export type { Brand } from './copy.ts';
export type { Language } from './identity.ts';

export interface RenderOptions<D> {
  /** The customer's BCP-47 locale: picks the language (English if Herald does not write in it) and formats. */
  locale: string;
  /** The customer's IANA time zone: dates and times are shown in it. */
  timeZone: string;
  givenName?: string;
  brand: Brand;
  /** The message type's data (see data.ts). */
  data: D;
  /**
   * The customer's A/B variant (shared/domain/experiments.ts): the copy uses that variant's wording where it
   * has one. The base variant, no variant and a name the copy does not know all give the base copy.
   */
  variant?: string;
  /**
   * E-mail only: the recipient's signed consent links (shared/domain/consent-link.ts). The preference page
   * link goes into every e-mail's footer; the unsubscribe link, on a marketing e-mail, replaces the type's
   * own (footer link and List-Unsubscribe header), so that a one-click POST says who is leaving.
   */
  consentLinks?: { preferences: string; unsubscribe?: string } | undefined;
}

export interface PushAction {
  /** `yes` / `no`: what the app reports back when the customer taps it. */
  id: string;
  title: string;
  /** Signed link the action opens, when the message type has one. */
  url?: string;
}

export interface WhatsAppMessage {
  /** Template name registered with Meta (see templates/whatsapp-templates.json). */
  template: string;
  /** Language of the registered template. */
  language: string;
  /** Body parameters {{1}}, {{2}}… in order: no newlines or tabs, never more than 4 spaces in a row. */
  parameters: string[];
  /** Payloads of the template's quick reply buttons, in button order. */
  quickReplies?: string[];
}

export interface RenderedMessage {
  channel: Channel;
  /** Template id as recorded in the delivery log, e.g. `balance.low/email/en`. */
  template: string;
  /** Language the message was written in (English when Herald does not write the customer's language). */
  locale: string;
  subject?: string;
  html?: string;
  /** E-mail: the plain-text part; SMS: the text sent; push: the body; WhatsApp: the parameters, one a line. */
  text: string;
  /** E-mail headers to add (marketing: List-Unsubscribe and List-Unsubscribe-Post, RFC 8058). */
  headers?: Record<string, string>;
  push?: { title: string; body: string; actions?: PushAction[] };
  whatsapp?: WhatsAppMessage;
  /** Number of SMS the text is sent as (see sms.ts). */
  smsSegments?: number;
}

/** Arguments every message may use (see templates/define.ts). */
export interface CommonArgs {
  bank: string;
  givenName: string;
  named: 'yes' | 'no';
}

// ---------------------------------------------------------------------------------------------------------
// Formatting: in the customer's locale and time zone, whatever language the copy falls back to. Separate
// functions, so that a bundle keeps only the ones its message types use.

type Decimal = `${number}`;
const DECIMAL = /^-?\d+(\.\d+)?$/;
function decimal(value: string): Decimal {
  if (!DECIMAL.test(value)) throw new RangeError(`not a decimal string: ${JSON.stringify(value)}`);
  return value as Decimal;
}
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
function instant(iso: string): Date {
  const date = new Date(DATE_ONLY.test(iso) ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an ISO-8601 date: ${JSON.stringify(iso)}`);
  return date;
}

/**
 * A decimal string with its ISO-4217 currency. Intl formats the string exactly (no binary float), and no
 * minor unit is rounded away: where the locale shows a currency without decimals (IDR, VND) or with fewer
 * than the amount has, the amount keeps its own ("Rp 42,10", not "Rp 42").
 */
export function money(locale: string, amount: string, currency: string): string {
  const value = decimal(amount);
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const decimals = (/\.(\d*?)0*$/.exec(value)?.[1] ?? '').length;
  if (decimals <= (format.resolvedOptions().maximumFractionDigits ?? 2)) return format.format(value);
  const digits = Math.max(decimals, 2);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A decimal string of percent points: "85" → "85%" (en), "85 %" (de). */
export const percent = (locale: string, value: string): string =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 1 }).format(
    decimal(value),
  );

/** The date of an ISO-8601 date-time in the customer's time zone; a `YYYY-MM-DD` date as it is. */
export const date = (locale: string, timeZone: string, iso: string): string =>
  new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeZone: DATE_ONLY.test(iso) ? 'UTC' : timeZone,
  }).format(instant(iso));

/** Date and time of an ISO-8601 date-time, in the customer's time zone. */
export const dateTime = (locale: string, timeZone: string, iso: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(instant(iso));

/** A `YYYY-MM` period as month and year ("May 2025"); any other text as it is. */
export const period = (locale: string, text: string): string =>
  /^\d{4}-(0[1-9]|1[0-2])$/.test(text)
    ? new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${text}-01T00:00:00Z`),
      )
    : text;

/** The name of an ISO 3166-1 alpha-2 country. */
export const country = (locale: string, code: string): string =>
  new Intl.DisplayNames(locale, { type: 'region' }).of(code) ?? code;

/**
 * The parts of a place ("Tesco", "London", "United Kingdom") joined with the language's comma (a plain
 * separator: Intl.ListFormat would write "London und Vereinigtes Königreich").
 */
export const place = (locale: string, parts: (string | undefined)[]): string =>
  parts.filter((p): p is string => !!p).join(languageFor(locale) === 'ar' ? '، ' : ', ');

/** A decimal scaled by 10^6 (decimal.ts `toScaledInteger`) back to a decimal string: 120500000n → "120.5". */
export function fromScaled(value: bigint): string {
  const scale = 1_000_000n;
  const abs = value < 0n ? -value : value;
  const fraction = String(abs % scale)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return `${value < 0n ? '-' : ''}${abs / scale}${fraction ? `.${fraction}` : ''}`;
}

/**
 * The account as a message names it: its last four digits when the bank sent them (`accountLast4`), else no
 * digits at all (the copy's `{hasAccount, select, …}` then says "your account"). The bank's internal
 * account identifier is never shown, not even a part of it.
 */
export const accountShown = (
  accountLast4: string | undefined,
): { hasAccount: 'yes' | 'no'; account: string } =>
  accountLast4 && /^\d{4}$/.test(accountLast4)
    ? { hasAccount: 'yes', account: accountLast4 }
    : { hasAccount: 'no', account: '' };

/** Shortens free text (a merchant, a payee) to `max` characters for an SMS: no ellipsis (not GSM-7). */
export const shortText = (text: string, max = 22): string => {
  const chars = [...text.trim()];
  return chars.length <= max ? chars.join('') : chars.slice(0, max).join('').trimEnd();
};

// ---------------------------------------------------------------------------------------------------------
// Channels

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

/**
 * Text for an HTML element's content: escaped, and each isolated value (FSI…PDI, see program.ts) in a
 * `<bdi>` element, which every mail client that knows HTML5 isolates and the rest show as plain text.
 */
const htmlText = (value: string): string =>
  escapeHtml(value).replaceAll(FSI, '<bdi>').replaceAll(PDI, '</bdi>');

/** How many isolates are still open at the end of `text`. */
const openIsolates = (text: string): number => {
  let depth = 0;
  for (const c of text) {
    if (c === FSI) depth++;
    else if (c === PDI && depth > 0) depth--;
  }
  return depth;
};

/** Links go into href attributes and plain text: only http(s), nothing that could run script. */
function safeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RangeError('a link in the message is not a URL');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new RangeError('a link in the message is not http(s)');
  return parsed.href;
}

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/%%([A-Z_]+)%%/g, (_, name: string) => values[name] ?? '');

const BUTTON_COLOURS: Record<ButtonKey, string> = { cta: '#0b3d91', yes: '#0b6e4f', no: '#b42318' };

/** Push limits: what every platform shows in full. */
export const PUSH_TITLE_MAX = 50;
export const PUSH_BODY_MAX = 150;

/**
 * Cuts `text` to at most `max` characters (code points), ending in an ellipsis when it had to cut. An
 * isolate the cut leaves open is closed before the ellipsis (and counts towards `max`).
 */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  for (let spare = 0; ; spare++) {
    const kept = chars
      .slice(0, Math.max(0, max - 1 - spare))
      .join('')
      .trimEnd();
    const open = openIsolates(kept);
    if (open <= spare) return `${kept}${PDI.repeat(open)}…`;
  }
}

/** Meta's rule for template parameters: no newline or tab, no more than four spaces in a row, not empty. */
export function whatsappParameter(text: string): string {
  const clean = text
    .replace(/[\r\n\t\v\f\u2028\u2029]+/g, ' ')
    .replace(/ {5,}/g, '    ')
    .trim();
  // Isolation marks around nothing are no parameter either.
  return clean.replaceAll(FSI, '').replaceAll(PDI, '').trim() === '' ? '-' : clean;
}

/**
 * The payloads of a template's quick reply buttons: exactly one, not empty, per registered button. A button
 * sent without its payload would come back as a tap Herald cannot tell apart from any other: refused.
 */
function quickReplyPayloads(type: string, buttons: readonly string[], payloads: string[]): string[] {
  if (payloads.length !== buttons.length || payloads.some((p) => p.trim() === ''))
    throw new Error(
      `${type}: the WhatsApp template has ${buttons.length} quick replies (${buttons.join(', ') || 'none'}), ` +
        `the renderer gave ${payloads.filter((p) => p.trim() !== '').length} payloads`,
    );
  return payloads;
}

/**
 * Renders one message type for one channel. Each message key is looked up in the customer's language and,
 * when that language lacks it, in English: the fallback is per key, not per message. With an A/B variant,
 * the variant's text for the key comes first (customer's language, then English), then the base copy's.
 */
export function render<A>(
  copy: Copy<A>,
  channel: Channel,
  options: RenderOptions<unknown>,
  args: NoInfer<A>,
  extras: Extras<NoInfer<A>> = {},
): RenderedMessage {
  if (!copy.channels.includes(channel)) throw new Error(`${copy.type} has no ${channel} template`);
  const language = languageFor(options.locale);
  const d: A & CommonArgs = {
    ...args,
    bank: options.brand.name,
    givenName: options.givenName ?? '',
    named: options.givenName ? 'yes' : 'no',
  };
  const rule = PLURAL_RULES[language];
  // Right to left: every interpolated value is isolated, once, here (program.ts), for every channel.
  const bidi = RTL_LANGUAGES.includes(language);
  // A/B variant: a key it overrides is its text in the customer's language, else its English (a missing
  // translation gets English, as everywhere), so that a customer recorded as B reads B's wording; a key it
  // does not override is the base copy's. An unknown name (an experiment changed before its copy) is base.
  const variants = options.variant === undefined ? undefined : copy.variants?.();
  const variant =
    variants && options.variant && Object.hasOwn(variants, options.variant)
      ? variants[options.variant]
      : undefined;
  const message = (messages: Messages, key: string, args: object, over?: Messages): string => {
    const program =
      over?.[language]?.[key] ?? over?.en?.[key] ?? messages[language]?.[key] ?? messages.en?.[key];
    return program === undefined ? '' : run(program, args, rule, options.locale, undefined, bidi).trim();
  };
  const t = (key: string, extra?: Partial<A>): string =>
    message(copy.messages(), key, extra ? { ...d, ...extra } : d, variant);
  const common = (key: string): string => message(commonMessages(), key, d);
  const base = { channel, template: `${copy.type}/${channel}/${language}`, locale: language };
  switch (channel) {
    case 'email':
      return {
        ...base,
        ...email(copy, language, t, common, options.brand.name, extras, options.consentLinks),
      };
    case 'sms': {
      const text = toSmsText(t('sms'), language);
      return { ...base, text, smsSegments: smsSize(text).segments };
    }
    case 'push': {
      const title = truncate(t('pushTitle'), PUSH_TITLE_MAX);
      const body = truncate(t('pushBody'), PUSH_BODY_MAX);
      const actions = copy.pushActions.map((id) => {
        const url = extras.links?.[id];
        return { id, title: t(id), ...(url ? { url: safeUrl(url) } : {}) };
      });
      return { ...base, text: body, push: { title, body, ...(actions.length > 0 ? { actions } : {}) } };
    }
    case 'whatsapp': {
      const wa = copy.whatsapp;
      if (!wa) throw new Error(`${copy.type} has no WhatsApp template`);
      const parameters = Array.from({ length: wa.parameters }, (_, i) => whatsappParameter(t(`wa${i + 1}`)));
      const quickReplies = quickReplyPayloads(copy.type, wa.quickReplies ?? [], extras.quickReplies ?? []);
      return {
        ...base,
        text: parameters.join('\n'),
        whatsapp: {
          template: wa.template,
          language,
          parameters,
          ...(quickReplies.length > 0 ? { quickReplies } : {}),
        },
      };
    }
  }
}

function email<A>(
  copy: Copy<A>,
  language: Language,
  t: (key: string, extra?: Partial<A>) => string,
  common: (key: string) => string,
  bank: string,
  extras: Extras<A>,
  consentLinks: RenderOptions<unknown>['consentLinks'],
): Omit<RenderedMessage, 'channel' | 'template' | 'locale'> {
  const rtl = RTL_LANGUAGES.includes(language);
  const subject = t('subject');
  const heading = t('heading');
  const items = (extras.items ?? []).map((item) => t('item', item)).filter(Boolean);
  const blocks: ({ p: string } | { list: string[] })[] = [{ p: common('greeting') }];
  for (const key of ['p1', 'p2', 'p3', 'p4', 'p5']) {
    const p = t(key);
    if (p) blocks.push({ p });
    if (key === 'p1' && items.length > 0) blocks.push({ list: items });
  }
  const buttons = copy.buttons.flatMap((key) => {
    const url = extras.links?.[key];
    return url ? [{ key, label: t(key), url: safeUrl(url) }] : [];
  });
  const footer = t('footer');
  const marketing = copy.category === 'marketing';
  const unsubscribeUrl = consentLinks?.unsubscribe ?? extras.unsubscribeUrl;
  if (marketing && !unsubscribeUrl) throw new Error(`${copy.type} is marketing: it needs an unsubscribe URL`);
  const unsubscribe = marketing && unsubscribeUrl ? safeUrl(unsubscribeUrl) : undefined;
  const preferences = consentLinks ? safeUrl(consentLinks.preferences) : undefined;
  const footerLink = (url: string, key: string) =>
    `<br><br><a href="${escapeHtml(url)}" style="color:#52606d">${escapeHtml(common(key))}</a>`;

  const body = blocks
    .map((b) =>
      'p' in b
        ? `<p style="margin:0 0 16px">${htmlText(b.p)}</p>`
        : `<ul style="margin:0 0 16px;padding:0 20px">${b.list.map((li) => `<li style="margin:0 0 6px">${htmlText(li)}</li>`).join('')}</ul>`,
    )
    .join('');
  const html = fill(skeleton(), {
    LANG: language,
    DIR: rtl ? 'rtl' : 'ltr',
    ALIGN: rtl ? 'right' : 'left',
    SUBJECT: escapeHtml(subject),
    PREHEADER: htmlText(t('preheader')),
    BANK: rtl ? `<bdi>${escapeHtml(bank)}</bdi>` : escapeHtml(bank),
    HEADING: htmlText(heading),
    BODY: body,
    BUTTONS: buttons
      .map((b) =>
        fill(buttonHtml(), {
          HREF: escapeHtml(b.url),
          BG: BUTTON_COLOURS[b.key],
          LABEL: htmlText(b.label),
        }),
      )
      .join(''),
    FOOTER:
      htmlText(footer) +
      (unsubscribe ? footerLink(unsubscribe, 'unsubscribe') : '') +
      (preferences ? footerLink(preferences, 'preferences') : ''),
  });
  // A link in right-to-left plain text is a value like any other: isolated.
  const link = (url: string): string => (rtl ? isolate(url) : url);
  const text = [
    heading,
    ...blocks.map((b) => ('p' in b ? b.p : b.list.map((li) => `- ${li}`).join('\n'))),
    ...buttons.map((b) => `${b.label}: ${link(b.url)}`),
    [
      `--\n${footer}`,
      ...(unsubscribe ? [`${common('unsubscribe')}: ${link(unsubscribe)}`] : []),
      ...(preferences ? [`${common('preferences')}: ${link(preferences)}`] : []),
    ].join('\n'),
  ].join('\n\n');
  return {
    subject,
    html,
    text: `${text}\n`,
    ...(unsubscribe
      ? {
          headers: {
            'List-Unsubscribe': `<${unsubscribe}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          },
        }
      : {}),
  };
}
