// The local Step Functions (local/stepfunctions.ts): definitions run with aws-local-stepfunctions, Wait
// states parked on a simulated timeline, Lambda Tasks as local functions, and the StartExecution /
// StopExecution endpoint the real SFN client calls.
import {
  ExecutionAlreadyExists,
  SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import { StateMachine } from 'aws-local-stepfunctions';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAppModel, synthesizeTemplates } from '../../local/app-model.ts';
import { LocalStepFunctions, parkableDefinition, waitEnd } from '../../local/stepfunctions.ts';

const FN = 'arn:aws:lambda:eu-west-1:000000000000:function:Step';
const MACHINE = 'arn:aws:states:eu-west-1:000000000000:stateMachine:journey';
const DAY = 86_400_000;
const T0 = Date.parse('2026-03-02T09:00:00Z');

/** A simulated timeline like the runtime's: items run one at a time, in time order, each at its time. */
class Timeline {
  now = T0;
  private items: { at: number; seq: number; what: string; run: () => Promise<void> }[] = [];
  private seq = 0;
  readonly ran: string[] = [];
  later(at: number, what: string, run: () => Promise<void>) {
    this.items.push({ at, seq: ++this.seq, what, run });
    this.items.sort((a, b) => a.at - b.at || a.seq - b.seq);
  }
  async runToEnd() {
    for (let item = this.items.shift(); item; item = this.items.shift()) {
      this.now = Math.max(this.now, item.at);
      this.ran.push(`${new Date(this.now).toISOString()} ${item.what}`);
      await item.run();
    }
  }
}

const definition = {
  StartAt: 'First',
  TimeoutSeconds: 40 * 86_400,
  States: {
    First: {
      Type: 'Task',
      Resource: FN,
      Parameters: { 'step.$': '$.step', n: 1 },
      ResultPath: '$.first',
      Retry: [{ ErrorEquals: ['States.TaskFailed'], MaxAttempts: 2, IntervalSeconds: 30 }],
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Failed' }],
      Next: 'WaitTenDays',
    },
    WaitTenDays: { Type: 'Wait', Seconds: 10 * 86_400, Next: 'Second' },
    Second: {
      Type: 'Task',
      Resource: FN,
      Parameters: { n: 2 },
      ResultPath: '$.second',
      Retry: [{ ErrorEquals: ['States.TaskFailed'], MaxAttempts: 2 }],
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Failed' }],
      End: true,
    },
    Failed: { Type: 'Fail', Error: 'StepFailed' },
  },
};

let local: LocalStepFunctions | undefined;
afterEach(async () => {
  await local?.close();
  local = undefined;
});

async function start(invoke: (payload: unknown, now: number) => unknown) {
  const timeline = new Timeline();
  const calls: string[] = [];
  local = await LocalStepFunctions.start([{ key: 'm', name: 'journey', arn: MACHINE, definition }], {
    invoke: async (arn, payload) => {
      calls.push(
        `${new Date(timeline.now).toISOString()} ${arn === FN ? 'Step' : arn} ${JSON.stringify(payload)}`,
      );
      return invoke(payload, timeline.now);
    },
    later: (at, what, run) => timeline.later(at, what, run),
    now: () => new Date(timeline.now),
    log: () => undefined,
  });
  const client = new SFNClient({
    endpoint: local.url,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  return { timeline, calls, client, local };
}

describe('local Step Functions', () => {
  it('runs a Wait on the simulated timeline: ten days pass at once, in time order with other work', async () => {
    const { timeline, calls, client, local } = await start(() => ({ ok: true }));
    await client.send(
      new StartExecutionCommand({ stateMachineArn: MACHINE, name: 'one', input: '{"step":"a"}' }),
    );
    timeline.later(T0 + 5 * DAY, 'a bank event on day 5', async () => undefined);
    await timeline.runToEnd();
    expect(calls).toEqual([
      '2026-03-02T09:00:00.000Z Step {"step":"a","n":1}',
      '2026-03-12T09:00:00.000Z Step {"n":2}',
    ]);
    // The day-5 event ran between the two steps, not after the second.
    expect(timeline.ran.map((r) => r.slice(0, 10))).toEqual([
      '2026-03-02',
      '2026-03-07',
      '2026-03-12',
      '2026-04-11',
    ]);
    const [execution] = local.list();
    expect(execution).toMatchObject({
      status: 'SUCCEEDED',
      transitions: 3,
      history: ['First', 'WaitTenDays', 'Second'],
    });
    expect(execution?.stopDate).toBe('2026-03-12T09:00:00.000Z');
  });

  it('retries a failed Task as the definition says, then catches it; each attempt is a transition', async () => {
    let attempts = 0;
    const { timeline, local, client } = await start(() => {
      attempts += 1;
      throw new Error('boom');
    });
    await client.send(
      new StartExecutionCommand({ stateMachineArn: MACHINE, name: 'failing', input: '{"step":"a"}' }),
    );
    await timeline.runToEnd();
    expect(attempts).toBe(3);
    expect(local.list()[0]).toMatchObject({ status: 'FAILED', history: ['First', 'Failed'], transitions: 4 });
  });

  it('starts by name idempotently, as Step Functions does, and stops a parked execution', async () => {
    const { timeline, calls, client, local } = await start(() => ({}));
    const first = await client.send(
      new StartExecutionCommand({ stateMachineArn: MACHINE, name: 'x', input: '{"step":"a"}' }),
    );
    const again = await client.send(
      new StartExecutionCommand({ stateMachineArn: MACHINE, name: 'x', input: '{"step":"a"}' }),
    );
    expect(again.executionArn).toBe(first.executionArn);
    expect(first.executionArn).toBe('arn:aws:states:eu-west-1:000000000000:execution:journey:x');
    await expect(
      client.send(new StartExecutionCommand({ stateMachineArn: MACHINE, name: 'x', input: '{"step":"b"}' })),
    ).rejects.toBeInstanceOf(ExecutionAlreadyExists);
    timeline.later(T0 + 3 * DAY, 'stop', async () => {
      await client.send(new StopExecutionCommand({ executionArn: first.executionArn }));
    });
    await timeline.runToEnd();
    expect(calls).toHaveLength(1); // the second Task never ran
    expect(local.list()).toMatchObject([
      { name: 'x', status: 'ABORTED', stopDate: '2026-03-05T09:00:00.000Z' },
    ]);
    await expect(
      client.send(new StartExecutionCommand({ stateMachineArn: MACHINE, name: 'x', input: '{"step":"a"}' })),
    ).rejects.toBeInstanceOf(ExecutionAlreadyExists);
  });

  it('works out a Wait as Step Functions does: Seconds, Timestamp, and their paths', () => {
    const now = new Date(T0);
    expect(waitEnd({ Seconds: 60 }, {}, now)).toBe(T0 + 60_000);
    expect(waitEnd({ SecondsPath: '$.wait.s' }, { wait: { s: 5 } }, now)).toBe(T0 + 5000);
    expect(waitEnd({ Timestamp: '2026-03-03T00:00:00Z' }, {}, now)).toBe(Date.parse('2026-03-03T00:00:00Z'));
    expect(waitEnd({ TimestampPath: '$.at' }, { at: '2026-03-01T00:00:00Z' }, now)).toBe(T0); // past: no wait
    const { definition: parkable, waits } = parkableDefinition(definition as never);
    expect(parkable.States.WaitTenDays).toMatchObject({ Type: 'Task', Next: 'Second' });
    expect(waits.get('WaitTenDays')).toEqual(definition.States.WaitTenDays);
    expect(parkable.TimeoutSeconds).toBeUndefined();
  });

  it('runs definitions the library accepts: the local rewrite of every deployed state machine is valid', () => {
    // Prepare: the template's state machines, as the local stack reads them
    const model = buildAppModel(synthesizeTemplates(), {
      sqsEndpoint: 'http://127.0.0.1:1',
      region: 'eu-west-1',
    });
    // Act: the library's own check, which the local stack leaves out at run time
    const problems = model.stateMachines.flatMap((machine) => {
      try {
        new StateMachine(parkableDefinition(machine.definition as never).definition as never, {
          validationOptions: { checkArn: false },
        });
        return [];
      } catch (error) {
        return [`${machine.arn}: ${String(error)}`];
      }
    });
    // Assess
    expect(model.stateMachines.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
