import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { Channel } from '../../domain/profile.ts';
import type { DeadLetters, JobQueue, MessageJob, PlannedJob, PlanQueue } from '../../ports/ports.ts';

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

/** Hands planned messages to the render function's queue. */
export class SqsPlanQueue implements PlanQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async submit(job: PlannedJob): Promise<void> {
    await this.client.send(
      new SendMessageCommand({
        QueueUrl: this.queueUrl,
        MessageBody: JSON.stringify(job),
        MessageAttributes: {
          notificationId: { DataType: 'String', StringValue: job.notificationId },
          type: { DataType: 'String', StringValue: job.type },
        },
      }),
    );
  }
}

/** Keeps rejected inputs in the dead-letter queue: the reason as attributes, the whole event as the body. */
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
        MessageBody: JSON.stringify({ kind: 'rejected', reason: entry.reason, event: entry.event }),
        MessageAttributes: {
          kind: { DataType: 'String', StringValue: 'rejected' },
          reason: { DataType: 'String', StringValue: entry.reason.slice(0, 1000) },
          source: { DataType: 'String', StringValue: entry.source || '(none)' },
          detailType: { DataType: 'String', StringValue: entry.detailType || '(none)' },
          ...(entry.eventId ? { eventId: { DataType: 'String', StringValue: entry.eventId } } : {}),
        },
      }),
    );
  }
}
