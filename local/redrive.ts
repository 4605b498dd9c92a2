// `herald redrive`: moves the jobs a deployed Herald gave up on (the job dead-letter queue of the
// environment's stateful stack) back to the queues they came from, with SQS StartMessageMoveTask. The local
// stack does the same with `LocalHerald.redriveDeadLetters()`.
import { parseArgs } from 'node:util';
import {
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ListMessageMoveTasksCommand,
  SQSClient,
  StartMessageMoveTaskCommand,
} from '@aws-sdk/client-sqs';
import { HeraldConfigError, jobDeadLetterQueueName, loadConfig } from '../infra/config.ts';

export const REDRIVE_USAGE =
  'herald redrive [--env NAME] [--region REGION] [--rate N] [--status]   move the jobs in the job DLQ back to their queues (SQS StartMessageMoveTask)';

/** SQS's highest `MaxNumberOfMessagesPerSecond` for a message move task. */
const MAX_RATE = 500;

export interface RedriveIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The SQS client to use; by default one for the region (credentials from the usual AWS chain). */
  sqs?: SQSClient;
}

/**
 * `herald redrive [--env NAME] [--region REGION] [--rate N] [--status]`:
 * 1. finds the environment's job DLQ by name (`herald-<env>-jobs-dlq`, `--env` default `dev`) in its
 *    configured region (or `--region`);
 * 2. with `--status`, lists its recent message move tasks and stops there;
 * 3. otherwise, unless it is empty, starts a message move task without a destination, so that each job goes
 *    back to the queue it was dead-lettered from (at `--rate` jobs per second, else as fast as SQS goes).
 * Returns the exit code: 0 done, 1 an AWS error, 2 a usage error. A redriven job sends nothing twice: the
 * message ledger skips a message already sent, or superseded by its fallback.
 */
export async function redriveCommand(args: string[], io: RedriveIo): Promise<number> {
  let values: { env?: string; region?: string; rate?: string; status?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        env: { type: 'string' },
        region: { type: 'string' },
        rate: { type: 'string' },
        status: { type: 'boolean' },
      },
    }));
  } catch (error) {
    io.stderr(`herald redrive: ${(error as Error).message}\nusage: ${REDRIVE_USAGE}\n`);
    return 2;
  }
  const rate = values.rate === undefined ? undefined : Number(values.rate);
  if (rate !== undefined && !(Number.isInteger(rate) && rate >= 1 && rate <= MAX_RATE)) {
    io.stderr(`herald redrive: --rate must be a whole number of jobs per second, 1 to ${MAX_RATE}\n`);
    return 2;
  }
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(values.env ?? 'dev');
  } catch (error) {
    if (!(error instanceof HeraldConfigError)) throw error;
    io.stderr(`herald redrive: ${error.message}\n`);
    return 2;
  }
  const region = values.region ?? config.region;
  const queueName = jobDeadLetterQueueName(config);
  const sqs = io.sqs ?? new SQSClient({ region });
  try {
    const { QueueUrl } = await sqs.send(new GetQueueUrlCommand({ QueueName: queueName }));
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl,
        AttributeNames: ['QueueArn', 'ApproximateNumberOfMessages'],
      }),
    );
    const sourceArn = Attributes?.QueueArn;
    if (!sourceArn) throw new Error(`SQS did not return the ARN of ${queueName}`);
    if (values.status) {
      const { Results = [] } = await sqs.send(
        new ListMessageMoveTasksCommand({ SourceArn: sourceArn, MaxResults: 10 }),
      );
      if (Results.length === 0) io.stdout(`no redrive of ${queueName} yet\n`);
      for (const task of Results) {
        const started = task.StartedTimestamp ? new Date(task.StartedTimestamp).toISOString() : '?';
        io.stdout(
          `${started} ${task.Status}: ${task.ApproximateNumberOfMessagesMoved ?? 0} of ` +
            `${task.ApproximateNumberOfMessagesToMove ?? '?'} moved${task.FailureReason ? ` (${task.FailureReason})` : ''}\n`,
        );
      }
      return 0;
    }
    const waiting = Number(Attributes?.ApproximateNumberOfMessages ?? 0);
    if (waiting === 0) {
      io.stdout(`nothing to redrive: ${queueName} is empty\n`);
      return 0;
    }
    const { TaskHandle } = await sqs.send(
      new StartMessageMoveTaskCommand({
        SourceArn: sourceArn,
        ...(rate !== undefined ? { MaxNumberOfMessagesPerSecond: rate } : {}),
      }),
    );
    io.stdout(
      `redriving about ${waiting} job(s) from ${queueName} back to their queues (task ${TaskHandle ?? '?'}); ` +
        `follow it with: herald redrive --env ${config.envName} --status\n`,
    );
    return 0;
  } catch (error) {
    const name = error instanceof Error ? error.name : 'Error';
    const hint =
      name === 'QueueDoesNotExist' || name === 'AWS.SimpleQueueService.NonExistentQueue'
        ? ` (no queue ${queueName} in ${region}: is Herald ${config.envName} deployed there?)`
        : '';
    io.stderr(`herald redrive: ${name}: ${error instanceof Error ? error.message : String(error)}${hint}\n`);
    return 1;
  }
}
