// What a provider carries back to Herald about a message (SES message tags): enough to write the delivery
// log record of a later event (bounce, open, click) without a lookup. SES tag names and values may only
// hold ASCII letters, digits, `_` and `-`, so every value is UTF-8 in base64url.
import type { Category, Channel } from './profile.ts';

export interface MessageIdentity {
  notificationId: string;
  eventId: string;
  customerId: string;
  type: string;
  category: Category;
  channel: Channel;
  locale: string;
  template: string;
}

const TAGS: Record<keyof MessageIdentity, string> = {
  notificationId: 'herald_nid',
  eventId: 'herald_eid',
  customerId: 'herald_cid',
  type: 'herald_type',
  category: 'herald_cat',
  channel: 'herald_ch',
  locale: 'herald_loc',
  template: 'herald_tpl',
};

const encode = (value: string) => Buffer.from(value, 'utf8').toString('base64url');
const decode = (value: string) => Buffer.from(value, 'base64url').toString('utf8');

export function toMessageTags(identity: MessageIdentity): { Name: string; Value: string }[] {
  return (Object.keys(TAGS) as (keyof MessageIdentity)[]).map((field) => ({
    Name: TAGS[field],
    Value: encode(identity[field]),
  }));
}

/** Reads the tags back, as SES reports them (`{ name: [value] }`); undefined when a tag is missing. */
export function fromMessageTags(
  tags: Record<string, string[] | undefined> | undefined,
): MessageIdentity | undefined {
  const fields: Partial<Record<keyof MessageIdentity, string>> = {};
  for (const field of Object.keys(TAGS) as (keyof MessageIdentity)[]) {
    const value = tags?.[TAGS[field]]?.[0];
    if (value === undefined) return undefined;
    fields[field] = decode(value);
  }
  return fields as MessageIdentity;
}
