// `herald redrive` against AWS: the exact SQS calls that move the job DLQ back to its source queues.
import {
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ListMessageMoveTasksCommand,
  QueueDoesNotExist,
  SQSClient,
  StartMessageMoveTaskCommand,
} from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { redriveCommand } from '../../local/redrive.ts';

const sqs = mockClient(SQSClient);
const URL = 'https://sqs.eu-west-1.amazonaws.com/111111111111/herald-dev-jobs-dlq';
const ARN = 'arn:aws:sqs:eu-west-1:111111111111:herald-dev-jobs-dlq';

/** The job DLQ of `dev`, holding `waiting` jobs. */
function deployed(waiting: number) {
  sqs.on(GetQueueUrlCommand).resolves({ QueueUrl: URL });
  sqs
    .on(GetQueueAttributesCommand)
    .resolves({ Attributes: { QueueArn: ARN, ApproximateNumberOfMessages: String(waiting) } });
  sqs.on(StartMessageMoveTaskCommand).resolves({ TaskHandle: 'task-1' });
}

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await redriveCommand(args, {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    sqs: new SQSClient({ region: 'eu-west-1' }),
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('herald redrive (AWS)', () => {
  beforeEach(() => sqs.reset());

  it('moves the job DLQ of the environment back to its source queues: a move task with no destination', async () => {
    // Prepare
    deployed(3);
    // Act
    const { code, stdout } = await run([]);
    // Assess
    expect(code).toBe(0);
    expect(sqs.commandCalls(GetQueueUrlCommand)[0]?.args[0].input).toEqual({
      QueueName: 'herald-dev-jobs-dlq',
    });
    expect(sqs.commandCalls(GetQueueAttributesCommand)[0]?.args[0].input).toEqual({
      QueueUrl: URL,
      AttributeNames: ['QueueArn', 'ApproximateNumberOfMessages'],
    });
    const starts = sqs.commandCalls(StartMessageMoveTaskCommand);
    expect(starts).toHaveLength(1);
    expect(starts[0]?.args[0].input).toEqual({ SourceArn: ARN });
    expect(stdout).toContain('about 3 job(s)');
    expect(stdout).toContain('task-1');
  });

  it('names the queue after --env, and moves at --rate jobs per second', async () => {
    deployed(1);
    const { code } = await run(['--env', 'prod', '--rate', '50']);
    expect(code).toBe(0);
    expect(sqs.commandCalls(GetQueueUrlCommand)[0]?.args[0].input).toEqual({
      QueueName: 'herald-prod-jobs-dlq',
    });
    expect(sqs.commandCalls(StartMessageMoveTaskCommand)[0]?.args[0].input).toEqual({
      SourceArn: ARN,
      MaxNumberOfMessagesPerSecond: 50,
    });
  });

  it('starts nothing when the job DLQ is empty', async () => {
    deployed(0);
    const { code, stdout } = await run([]);
    expect(code).toBe(0);
    expect(sqs.commandCalls(StartMessageMoveTaskCommand)).toHaveLength(0);
    expect(stdout).toContain('nothing to redrive');
  });

  it('--status lists the move tasks and starts none', async () => {
    deployed(2);
    sqs.on(ListMessageMoveTasksCommand).resolves({
      Results: [
        {
          Status: 'COMPLETED',
          StartedTimestamp: Date.parse('2026-03-03T10:00:00Z'),
          ApproximateNumberOfMessagesMoved: 2,
          ApproximateNumberOfMessagesToMove: 2,
        },
      ],
    });
    const { code, stdout } = await run(['--status']);
    expect(code).toBe(0);
    expect(sqs.commandCalls(ListMessageMoveTasksCommand)[0]?.args[0].input).toEqual({
      SourceArn: ARN,
      MaxResults: 10,
    });
    expect(sqs.commandCalls(StartMessageMoveTaskCommand)).toHaveLength(0);
    expect(stdout).toBe('2026-03-03T10:00:00.000Z COMPLETED: 2 of 2 moved\n');
  });

  it.each([['0'], ['501'], ['1.5'], ['fast']])('refuses --rate %s without calling AWS', async (rate) => {
    const { code, stderr } = await run(['--rate', rate]);
    expect(code).toBe(2);
    expect(stderr).toContain('--rate');
    expect(sqs.calls()).toHaveLength(0);
  });

  it('refuses an environment the config does not define', async () => {
    const { code, stderr } = await run(['--env', 'nowhere']);
    expect(code).toBe(2);
    expect(stderr).toContain('nowhere');
    expect(sqs.calls()).toHaveLength(0);
  });

  it('says which queue it could not find, and where', async () => {
    sqs.on(GetQueueUrlCommand).rejects(new QueueDoesNotExist({ message: 'does not exist', $metadata: {} }));
    const { code, stderr } = await run(['--region', 'eu-central-1']);
    expect(code).toBe(1);
    expect(stderr).toContain('no queue herald-dev-jobs-dlq in eu-central-1');
  });
});
