// What `herald dev`'s page shows, built from the local stack: each message as the customer received it
// (matched to its customer through the delivery record that names its provider message id), the records,
// the journeys in flight, the dead letters. Contact details appear only inside the messages themselves
// (an e-mail's To header); the rest of the page carries customer ids, as the delivery log does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DeliveryRecord } from '../../shared/domain/delivery-record.ts';
import type { OutboxMessage, OutputRecord } from '../records.ts';
import type { LocalHerald } from '../runtime.ts';
import type { LocalExecution } from '../stepfunctions.ts';

export interface EmailView {
  from: string;
  to: string[];
  subject: string;
  date: string;
  /** The headers the sender set (List-Unsubscribe, …). */
  headers: Record<string, string>;
  /** The page that shows the body (served with its links made local). */
  bodyUrl: string;
}

export interface MessageView {
  id: string;
  time: string;
  channel: OutboxMessage['channel'];
  /** Unknown when no delivery record names the message (the provider's answer was lost). */
  customerId?: string;
  type?: string;
  status?: string;
  email?: EmailView;
  sms?: { text: string };
  whatsapp?: { text: string; buttons: { text: string; payload?: string }[] };
  push?: { platform: string; title?: string; body?: string };
}

/** A reply the customer sent from the page. */
export interface ReplyView {
  id: string;
  time: string;
  customerId: string;
  channel: 'sms' | 'whatsapp';
  text: string;
  outcome: string;
}

export interface JourneyView {
  name: string;
  journey: string;
  customerId?: string;
  /** The state it is in now. */
  state?: string;
  startDate: string;
  /** When it next moves on its own (a wait ending, a task timing out), if planned. */
  next?: { at: string; what: string };
}

export interface DeadLetterView {
  kind: string;
  reason: string;
  sourceQueue?: string;
  function?: string;
  type?: string;
  customerId?: string;
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

interface WhatsAppTemplate {
  name: string;
  language: string;
  components: { type: string; text?: string; buttons?: { type: string; text: string }[] }[];
}
let templates: WhatsAppTemplate[] | undefined;
/** The registered WhatsApp templates (templates/whatsapp-templates.json), read once. */
function whatsAppTemplates(): WhatsAppTemplate[] {
  templates ??= (
    JSON.parse(
      readFileSync(join(import.meta.dirname, '..', '..', 'templates', 'whatsapp-templates.json'), 'utf8'),
    ) as { templates: WhatsAppTemplate[] }
  ).templates;
  return templates;
}

/** A WhatsApp template message as the phone shows it: the template's body with its parameters, its buttons. */
export function whatsAppView(message: Record<string, unknown>): NonNullable<MessageView['whatsapp']> {
  const template = record(message.template);
  const name = text(template.name) ?? '';
  const language = text(record(template.language).code) ?? '';
  const components = Array.isArray(template.components) ? template.components.map(record) : [];
  const parameters = components
    .filter((c) => c.type === 'body')
    .flatMap((c) => (Array.isArray(c.parameters) ? c.parameters.map((p) => text(record(p).text) ?? '') : []));
  const payloads = components
    .filter((c) => c.type === 'button')
    .map((c) => (Array.isArray(c.parameters) ? text(record(c.parameters[0]).payload) : undefined));
  const registered = whatsAppTemplates().find((t) => t.name === name && t.language === language);
  if (!registered) {
    const textBody = text(record(message.text).body);
    return { text: textBody ?? `[template ${name} (${language}): ${parameters.join(' | ')}]`, buttons: [] };
  }
  const body = registered.components.find((c) => c.type === 'BODY')?.text ?? '';
  const filled = body.replace(/\{\{(\d+)\}\}/g, (_, n: string) => parameters[Number(n) - 1] ?? `{{${n}}}`);
  const buttons = (registered.components.find((c) => c.type === 'BUTTONS')?.buttons ?? []).map((b, i) => ({
    text: b.text,
    ...(payloads[i] !== undefined ? { payload: payloads[i] } : {}),
  }));
  return { text: filled, buttons };
}

const readJson = (file: string | undefined): Record<string, unknown> => {
  if (!file) return {};
  try {
    return record(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return {};
  }
};

/** One outbox message as the page shows it; `sent` is the delivery record that names it, if any. */
export function messageView(message: OutboxMessage, sent: DeliveryRecord | undefined): MessageView {
  const base: MessageView = {
    id: message.providerMessageId,
    time: message.time,
    channel: message.channel,
    ...(sent ? { customerId: sent.customerId, type: sent.type, status: sent.status } : {}),
  };
  switch (message.channel) {
    case 'email':
      return {
        ...base,
        email: {
          from: message.from,
          to: message.to,
          subject: message.subject,
          date: message.time,
          headers: message.headers,
          bodyUrl: `/messages/${encodeURIComponent(message.providerMessageId)}/email.html`,
        },
      };
    case 'sms':
      return { ...base, sms: { text: message.text } };
    case 'push':
      return {
        ...base,
        push: {
          platform: message.platform,
          ...(message.title !== undefined ? { title: message.title } : {}),
          ...(message.body !== undefined ? { body: message.body } : {}),
        },
      };
    case 'whatsapp': {
      const file = readJson(message.files.find((f) => f.endsWith('.whatsapp.json')));
      return { ...base, whatsapp: whatsAppView(record(file.message)) };
    }
  }
}

/** A planned item of an execution, said without the execution's name: `timeout of AwaitReply`. */
function nextStep(what: string, name: string): string {
  if (what === `execution ${name}`) return 'starts';
  if (what.startsWith(`execution ${name}: `)) return `wait ends: ${what.slice(`execution ${name}: `.length)}`;
  return what.replace(`${name}: `, '').replace(name, '').trim();
}

/** The journey executions still running, with the state each is in and when it next moves on its own. */
export function journeysInFlight(
  executions: LocalExecution[],
  planned: { at: number; what: string }[],
): JourneyView[] {
  return executions
    .filter((e) => e.status === 'RUNNING')
    .map((e) => {
      const input = (() => {
        try {
          return record(JSON.parse(e.input));
        } catch {
          return {};
        }
      })();
      const next = planned.find((p) => p.what.includes(e.name));
      const customerId = text(input.customerId);
      const state = e.history.at(-1);
      return {
        name: e.name,
        journey: e.stateMachineArn.slice(e.stateMachineArn.lastIndexOf(':') + 1),
        ...(customerId ? { customerId } : {}),
        ...(state ? { state } : {}),
        startDate: e.startDate,
        ...(next ? { next: { at: new Date(next.at).toISOString(), what: nextStep(next.what, e.name) } } : {}),
      };
    });
}

/** A dead letter as the page shows it: why, and what it was about (never its whole body). */
export function deadLetterView(entry: LocalHerald['deadLetters'][number]): DeadLetterView {
  let body: Record<string, unknown> = {};
  try {
    body = record(JSON.parse(entry.body));
  } catch {
    // not JSON: only the attributes are shown
  }
  const about = { ...record(body.event), ...record(record(body.requestPayload).detail), ...body };
  const reason =
    entry.attributes.reason ??
    text(record(body.responsePayload).errorMessage) ??
    text(body.reason) ??
    (entry.sourceQueueArn ? 'given up after its last receive' : 'no reason given');
  const type = text(about.type) ?? text(about.detailType) ?? text(record(about.job).type);
  const customerId = text(about.customerId) ?? text(record(about.job).customerId);
  return {
    kind: entry.attributes.kind ?? (entry.sourceQueueArn ? 'job' : 'message'),
    reason,
    ...(entry.sourceQueueArn
      ? { sourceQueue: entry.sourceQueueArn.slice(entry.sourceQueueArn.lastIndexOf(':') + 1) }
      : {}),
    ...(entry.attributes.function ? { function: entry.attributes.function } : {}),
    ...(type ? { type } : {}),
    ...(customerId ? { customerId } : {}),
  };
}

/** The delivery record that names each provider message id. */
export function sentRecords(records: OutputRecord[]): Map<string, DeliveryRecord> {
  const byMessage = new Map<string, DeliveryRecord>();
  for (const r of records)
    if (r.kind === 'delivery' && r.providerMessageId && !byMessage.has(r.providerMessageId))
      byMessage.set(r.providerMessageId, r);
  return byMessage;
}

/**
 * The links of an e-mail body, made to work locally: the fraud reply links and the consent links
 * (unsubscribe, preference page) go to this server's function URL stand-ins (`/fraud-reply`, `/consent`);
 * every other link to a page that says where it would lead. Every link opens outside the mail's frame.
 */
export function localEmailBody(
  html: string,
  replyBaseUrl: string | undefined,
  consentBaseUrl?: string,
): string {
  const routes = [
    [replyBaseUrl, '/fraud-reply'],
    [consentBaseUrl, '/consent'],
  ] as const;
  const rewritten = html.replace(/href="([^"]*)"/g, (whole, encoded: string) => {
    const href = encoded.replaceAll('&amp;', '&');
    for (const [base, path] of routes)
      if (base && (href === base || href.startsWith(`${base}?`)))
        return `href="${`${path}${href.slice(base.length)}`.replaceAll('&', '&amp;')}"`;
    if (/^https?:/i.test(href)) return `href="/elsewhere?to=${encodeURIComponent(href)}"`;
    return whole;
  });
  const base = '<base target="_blank">';
  return /<head[^>]*>/i.test(rewritten)
    ? rewritten.replace(/<head[^>]*>/i, (head) => `${head}${base}`)
    : `${base}${rewritten}`;
}
