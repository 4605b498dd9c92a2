// What the local stack keeps of a run: the records it prints and the messages handed to the providers.
import type { DeliveryRecord, RejectedRecord } from '../shared/domain/delivery-record.ts';

export interface EmittedRecord {
  kind: 'emitted';
  v: 1;
  time: string;
  source: 'herald';
  detailType: string;
  detail: unknown;
}

export type OutputRecord = DeliveryRecord | RejectedRecord | EmittedRecord;

/** What was handed to a provider, as the outbox keeps it. */
export type OutboxMessage =
  | {
      channel: 'email';
      providerMessageId: string;
      time: string;
      from: string;
      to: string[];
      subject: string;
      files: string[];
      tags: Record<string, string>;
      /** Headers the sender set (e.g. List-Unsubscribe). */
      headers: Record<string, string>;
      /** The links of the HTML body, in order (what a replayed click can open). */
      links?: string[];
    }
  | {
      channel: 'sms';
      providerMessageId: string;
      time: string;
      to: string;
      text: string;
      smsType?: string;
      files: string[];
    }
  | {
      channel: 'push';
      providerMessageId: string;
      time: string;
      /** `APNS` or `GCM`. */
      platform: string;
      title?: string;
      body?: string;
      data: Record<string, string>;
      files: string[];
    }
  | {
      channel: 'whatsapp';
      providerMessageId: string;
      time: string;
      to: string;
      template?: string;
      language?: string;
      files: string[];
    };
