// The delivery log record v1 and the rejected-event record v1 of the product brief. Field names are public.
import type { Category, Channel } from './profile.ts';

export type DeliveryStatus =
  | 'sent'
  | 'delivered'
  | 'failed'
  | 'suppressed'
  | 'deferred'
  | 'bounced'
  | 'complained'
  | 'opened'
  | 'clicked'
  | 'replied'
  | 'converted';

export interface DeliveryRecord {
  kind: 'delivery';
  v: 1;
  time: string;
  notificationId: string;
  eventId: string;
  customerId: string;
  type: string;
  category: Category;
  channel: Channel;
  status: DeliveryStatus;
  reason?: string;
  journey?: string;
  step?: string;
  variant?: string;
  locale: string;
  template: string;
  providerMessageId?: string;
  latencyMs?: number;
}

export interface RejectedRecord {
  kind: 'rejected';
  v: 1;
  time: string;
  eventId?: string;
  source: string;
  detailType: string;
  reason: string;
}

const FIELD_ORDER = [
  'time',
  'notificationId',
  'eventId',
  'customerId',
  'type',
  'category',
  'channel',
  'status',
  'reason',
  'journey',
  'step',
  'variant',
  'locale',
  'template',
  'providerMessageId',
  'latencyMs',
] as const;

/** Builds a record with the brief's key order, leaving out optional fields that are not set. */
export function deliveryRecord(fields: Omit<DeliveryRecord, 'kind' | 'v'>): DeliveryRecord {
  const record: Record<string, unknown> = { kind: 'delivery', v: 1 };
  for (const key of FIELD_ORDER) {
    if (fields[key] !== undefined) record[key] = fields[key];
  }
  return record as unknown as DeliveryRecord;
}
