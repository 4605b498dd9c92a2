// The shape of a message type's source: its copy in every language as ICU MessageFormat strings, and what
// the build needs to know to compile it (see templates/README.md for the authoring rules).

/** Languages Herald writes in. English is the fallback, per message key. */
export const LANGUAGES = ['en', 'id', 'ar', 'ro', 'vi', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Languages written right to left. */
export const RTL_LANGUAGES: readonly Language[] = ['ar'];

export type Channel = 'email' | 'sms' | 'push' | 'whatsapp';
export type Category = 'security' | 'transactional' | 'marketing';

/** Message keys that label a button (e-mail buttons, push actions, WhatsApp quick replies). */
export type ButtonKey = 'cta' | 'yes' | 'no';

/**
 * Message keys that label a WhatsApp quick reply: the fraud alert's YES / NO, the payment-due reminder's
 * "Set up autopay". Meta shows at most 25 characters of a quick reply.
 */
export type QuickReplyKey = 'yes' | 'no' | 'autopay';

/**
 * Every message key a source may use, and what it is for. The e-mail body is p1…p5 in this order (a
 * paragraph that comes out empty, e.g. from a `select` on a missing field, is left out) with the `item`
 * list, one line per item, after p1.
 */
export const MESSAGE_KEYS = {
  subject: 'e-mail subject',
  preheader: 'e-mail preheader: the preview line mail apps show after the subject',
  heading: 'e-mail heading',
  p1: 'e-mail paragraph 1',
  item: 'e-mail list line, rendered once per item after p1',
  p2: 'e-mail paragraph 2',
  p3: 'e-mail paragraph 3',
  p4: 'e-mail paragraph 4',
  p5: 'e-mail paragraph 5',
  cta: 'label of the e-mail call to action',
  yes: 'label of the YES button (e-mail, push action, WhatsApp quick reply)',
  no: 'label of the NO button (e-mail, push action, WhatsApp quick reply)',
  autopay: 'label of the "Set up autopay" WhatsApp quick reply (at most 25 characters)',
  footer: 'e-mail footer line: why the customer receives this',
  sms: 'SMS text',
  pushTitle: 'push title (at most 50 characters after formatting)',
  pushBody: 'push body (at most 150 characters after formatting)',
  wa1: 'WhatsApp body parameter {{1}}',
  wa2: 'WhatsApp body parameter {{2}}',
  wa3: 'WhatsApp body parameter {{3}}',
  wa4: 'WhatsApp body parameter {{4}}',
  wa5: 'WhatsApp body parameter {{5}}',
} as const;
export type MessageKey = keyof typeof MESSAGE_KEYS;

/** Arguments every message may use; the renderer fills them. */
export const COMMON_ARGUMENTS = {
  bank: "the bank's name (the brand the message is sent for)",
  givenName: "the customer's given name; empty when unknown (test `named` first)",
  named:
    '`yes` when the given name is known, else `no`: `{named, select, yes {Hello {givenName},} other {Hello,}}`',
} as const;

export type Messages = Partial<Record<MessageKey, string>>;

export interface WhatsAppSource {
  /** Template name as registered with Meta (lower case, digits, underscores). */
  template: string;
  /** Meta template category. */
  category: 'UTILITY' | 'MARKETING';
  /**
   * The body text registered with Meta, per language, with `{{1}}`, `{{2}}`… where the parameters `wa1`,
   * `wa2`… go. Herald never sends this text: Meta holds it; Herald sends the template name, the language and
   * the parameters. Kept here so the registration file (templates/whatsapp-templates.json) is generated.
   */
  body: Record<Language, string>;
  /** Example parameter values for the registration (Meta requires examples for templates with variables). */
  example: string[];
  /**
   * Quick reply buttons registered with the template, in order; each is labelled by the message of its key
   * (`yes`, `no`, `autopay`). The renderer gives each button its payload (`FRAUD_YES:<caseId>`,
   * `AUTOPAY:<customerId>:<billId>`): what Meta sends back when the customer taps it, and how the inbound
   * reply handling knows what the tap is about.
   */
  quickReplies?: QuickReplyKey[];
}

/**
 * The copy of one A/B variant: per language, the message keys it overrides. English names the keys the
 * variant overrides; another language may leave one out, and then gets the variant's English text for it
 * (as a missing translation gets English anywhere), never the base copy: a customer recorded as seeing
 * variant B always sees B's wording. Keys the variant's English does not have come from the base copy.
 */
export type VariantMessages = { en: Messages } & Partial<Record<Exclude<Language, 'en'>, Messages>>;

export interface MessageTypeSource {
  /** Dotted message type, as in the delivery log: `balance.low`. */
  type: string;
  category: Category;
  channels: Channel[];
  /** E-mail buttons, in order; the renderer supplies each one's URL (a button without a URL is left out). */
  buttons: ButtonKey[];
  /** Push action buttons, in order. */
  pushActions?: ButtonKey[];
  whatsapp?: WhatsAppSource;
  /** English is complete; any other language may leave keys out (English is used for those keys). */
  messages: { en: Messages } & Partial<Record<Exclude<Language, 'en'>, Messages>>;
  /**
   * A/B variants of the copy, by the variant names of the type's experiment (shared/domain/message-types.ts).
   * The experiment's first variant is the base copy (`messages`) and has no entry here; each other variant
   * overrides some keys (a subject, a call to action) and takes every other key from the base.
   */
  variants?: Record<string, VariantMessages>;
}

export function defineMessageType(source: MessageTypeSource): MessageTypeSource {
  return source;
}

/** Strings every message type shares (greeting, unsubscribe link). */
export interface CommonSource {
  messages: { en: Record<string, string> } & Partial<Record<Exclude<Language, 'en'>, Record<string, string>>>;
}
