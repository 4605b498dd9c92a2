/**
 * A deferred job, as the defer queue carries it: the job itself in the body, exactly as the target queue's
 * consumer reads it, and where and when it goes in the message attributes. A message held by quiet hours
 * names its notification and channel (shared/adapters/sqs/queues.ts), a wake-up its id and the DueQueue as
 * target (shared/adapters/sqs/wake-ups.ts).
 */
import * as v from 'valibot';
import { channel, expected } from '../common.ts';
import { instant, text } from './parse.ts';

/** A message held by quiet hours: its schedule is named after the notification, onto its channel's queue. */
export const heldMessageAttributes = v.object(
  { notificationId: text, channel, notBefore: instant },
  expected('an object'),
);

/** A wake-up: its schedule is named after the wake-up, onto the DueQueue. */
export const wakeUpAttributes = v.object(
  { wakeUpId: text, target: v.literal('due', expected('"due"')), notBefore: instant },
  expected('an object'),
);

/** Names the attributes in a reason: `deferred job attributes.notBefore: …`. */
export const DEFERRED_JOB_ATTRIBUTES = 'deferred job attributes';
