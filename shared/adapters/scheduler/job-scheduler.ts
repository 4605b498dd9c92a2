import { ConflictException, CreateScheduleCommand, type SchedulerClient } from '@aws-sdk/client-scheduler';
import type { Channel } from '../../domain/profile.ts';

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
 * A DeferQueue message as a job: a message job carries `notificationId` and `channel`
 * (shared/adapters/sqs/queues.ts), a wake-up `wakeUpId` and `target` (shared/adapters/sqs/wake-ups.ts); both
 * carry `notBefore`. Undefined when an attribute is missing or the time is not one.
 */
export function deferredJobOf(
  attributes: Record<string, { stringValue?: string | undefined } | undefined>,
  body: string,
): DeferredJob | undefined {
  const wakeUpId = attributes.wakeUpId?.stringValue;
  const id = wakeUpId ?? attributes.notificationId?.stringValue;
  const target = (wakeUpId ? attributes.target?.stringValue : attributes.channel?.stringValue) as
    | DeferTarget
    | undefined;
  const notBefore = new Date(attributes.notBefore?.stringValue ?? '');
  if (!id || !target || Number.isNaN(notBefore.getTime())) return undefined;
  return { id, target, notBefore, body };
}
