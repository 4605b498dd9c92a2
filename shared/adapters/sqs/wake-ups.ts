import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { WakeUps } from '../../ports/queues.ts';

/**
 * Wake-ups go through the defer queue, like messages held by quiet hours: the defer function turns each
 * into a one-off EventBridge Scheduler schedule (named after `id`, so the same wake-up is scheduled once)
 * that puts `body` on the DueQueue at `at`. The trigger itself then needs no Scheduler client.
 */
export class SqsWakeUps implements WakeUps {
  constructor(
    private readonly client: SQSClient,
    private readonly deferQueueUrl: string,
  ) {}

  async arrange(wakeUp: { id: string; at: Date; body: string }): Promise<void> {
    await this.client.send(
      new SendMessageCommand({
        QueueUrl: this.deferQueueUrl,
        MessageBody: wakeUp.body,
        MessageAttributes: {
          target: { DataType: 'String', StringValue: 'due' },
          wakeUpId: { DataType: 'String', StringValue: wakeUp.id },
          notBefore: { DataType: 'String', StringValue: wakeUp.at.toISOString() },
        },
      }),
    );
  }
}
