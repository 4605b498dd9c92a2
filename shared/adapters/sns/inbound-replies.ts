// Inbound replies as AWS delivers them on SNS: End User Messaging SMS two-way messages and End User
// Messaging Social (WhatsApp) webhook entries. Parsing only; nothing here is logged.

/** A reply as it arrived: the sender's number (E.164 for SMS, digits for WhatsApp) and what they sent. */
export type InboundReply = {
  phone: string;
  channel: 'sms' | 'whatsapp';
  text?: string;
  quickReply?: string;
  /** The provider's id of the message (End User Messaging `inboundMessageId`, WhatsApp `id`), when given. */
  messageId?: string;
};

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
const string = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * The replies in one SNS message:
 * - End User Messaging SMS two-way: `{originationNumber, messageBody, …}`;
 * - End User Messaging Social (WhatsApp): `{whatsAppWebhookEntry: "<Meta webhook entry JSON>", …}`, whose
 *   messages are quick replies (`button.payload`, `interactive.button_reply.id`) or text.
 */
export function repliesIn(message: string): InboundReply[] {
  let body: Record<string, unknown>;
  try {
    body = record(JSON.parse(message));
  } catch {
    return [];
  }
  const sms = string(body.originationNumber);
  if (sms) {
    const messageId = string(body.inboundMessageId);
    return [
      {
        phone: sms,
        channel: 'sms',
        text: string(body.messageBody) ?? '',
        ...(messageId ? { messageId } : {}),
      },
    ];
  }
  const entryText = string(body.whatsAppWebhookEntry);
  if (!entryText) return [];
  let entry: Record<string, unknown>;
  try {
    entry = record(JSON.parse(entryText));
  } catch {
    return [];
  }
  const changes = Array.isArray(entry.changes) ? entry.changes : [];
  return changes.flatMap((change) => {
    const messages = record(record(change).value).messages;
    return (Array.isArray(messages) ? messages : []).flatMap((m): InboundReply[] => {
      const msg = record(m);
      const from = string(msg.from);
      if (!from) return [];
      const messageId = string(msg.id);
      const id = messageId ? { messageId } : {};
      const quickReply =
        string(record(msg.button).payload) ?? string(record(record(msg.interactive).button_reply).id);
      if (quickReply !== undefined) return [{ phone: from, channel: 'whatsapp', quickReply, ...id }];
      const text = string(record(msg.text).body);
      return text !== undefined ? [{ phone: from, channel: 'whatsapp', text, ...id }] : [];
    });
  });
}
