// Customers' SMS and WhatsApp replies as AWS hands them to Herald: the End User Messaging two-way SMS
// message and the End User Messaging Social (WhatsApp) webhook entry, each in an SNS notification of the
// inbound replies topic. `herald replay` reads them from `inbound` lines; `herald dev` builds them from its
// reply box.

/** A replay line that is a customer's reply instead of a bus entry (README "Replay your own events"). */
export interface InboundLine {
  inbound: 'sms' | 'whatsapp';
  /** The customer's number: E.164 (`+447700900123`); WhatsApp numbers may be written without the `+`. */
  from: string;
  text?: string;
  /** A WhatsApp quick reply's payload (e.g. `FRAUD_NO:<caseId>`), with `text` as its label. */
  quickReply?: string;
  /** The provider's message id; replay names the line's message when it has none. */
  id?: string;
  Time?: string;
}

export const isInboundLine = (line: unknown): line is InboundLine =>
  typeof line === 'object' && line !== null && 'inbound' in line;

/** Why a line that says `inbound` is no reply, or undefined when it is one. */
export function inboundProblem(line: InboundLine): string | undefined {
  if (line.inbound !== 'sms' && line.inbound !== 'whatsapp') return 'inbound is neither "sms" nor "whatsapp"';
  if (typeof line.from !== 'string' || !/^\+?[1-9]\d{6,14}$/.test(line.from))
    return 'from is not a phone number (E.164)';
  if (line.text !== undefined && typeof line.text !== 'string') return 'text is not a string';
  if (line.quickReply !== undefined && (typeof line.quickReply !== 'string' || line.inbound !== 'whatsapp'))
    return 'quickReply is a string, on WhatsApp only';
  if (line.text === undefined && line.quickReply === undefined) return 'a reply has a text or a quickReply';
  if (line.id !== undefined && (typeof line.id !== 'string' || line.id === '')) return 'id is not a string';
  return undefined;
}

/** The SNS message body AWS publishes for one reply. */
export function inboundMessage(
  channel: 'sms' | 'whatsapp',
  phone: string,
  text: string,
  id: string,
  quickReply?: string,
): Record<string, unknown> {
  if (channel === 'sms') {
    const e164 = phone.startsWith('+') ? phone : `+${phone}`;
    return { originationNumber: e164, messageBody: text, inboundMessageId: id };
  }
  const from = phone.replace(/^\+/, '');
  const message = quickReply
    ? { from, id, type: 'button', button: { payload: quickReply, text } }
    : { from, id, type: 'text', text: { body: text } };
  return {
    aws_account_id: '000000000000',
    whatsAppWebhookEntry: JSON.stringify({
      id: 'waba-local',
      changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', messages: [message] } }],
    }),
  };
}

/** The SNS event Lambda receives from the inbound replies topic for one message. */
export function inboundSnsEvent(message: Record<string, unknown>, time: Date, snsMessageId: string) {
  return {
    Records: [
      {
        EventSource: 'aws:sns',
        EventVersion: '1.0',
        EventSubscriptionArn: 'arn:aws:sns:local:000000000000:inbound-replies:local',
        Sns: {
          Type: 'Notification',
          MessageId: snsMessageId,
          TopicArn: 'arn:aws:sns:local:000000000000:inbound-replies',
          Subject: null,
          Message: JSON.stringify(message),
          Timestamp: time.toISOString(),
          SignatureVersion: '1',
          Signature: '',
          SigningCertUrl: '',
          UnsubscribeUrl: '',
          MessageAttributes: {},
        },
      },
    ],
  };
}
