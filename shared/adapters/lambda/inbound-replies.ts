import { createHash } from 'node:crypto';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { SNSEvent } from 'aws-lambda';
import { takeInboundReply } from '../../application/inbound-replies.ts';
import { repliesIn } from '../sns/inbound-replies.ts';

/**
 * Takes every reply of an SNS delivery, one after the other, and logs what each led to (neither the number
 * nor the text). A message without the provider's id is named by its SNS id, or by a hash of itself.
 */
export async function takeInboundReplies(
  event: SNSEvent,
  deps: Parameters<typeof takeInboundReply>[1],
  logger: Logger,
): Promise<void> {
  for (const snsRecord of event.Records) {
    const { Message, MessageId, Timestamp } = snsRecord.Sns;
    const fallbackId =
      MessageId ?? `sns-${createHash('sha256').update(Message).digest('base64url').slice(0, 32)}`;
    for (const reply of repliesIn(Message)) {
      const result = await takeInboundReply(
        {
          ...reply,
          messageId: reply.messageId ?? fallbackId,
          ...(Timestamp ? { receivedAt: Timestamp } : {}),
        },
        deps,
      );
      logger.info(`${result.kind} reply`, { channel: reply.channel, ...result });
    }
  }
}
