// The local stand-in for `.waitForTaskToken` (local/stepfunctions.ts), held to Step Functions' callback
// contract with the real SFN client: the token reaches the function where the definition puts
// `$$.Task.Token`; SendTaskSuccess resumes with its output, SendTaskFailure fails the Task with its error;
// a token answers once; TimeoutSecondsPath and HeartbeatSeconds run out on the simulated timeline and fail
// the Task with States.Timeout / States.HeartbeatTimeout, which are caught, not retried.
import {
  SendTaskFailureCommand,
  SendTaskHeartbeatCommand,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
  TaskTimedOut,
} from '@aws-sdk/client-sfn';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalStepFunctions, parkableDefinition } from '../../local/stepfunctions.ts';

const FN = 'arn:aws:lambda:eu-west-1:000000000000:function:Wait';
const MACHINE = 'arn:aws:states:eu-west-1:000000000000:stateMachine:fraud-reply';
const T0 = Date.parse('2026-03-03T10:00:00Z');

const definition = {
  StartAt: 'Await',
  States: {
    Await: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      Parameters: {
        FunctionName: FN,
        Payload: { 'caseId.$': '$.caseId', 'taskToken.$': '$$.Task.Token' },
      },
      TimeoutSecondsPath: '$.seconds',
      HeartbeatSeconds: 600,
      ResultPath: '$.reply',
      Retry: [{ ErrorEquals: ['States.TaskFailed'], MaxAttempts: 2 }],
      Catch: [
        { ErrorEquals: ['States.Timeout'], ResultPath: '$.timedOut', Next: 'TimedOut' },
        { ErrorEquals: ['States.HeartbeatTimeout'], ResultPath: '$.timedOut', Next: 'TimedOut' },
        { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Failed' },
      ],
      End: true,
    },
    TimedOut: { Type: 'Pass', End: true },
    Failed: { Type: 'Fail', Error: 'Failed' },
  },
};

let local: LocalStepFunctions | undefined;
afterEach(async () => {
  await local?.close();
  local = undefined;
});

/** A local SFN with a simulated timeline; `actions` run at their times, between the timeline's items. */
async function run(seconds: number, actions: [number, (token: string, sfn: SFNClient) => Promise<void>][]) {
  let now = T0;
  const items: { at: number; seq: number; run: () => Promise<void> }[] = [];
  let seq = 0;
  const tokens: string[] = [];
  local = await LocalStepFunctions.start([{ key: 'm', name: 'fraud-reply', arn: MACHINE, definition }], {
    invoke: async (_arn, payload) => {
      tokens.push((payload as { taskToken: string }).taskToken);
      return null;
    },
    later: (at, _what, run) => {
      items.push({ at, seq: ++seq, run });
      items.sort((a, b) => a.at - b.at || a.seq - b.seq);
    },
    now: () => new Date(now),
    log: () => undefined,
  });
  const sfn = new SFNClient({
    endpoint: local.url,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'l', secretAccessKey: 'l' },
  });
  await sfn.send(
    new StartExecutionCommand({
      stateMachineArn: MACHINE,
      name: 'case-1',
      input: JSON.stringify({ caseId: 'case-1', seconds }),
    }),
  );
  const pending = [...actions];
  for (;;) {
    const next = items[0];
    const action = pending[0];
    if (action && (!next || T0 + action[0] * 1000 < next.at)) {
      pending.shift();
      now = T0 + action[0] * 1000;
      await action[1](tokens.at(-1) ?? '', sfn);
      continue;
    }
    if (!next) break;
    items.shift();
    now = Math.max(now, next.at);
    await next.run();
  }
  const [execution] = local.list();
  return { execution, tokens, output: execution };
}

describe('local .waitForTaskToken stand-in', () => {
  it('moves the Task timeouts into its Parameters and leaves a placeholder for the token', () => {
    const { definition: parked, callbacks } = parkableDefinition(definition as never);
    expect([...callbacks]).toEqual(['Await']);
    const state = parked.States.Await as Record<string, unknown>;
    expect(state.TimeoutSecondsPath).toBeUndefined();
    expect(state.Parameters).toMatchObject({
      '__heraldTimeoutSeconds.$': '$.seconds',
      __heraldHeartbeatSeconds: 600,
      Payload: { taskToken: '__herald_local_task_token__' },
    });
  });

  it('hands the function a token; SendTaskSuccess resumes the same execution once, a second call is TaskTimedOut', async () => {
    let second: unknown;
    const { execution, tokens } = await run(1800, [
      [
        300,
        async (token, sfn) => {
          await sfn.send(new SendTaskSuccessCommand({ taskToken: token, output: '{"answer":"fraud"}' }));
          second = await sfn
            .send(new SendTaskSuccessCommand({ taskToken: token, output: '{"answer":"genuine"}' }))
            .catch((e: unknown) => e);
        },
      ],
    ]);
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatch(/^local-task-token-/);
    expect(second).toBeInstanceOf(TaskTimedOut);
    expect(execution?.status).toBe('SUCCEEDED');
    expect(execution?.history).toEqual(['Await']);
    expect(execution?.stopDate).toBe('2026-03-03T10:05:00.000Z');
  });

  it('times out at TimeoutSecondsPath on the simulated clock (States.Timeout, caught, not retried)', async () => {
    const { execution, tokens } = await run(420, [
      [
        400,
        async (token, sfn) => {
          await sfn.send(new SendTaskHeartbeatCommand({ taskToken: token }));
        },
      ],
    ]);
    expect(tokens).toHaveLength(1);
    expect(execution?.history).toEqual(['Await', 'TimedOut']);
    expect(execution?.stopDate).toBe('2026-03-03T10:07:00.000Z');
  });

  it('fails with States.HeartbeatTimeout when no heartbeat comes within HeartbeatSeconds; a heartbeat restarts it', async () => {
    const quiet = await run(3600, []);
    expect(quiet.execution?.history).toEqual(['Await', 'TimedOut']);
    expect(quiet.execution?.stopDate).toBe('2026-03-03T10:10:00.000Z');
    await local?.close();
    const beating = await run(3600, [
      [
        500,
        async (token, sfn) => {
          await sfn.send(new SendTaskHeartbeatCommand({ taskToken: token }));
        },
      ],
    ]);
    expect(beating.execution?.stopDate).toBe('2026-03-03T10:18:20.000Z');
  });

  it('SendTaskFailure fails the Task with its error: retried as States.TaskFailed (a new token each time), then caught', async () => {
    const fail = async (token: string, sfn: SFNClient) => {
      await sfn.send(new SendTaskFailureCommand({ taskToken: token, error: 'Erased', cause: 'gone' }));
    };
    const { execution, tokens } = await run(1800, [
      [60, fail],
      [61, fail],
      [62, fail],
    ]);
    expect(new Set(tokens).size).toBe(3);
    expect(execution?.status).toBe('FAILED');
    expect(execution?.history).toEqual(['Await', 'Failed']);
    expect(execution?.stopDate).toBe('2026-03-03T10:01:02.000Z');
  });
});
