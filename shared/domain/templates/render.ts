import type { Channel } from '../profile.ts';

export interface RenderedMessage {
  channel: Channel;
  /** Template id as recorded in the delivery log, e.g. `balance.low/email/en`. */
  template: string;
  /** Locale the message was actually written in (after fallback). */
  locale: string;
  subject?: string;
  html?: string;
  text: string;
}

export interface TemplateContext {
  locale: string;
  givenName?: string;
  data: Record<string, string>;
}

type ChannelTemplates = Partial<
  Record<
    Channel,
    (ctx: TemplateContext, fmt: Formatters) => Omit<RenderedMessage, 'channel' | 'template' | 'locale'>
  >
>;

/** Templates per message type, per language, per channel. English is the fallback language. */
export type TemplateSet = Record<string, ChannelTemplates>;

export interface Formatters {
  money(amount: string, currency: string): string;
  html(value: string): string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function formattersFor(locale: string): Formatters {
  return {
    // Intl.NumberFormat formats decimal strings exactly (no conversion to a binary float).
    money: (amount, currency) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount as unknown as number),
    html: (value) => value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c),
  };
}

export function renderMessage(
  templates: Record<string, TemplateSet>,
  type: string,
  channel: Channel,
  ctx: TemplateContext,
): RenderedMessage {
  const set = templates[type];
  if (!set) throw new Error(`no templates for message type ${type}`);
  const language = new Intl.Locale(ctx.locale).language;
  const resolved = set[language]?.[channel] ? language : 'en';
  const template = set[resolved]?.[channel];
  if (!template) throw new Error(`no ${channel} template for message type ${type}`);
  const body = template(ctx, formattersFor(ctx.locale));
  return { channel, template: `${type}/${channel}/${resolved}`, locale: resolved, ...body };
}
