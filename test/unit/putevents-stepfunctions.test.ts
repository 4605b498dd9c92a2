// The local `events:putEvents` Task (local/stepfunctions.ts), held to the optimized EventBridge integration
// as the Step Functions developer guide describes it ("Add EventBridge events with Step Functions"): the
// execution ARN and the state machine ARN are appended to the Resources of each entry, and a PutEvents
// response with a non-zero FailedEntryCount fails the Task with `EventBridge.FailedEntry`. Entries are
// checked as EventBridge checks them (local/bus/put-events.ts); the ones it takes still go on the bus.
import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { afterEach, describe, expect, it } from 'vitest';
import type { AcceptedEntry } from '../../local/bus/put-events.ts';
import { type LocalExecution, LocalStepFunctions } from '../../local/stepfunctions.ts';

const REPORT = 'arn:aws:lambda:eu-west-1:000000000000:function:Report';
const MACHINE = 'arn:aws:states:eu-west-1:000000000000:stateMachine:emit';
const EXECUTION = 'arn:aws:states:eu-west-1:000000000000:execution:emit:run-1';
const T0 = Date.parse('2026-03-03T10:00:00Z');

/** Emit the input's entries; the outcome (result or caught error) goes to the Report function. */
function definition(catchFailedEntry: boolean) {
  return {
    StartAt: 'Emit',
    States: {
      Emit: {
        Type: 'Task',
        Resource: 'arn:aws:states:::events:putEvents',
        Parameters: { 'Entries.$': '$.entries' },
        ResultPath: '$.result',
        ...(catchFailedEntry
          ? { Catch: [{ ErrorEquals: ['EventBridge.FailedEntry'], ResultPath: '$.error', Next: 'Report' }] }
          : {}),
        Next: 'Report',
      },
      Report: { Type: 'Task', Resource: REPORT, End: true },
    },
  };
}

let local: LocalStepFunctions | undefined;
afterEach(async () => {
  await local?.close();
  local = undefined;
});

interface Outcome {
  execution: LocalExecution | undefined;
  /** What the bus was given. */
  delivered: AcceptedEntry[];
  /** The Report state's input: the execution input with `result` or `error`. */
  reported: Record<string, unknown> | undefined;
}

async function emit(entries: unknown, { catchFailedEntry = true } = {}): Promise<Outcome> {
  const items: { at: number; run: () => Promise<void> }[] = [];
  const delivered: AcceptedEntry[] = [];
  let reported: Record<string, unknown> | undefined;
  local = await LocalStepFunctions.start(
    [{ key: 'm', name: 'emit', arn: MACHINE, definition: definition(catchFailedEntry) }],
    {
      invoke: async (_arn, payload) => {
        reported = payload as Record<string, unknown>;
        return payload;
      },
      later: (at, _what, run) => items.push({ at, run }),
      now: () => new Date(T0),
      log: () => undefined,
      putEvents: (accepted) => delivered.push(...accepted),
    },
  );
  const sfn = new SFNClient({
    endpoint: local.url,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'l', secretAccessKey: 'l' },
  });
  await sfn.send(
    new StartExecutionCommand({
      stateMachineArn: MACHINE,
      name: 'run-1',
      input: JSON.stringify({ entries }),
    }),
  );
  for (let item = items.shift(); item; item = items.shift()) await item.run();
  return { execution: local.list()[0], delivered, reported };
}

const holdRequested = {
  Source: 'herald',
  DetailType: 'Card.HoldRequested',
  Detail: { caseId: 'case-1' },
  EventBusName: 'herald',
};

describe('local events:putEvents Task', () => {
  it('appends the state machine and execution ARNs to each entry’s Resources and answers per entry', async () => {
    // Prepare
    const entries = [holdRequested, { ...holdRequested, Resources: ['arn:aws:bank:case/case-1'] }];

    // Act
    const { execution, delivered, reported } = await emit(entries);

    // Assess
    expect(execution?.status).toBe('SUCCEEDED');
    expect(delivered.map((entry) => entry.resources)).toEqual([
      [MACHINE, EXECUTION],
      ['arn:aws:bank:case/case-1', MACHINE, EXECUTION],
    ]);
    expect(delivered[0]?.detailText).toBe('{"caseId":"case-1"}');
    expect(reported?.result).toEqual({
      FailedEntryCount: 0,
      Entries: [{ EventId: 'local-run-1-0' }, { EventId: 'local-run-1-1' }],
    });
  });

  it.each([
    {
      name: 'a missing DetailType',
      entry: { Source: 'herald', Detail: { caseId: 'case-1' } },
      failure: {
        ErrorCode: 'InvalidArgument',
        ErrorMessage: 'Parameter DetailType is not valid. Reason: DetailType is a required argument.',
      },
    },
    {
      name: 'a Detail that is not JSON',
      entry: { Source: 'herald', DetailType: 'Card.HoldRequested', Detail: 'case-1' },
      failure: { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' },
    },
  ])(
    'fails the Task with EventBridge.FailedEntry for $name, the other entry still delivered',
    async ({ entry, failure }) => {
      // Prepare
      const entries = [holdRequested, entry];

      // Act
      const { execution, delivered, reported } = await emit(entries);

      // Assess
      expect(execution?.status).toBe('SUCCEEDED'); // the Catch took the error
      expect(execution?.history).toEqual(['Emit', 'Report']);
      const error = reported?.error as { Error: string; Cause: string };
      expect(error.Error).toBe('EventBridge.FailedEntry');
      expect(JSON.parse(error.Cause)).toEqual({
        FailedEntryCount: 1,
        Entries: [{ EventId: 'local-run-1-0' }, failure],
      });
      expect(delivered.map((e) => e.detailType)).toEqual(['Card.HoldRequested']);
    },
  );

  it('fails the execution when nothing catches EventBridge.FailedEntry', async () => {
    // Prepare
    const entries = [{ Source: 'herald', DetailType: 'Card.HoldRequested' }];

    // Act
    const { execution, delivered } = await emit(entries, { catchFailedEntry: false });

    // Assess
    expect(execution?.status).toBe('FAILED');
    expect(execution?.error).toMatch(/^EventBridge\.FailedEntry: /);
    expect(delivered).toEqual([]);
  });

  it('fails the Task with the request error when PutEvents refuses the whole call (more than 10 entries)', async () => {
    // Prepare
    const entries = Array.from({ length: 11 }, () => holdRequested);

    // Act
    const { execution, delivered } = await emit(entries, { catchFailedEntry: false });

    // Assess
    expect(execution?.status).toBe('FAILED');
    expect(execution?.error).toMatch(/^EventBridge\.ValidationException: /);
    expect(delivered).toEqual([]);
  });
});
