import { ConflictException, CreateScheduleCommand, type SchedulerClient } from '@aws-sdk/client-scheduler';
import {
  DEFERRED_JOB_ATTRIBUTES,
  heldMessageAttributes,
  wakeUpAttributes,
} from '../../contract/internal/deferred-job.ts';
import { parseInternal } from '../../contract/internal/parse.ts';
import type { ParseResult } from '../../contract/validate.ts';
import type { Channel } from '../../domain/profile.ts';
import type { JobQueue, MessageJob } from '../../ports/queues.ts';

/**
 * Where a deferred job goes when its time comes: a channel's queue (a message held by quiet hours), or
 * `due`, the DueQueue (a wake-up, e.g. a tax-date reminder on its date).
 */
export type DeferTarget = Channel | 'due';

export interface DeferredJob {
  /** Names the schedule: the notification id of a message, the wake-up id of a wake-up. */
  id: string;
  target: DeferTarget;
  notBefore: Date;
  /** The job, exactly as the target queue's consumer reads it. */
  body: string;
}

/** The schedule's name: `n-` + the notification id for a message, `w-` + the wake-up id for a wake-up. */
export const scheduleName = (job: Pick<DeferredJob, 'id' | 'target'>): string =>
  `${job.target === 'due' ? 'w' : 'n'}-${job.id}`;

/**
 * Puts a deferred job on its target queue at `notBefore`, with a one-off EventBridge Scheduler schedule
 * (deleted once it has run). The schedule is named after the job, so scheduling the same job twice (a
 * redelivery) makes one schedule.
 */
export class SchedulerJobScheduler {
  constructor(
    private readonly client: SchedulerClient,
    private readonly options: {
      groupName: string;
      roleArn: string;
      queueArns: Partial<Record<DeferTarget, string>>;
    },
  ) {}

  async schedule(job: DeferredJob, now: Date): Promise<'scheduled' | 'already_scheduled'> {
    const queueArn = this.options.queueArns[job.target];
    if (!queueArn) throw new Error(`no queue configured for ${job.target}`);
    // A job whose time has passed (a late redrive, a reminder for later today) goes out a minute from now.
    const at = new Date(Math.max(job.notBefore.getTime(), now.getTime() + 60_000));
    try {
      await this.client.send(
        new CreateScheduleCommand({
          Name: scheduleName(job),
          GroupName: this.options.groupName,
          ScheduleExpression: `at(${at.toISOString().slice(0, 19)})`,
          ScheduleExpressionTimezone: 'UTC',
          FlexibleTimeWindow: { Mode: 'OFF' },
          ActionAfterCompletion: 'DELETE',
          Target: {
            Arn: queueArn,
            RoleArn: this.options.roleArn,
            Input: job.body,
            RetryPolicy: { MaximumEventAgeInSeconds: 86_400, MaximumRetryAttempts: 185 },
          },
        }),
      );
      return 'scheduled';
    } catch (error) {
      if (error instanceof ConflictException) return 'already_scheduled';
      throw error;
    }
  }
}

/**
 * The channel queues reached through one-off schedules, for defer, which has a Scheduler client and no
 * SQS one for them: a job goes onto its channel's queue at `notBefore`, or `delaySeconds` after now but
 * never before `notEarlierThan` (the end of the quiet hours a held message waited for).
 */
export class ScheduledJobQueue implements JobQueue {
  constructor(
    private readonly scheduler: SchedulerJobScheduler,
    private readonly now: () => Date,
    private readonly notEarlierThan?: Date,
  ) {}

  async enqueue(job: MessageJob, options: { notBefore?: Date; delaySeconds?: number } = {}): Promise<void> {
    const now = this.now();
    const from = Math.max(now.getTime(), this.notEarlierThan?.getTime() ?? 0);
    const at = options.notBefore ?? new Date(from + (options.delaySeconds ?? 0) * 1000);
    await this.scheduler.schedule(
      { id: job.notificationId, target: job.channel, notBefore: at, body: JSON.stringify(job) },
      now,
    );
  }
}

/**
 * A DeferQueue message as a job, read with its attributes' schema (shared/contract/internal/deferred-job.ts):
 * a wake-up carries `wakeUpId` and `target`, a held message `notificationId` and `channel`; both carry
 * `notBefore`. The reason names the attribute when they are not one of them.
 */
export function deferredJobOf(
  attributes: Record<string, { stringValue?: string | undefined } | undefined>,
  body: string,
): ParseResult<DeferredJob> {
  const values = Object.fromEntries(Object.entries(attributes).map(([name, a]) => [name, a?.stringValue]));
  if (values.wakeUpId !== undefined) {
    const wakeUp = parseInternal(wakeUpAttributes, values, DEFERRED_JOB_ATTRIBUTES);
    if (!wakeUp.ok) return wakeUp;
    const { wakeUpId: id, target, notBefore } = wakeUp.value;
    return { ok: true, value: { id, target, notBefore: new Date(notBefore), body } };
  }
  const held = parseInternal(heldMessageAttributes, values, DEFERRED_JOB_ATTRIBUTES);
  if (!held.ok) return held;
  const { notificationId: id, channel: target, notBefore } = held.value;
  return { ok: true, value: { id, target, notBefore: new Date(notBefore), body } };
}
