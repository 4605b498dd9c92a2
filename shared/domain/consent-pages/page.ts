// The consent pages as HTML: the one-click unsubscribe page (what a GET of an unsubscribe link shows), the
// preference page, and the short pages that say what happened. Plain server-rendered HTML: forms that work
// without JavaScript, no script and nothing fetched from elsewhere, every control with its label, focus
// always visible, text with a contrast of at least 7:1 on its background, right to left for Arabic. Contact
// details are masked: the page shows which address or number, never all of it.
import type { ConsentCategory } from '../policy/consent-ledger.ts';
import type { Channel } from '../profile.ts';
import { RTL_LANGUAGES } from '../templates/compiled/common.ts';
import type { Language } from '../templates/identity.ts';
import { escapeHtml } from '../templates/render.ts';
import { CONSENT_PAGE_COPY, type ConsentPageCopy } from './copy.ts';

/** The categories a customer chooses on the page, in the page's order; security is always on. */
export const CHOOSABLE: readonly ConsentCategory[] = ['transactional', 'marketing'];

/** A checkbox's value: `<channel>:<category>`. */
export const choiceValue = (channel: Channel, category: ConsentCategory): string => `${channel}:${category}`;

/** `jane.doe@example.co.uk` → `j•••@e•••.uk`: enough to recognise, not enough to use. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return '•••';
  const domain = address.slice(at + 1);
  const tld = domain.lastIndexOf('.');
  const first = (text: string) => [...text][0] ?? '';
  return `${first(address)}•••@${first(domain)}•••${tld > 0 ? domain.slice(tld) : ''}`;
}

/** The last two digits of a phone number: all the page shows of it. */
export const lastDigits = (phone: string): string => phone.replace(/\D/g, '').slice(-2);

export interface PreferenceRow {
  channel: Channel;
  /** What the page shows of the contact: a masked address, or the last digits of a number; none for push. */
  contact?: { email: string } | { phoneEnding: string };
  granted: Readonly<Record<ConsentCategory, boolean>>;
}

interface PageBase {
  language: Language;
  bank: string;
}

const STYLE =
  'body{font-family:system-ui,sans-serif;font-size:1.05rem;line-height:1.5;color:#1f2933;background:#fff;' +
  'max-width:40rem;margin:2rem auto;padding:0 1rem}h1{font-size:1.6rem}' +
  'a{color:#0b3d91}fieldset{border:1px solid #52606d;border-radius:.5rem;margin:0 0 1rem;padding:.5rem 1rem 1rem}' +
  'legend{font-weight:700;padding:0 .25rem}.choice{display:flex;gap:.75rem;align-items:flex-start;margin:.5rem 0}' +
  '.choice input{width:1.5rem;height:1.5rem;margin:.1rem 0 0;flex:none}.hint{display:block;color:#3e4c59;font-size:.95rem}' +
  '.always{margin:.5rem 0 0;color:#1f2933}.status{border-inline-start:.35rem solid #0b6e4f;padding:.5rem 1rem;' +
  'background:#e3f9e5}button{font:inherit;font-weight:700;color:#fff;background:#0b3d91;border:0;border-radius:.4rem;' +
  'padding:.7rem 1.4rem;cursor:pointer}:focus-visible{outline:3px solid #b44d12;outline-offset:3px}';

const fill = (text: string, values: Record<string, string>): string =>
  escapeHtml(text).replace(/\{(\w+)\}/g, (match, name: string) =>
    values[name] === undefined ? match : escapeHtml(values[name]),
  );

function document(base: PageBase, title: string, main: string): string {
  const dir = RTL_LANGUAGES.includes(base.language) ? 'rtl' : 'ltr';
  // The bank's name may be written in another script: isolated, so it never reorders the text around it.
  return (
    `<!doctype html><html lang="${base.language}" dir="${dir}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">' +
    `<title>${escapeHtml(title)} – ${escapeHtml(base.bank)}</title><style>${STYLE}</style></head>` +
    `<body><header><p><bdi>${escapeHtml(base.bank)}</bdi></p></header><main>${main}</main></body></html>`
  );
}

const hidden = (name: string, value: string) =>
  `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`;

const channelName = (copy: ConsentPageCopy, channel: Channel): string =>
  ({
    email: copy.channelEmail,
    sms: copy.channelSms,
    push: copy.channelPush,
    whatsapp: copy.channelWhatsapp,
  })[channel];

function contactText(copy: ConsentPageCopy, row: PreferenceRow): string {
  if (!row.contact) return '';
  // An address is a left-to-right value inside whatever the page's direction is.
  if ('email' in row.contact) return ` (<bdi dir="ltr">${escapeHtml(row.contact.email)}</bdi>)`;
  return ` (${fill(copy.endingIn, { last: row.contact.phoneEnding })})`;
}

/**
 * The preference page: one fieldset per channel the customer can be reached on, a checkbox per category
 * they choose (ticked when they consent now), and the security alerts stated as always on, with why. The
 * form posts back to the page's own address (its link carries the token) with `f`, the value issued for
 * this one form.
 */
export function preferencePage(
  view: PageBase & { rows: readonly PreferenceRow[]; formValue: string; saved: boolean },
): string {
  const copy = CONSENT_PAGE_COPY[view.language];
  const values = { bank: view.bank };
  const label: Record<ConsentCategory, [string, string]> = {
    transactional: [copy.transactional, copy.transactionalHint],
    marketing: [copy.marketing, copy.marketingHint],
  };
  const fieldsets = view.rows
    .map((row) => {
      const boxes = CHOOSABLE.map((category) => {
        const id = `c-${row.channel}-${category}`;
        const [name, hint] = label[category];
        return (
          `<div class="choice"><input type="checkbox" id="${id}" name="consent" ` +
          `value="${choiceValue(row.channel, category)}" aria-describedby="${id}-hint"` +
          `${row.granted[category] ? ' checked' : ''}><label for="${id}">${escapeHtml(name)}` +
          `<span class="hint" id="${id}-hint">${escapeHtml(hint)}</span></label></div>`
        );
      }).join('');
      return (
        `<fieldset><legend>${escapeHtml(channelName(copy, row.channel))}${contactText(copy, row)}</legend>` +
        `${boxes}<p class="always">${escapeHtml(copy.securityTitle)}</p></fieldset>`
      );
    })
    .join('');
  const status = view.saved ? `<p class="status" role="status">${escapeHtml(copy.saved)}</p>` : '';
  const form =
    view.rows.length === 0
      ? `<p>${escapeHtml(copy.noChannels)}</p>`
      : `<form method="post">${hidden('f', view.formValue)}${fieldsets}` +
        `<button type="submit">${escapeHtml(copy.save)}</button></form>`;
  return document(
    view,
    copy.preferencesTitle,
    `<h1>${escapeHtml(copy.preferencesTitle)}</h1>${status}<p>${fill(copy.preferencesIntro, values)}</p>` +
      `<section aria-labelledby="security"><h2 id="security">${escapeHtml(copy.securityTitle)}</h2>` +
      `<p>${escapeHtml(copy.securityWhy)}</p></section>${form}`,
  );
}

/**
 * What opening an unsubscribe link shows: the question and one button, whose POST is the RFC 8058 one
 * (`List-Unsubscribe=One-Click`) plus `page=1`, so that the answer is a page rather than the empty 200 a
 * mail client gets; and the link to the preference page.
 */
export function unsubscribePage(view: PageBase & { preferencesHref: string }): string {
  const copy = CONSENT_PAGE_COPY[view.language];
  return document(
    view,
    copy.unsubscribeTitle,
    `<h1>${escapeHtml(copy.unsubscribeTitle)}</h1><p>${fill(copy.unsubscribeText, { bank: view.bank })}</p>` +
      `<form method="post">${hidden('List-Unsubscribe', 'One-Click')}${hidden('page', '1')}` +
      `<button type="submit">${escapeHtml(copy.unsubscribeButton)}</button></form>` +
      `<p><a href="${escapeHtml(view.preferencesHref)}">${escapeHtml(copy.manage)}</a></p>`,
  );
}

export type NoticeKind = 'unsubscribed' | 'expired' | 'invalid' | 'used' | 'formUsed';

/** A short page that says what happened, with the preference page link when there is one to give. */
export function noticePage(view: PageBase & { kind: NoticeKind; preferencesHref?: string }): string {
  const copy = CONSENT_PAGE_COPY[view.language];
  const notices: Record<NoticeKind, [string, string]> = {
    unsubscribed: [copy.unsubscribedTitle, copy.unsubscribedText],
    expired: [copy.expiredTitle, copy.expiredText],
    invalid: [copy.invalidTitle, copy.invalidText],
    used: [copy.usedTitle, copy.usedText],
    formUsed: [copy.formUsedTitle, copy.formUsedText],
  };
  const [title, text] = notices[view.kind];
  const manage = view.preferencesHref
    ? `<p><a href="${escapeHtml(view.preferencesHref)}">${escapeHtml(copy.manage)}</a></p>`
    : '';
  return document(
    view,
    title,
    `<h1>${escapeHtml(title)}</h1><p>${fill(text, { bank: view.bank })}</p>${manage}`,
  );
}
