import { ConflictException, CreateScheduleCommand, type SchedulerClient } from '@aws-sdk/client-scheduler';
import type { Channel } from '../../domain/profile.ts';

export interface DeferredJob {
  notificationId: string;
  channel: Channel;
  notBefore: Date;
  /** The job, exactly as its channel's sender reads it from the queue. */
  body: string;
}

/**
 * Puts a deferred job on its channel's queue at `notBefore`, with a one-off EventBridge Scheduler schedule
 * (deleted once it has run). The schedule is named after the notification, so scheduling the same job
 * twice (a redelivery) makes one schedule.
 */
export class SchedulerJobScheduler {
  constructor(
    private readonly client: SchedulerClient,
    private readonly options: {
      groupName: string;
      roleArn: string;
      queueArns: Partial<Record<Channel, string>>;
    },
  ) {}

  async schedule(job: DeferredJob, now: Date): Promise<'scheduled' | 'already_scheduled'> {
    const queueArn = this.options.queueArns[job.channel];
    if (!queueArn) throw new Error(`no queue configured for channel ${job.channel}`);
    // A job whose time has passed (a late redrive) goes out a minute from now.
    const at = new Date(Math.max(job.notBefore.getTime(), now.getTime() + 60_000));
    try {
      await this.client.send(
        new CreateScheduleCommand({
          Name: `n-${job.notificationId}`,
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
