import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { jsonText } from '../../domain/json-text.ts';
import type { Channel } from '../../domain/profile.ts';
import type { RenderFunction } from '../../notifications/definition.ts';
import { renderFunctionOf } from '../../notifications/render-queues.ts';
import type { DeadLetters, JobQueue, MessageJob, PlannedJob, PlanQueue } from '../../ports/queues.ts';

/**
 * Queues each message job on its channel's queue; a job for later (quiet hours) goes to the defer queue,
 * whose function schedules it onto the channel's queue at `notBefore`.
 */
export class SqsJobQueue implements JobQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrls: Partial<Record<Channel, string>>,
    private readonly deferQueueUrl?: string,
  ) {}

  async enqueue(job: MessageJob, options: { notBefore?: Date; delaySeconds?: number } = {}): Promise<void> {
    const queueUrl = options.notBefore ? this.deferQueueUrl : this.queueUrls[job.channel];
    if (!queueUrl)
      throw new Error(`no queue configured for ${options.notBefore ? 'deferred jobs' : job.channel}`);
    await this.client.send(
      new SendMessageCommand({
        QueueUrl: queueUrl,
        MessageBody: JSON.stringify(job),
        ...(options.delaySeconds && !options.notBefore ? { DelaySeconds: options.delaySeconds } : {}),
        MessageAttributes: {
          notificationId: { DataType: 'String', StringValue: job.notificationId },
          type: { DataType: 'String', StringValue: job.type },
          channel: { DataType: 'String', StringValue: job.channel },
          ...(options.notBefore
            ? { notBefore: { DataType: 'String', StringValue: options.notBefore.toISOString() } }
            : {}),
        },
      }),
    );
  }
}

/**
 * Hands each planned message to the queue of the render function its type's definition names (`render`):
 * a trigger is given the queues of the render functions of the types it raises (its manifest's `raises`,
 * shared/adapters/lambda/manifest-parts.ts `triggerParts`).
 * A type whose render function's queue it was not given is refused, and nothing is sent.
 */
export class SqsPlanQueue implements PlanQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrls: Partial<Record<RenderFunction, string>>,
  ) {}

  async submit(job: PlannedJob): Promise<void> {
    const fn = renderFunctionOf(job.type);
    const queueUrl = this.queueUrls[fn];
    if (!queueUrl)
      throw new Error(`${job.type} is written by ${fn}, whose queue this function was not given`);
    await this.client.send(
      new SendMessageCommand({
        QueueUrl: queueUrl,
        MessageBody: JSON.stringify(job),
        MessageAttributes: {
          notificationId: { DataType: 'String', StringValue: job.notificationId },
          type: { DataType: 'String', StringValue: job.type },
        },
      }),
    );
  }
}

/**
 * The most a dead-letter body may take, in UTF-8 bytes: SQS takes 256 KiB per message, attributes
 * included, and an EventBridge event may itself be 256 KB before its strings are escaped.
 */
export const DEAD_LETTER_BODY_BYTES = 240_000;

// Characters SQS refuses in a message (anything outside #x9 | #xA | #xD | #x20-#xD7FF | #xE000-#xFFFD |
// #x10000-#x10FFFF): control characters, lone surrogates, U+FFFE and U+FFFF.
const NOT_SQS_TEXT = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** An attribute value SQS accepts: its refused characters replaced, at most `max` characters, never empty. */
export function sqsAttributeText(value: unknown, max: number): string {
  const text = (typeof value === 'string' ? value : jsonText(value)).replace(NOT_SQS_TEXT, '\uFFFD');
  const kept = text.slice(0, max);
  // Never half of a surrogate pair at the cut.
  return (/[\uD800-\uDBFF]$/.test(kept) ? kept.slice(0, -1) : kept) || '(none)';
}

/**
 * The dead-letter body of a rejected event: `{kind, reason, event}`, written without recursion (any depth)
 * and with the only characters JSON leaves raw that SQS refuses (U+FFFE, U+FFFF; they can only be inside
 * strings) escaped. An event too large for one message is kept as the start of its JSON text
 * (`eventText`, with `truncated` and the full `eventChars`).
 */
export function deadLetterBody(reason: string, event: unknown): string {
  const sqsSafe = (text: string) =>
    text.replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  const body = sqsSafe(jsonText({ kind: 'rejected', reason, event }));
  if (Buffer.byteLength(body, 'utf8') <= DEAD_LETTER_BODY_BYTES) return body;
  const text = jsonText(event);
  for (let keep = Math.min(text.length, DEAD_LETTER_BODY_BYTES); ; keep = Math.floor(keep / 2)) {
    const truncated = sqsSafe(
      JSON.stringify({
        kind: 'rejected',
        reason: reason.slice(0, 1000),
        truncated: true,
        eventChars: text.length,
        eventText: text.slice(0, keep),
      }),
    );
    if (keep === 0 || Buffer.byteLength(truncated, 'utf8') <= DEAD_LETTER_BODY_BYTES) return truncated;
  }
}

/**
 * Keeps rejected inputs in the dead-letter queue: the reason as attributes, the whole event as the body.
 * Whatever the event holds (any nesting depth, any characters, any size up to EventBridge's), the write
 * is one message SQS accepts.
 */
export class SqsDeadLetters implements DeadLetters {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async reject(entry: {
    source: string;
    detailType: string;
    eventId?: string;
    reason: string;
    event: unknown;
  }): Promise<void> {
    await this.client.send(
      new SendMessageCommand({
        QueueUrl: this.queueUrl,
        MessageBody: deadLetterBody(entry.reason, entry.event),
        MessageAttributes: {
          kind: { DataType: 'String', StringValue: 'rejected' },
          reason: { DataType: 'String', StringValue: sqsAttributeText(entry.reason, 1000) },
          source: { DataType: 'String', StringValue: sqsAttributeText(entry.source, 256) },
          detailType: { DataType: 'String', StringValue: sqsAttributeText(entry.detailType, 256) },
          ...(entry.eventId
            ? { eventId: { DataType: 'String', StringValue: sqsAttributeText(entry.eventId, 256) } }
            : {}),
        },
      }),
    );
  }
}
