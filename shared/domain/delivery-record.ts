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

/** Builds a record with the brief's key order, leaving out optional fields that are not set. */
export function deliveryRecord(fields: Omit<DeliveryRecord, 'kind' | 'v'>): DeliveryRecord {
  const record: DeliveryRecord = { kind: 'delivery', v: 1, ...fields };
  for (const key of Object.keys(record) as (keyof DeliveryRecord)[]) {
    if (record[key] === undefined) delete record[key];
  }
  return record;
}
