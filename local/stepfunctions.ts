// Step Functions for the local stack: the state machines of the synthesized template run with
// aws-local-stepfunctions, their Lambda Tasks as the local functions, their Wait states on the runtime's
// simulated clock; and a local endpoint for the StartExecution / StopExecution calls the functions make
// with the real SFN client (AWS_ENDPOINT_URL_SFN).
//
// Why Wait states are rewritten: aws-local-stepfunctions sleeps with real timers (`waitTimeOverrides` only
// scales that sleep), so a 10-day journey would either take 10 days or, scaled, run out of step with the
// runtime's timeline: a reminder could go out before an activation that the replay file puts earlier. So
// before running a definition, each Wait becomes a Task of the same name, input and output processing
// (InputPath, OutputPath, Next/End), run by a local handler that works out when the Wait ends (Seconds,
// Timestamp, SecondsPath, TimestampPath, as Step Functions does) and parks the execution on the runtime's
// timeline until then. The runtime runs timeline items one at a time and waits for the execution to park
// again or end before the next; so days pass in seconds, in time order with the bank's events, and each
// state still counts one transition.
//
// Callbacks (`arn:aws:states:::lambda:invoke.waitForTaskToken`), which aws-local-stepfunctions does not
// have, are a stand-in of the same shape: such a Task becomes a local Task that makes a task token, puts it
// where the definition puts `$$.Task.Token`, invokes the function with that payload (its error fails the
// Task, as deployed) and then parks the execution until the local endpoint's SendTaskSuccess /
// SendTaskFailure with the token, or until the Task's TimeoutSeconds(Path) or HeartbeatSeconds(Path) run
// out on the simulated timeline (States.Timeout / States.HeartbeatTimeout; SendTaskHeartbeat restarts the
// heartbeat). A token is answered once: after that, or once its Task timed out, the calls answer
// TaskTimedOut, as Step Functions does. The `events:putEvents` Task is the optimized EventBridge
// integration: each entry gets the state machine's and the execution's ARNs appended to its Resources, is
// checked as PutEvents checks it (local/bus/put-events.ts), and the entries taken go on the local bus; when
// PutEvents reports a failed entry the Task fails with `EventBridge.FailedEntry`, the response as cause.
//
// What is not emulated: other callback patterns (.sync, activities), JSONata, and the delays of Retry
// (a retry runs at once, on the same simulated time; the attempts and the Catch are as deployed).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LocalStateMachine } from './app-model.ts';
import { type AcceptedEntry, PutEventsRequestError, putEvents } from './bus/put-events.ts';
import { serveInProcess } from './in-process-http.ts';

// aws-local-stepfunctions 3 calls Promise.withResolvers (Node 22); Node 20 lacks it.
if (typeof (Promise as { withResolvers?: unknown }).withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((ok, fail) => {
        resolve = ok;
        reject = fail;
      });
      return { promise, resolve, reject };
    },
  });
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type State = Record<string, Json>;
interface Definition {
  StartAt: string;
  States: Record<string, State>;
  [field: string]: Json;
}

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED' | 'TIMED_OUT';

/** One execution, as the local stack keeps it. */
export interface LocalExecution {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  input: string;
  status: ExecutionStatus;
  /** Simulated times. */
  startDate: string;
  stopDate?: string;
  /** States entered, retries included: what Step Functions Standard bills. */
  transitions: number;
  /** The states entered, in order (retries are the same state again). */
  history: string[];
  error?: string;
}

interface Running extends LocalExecution {
  /** Ends the wait the execution is parked in (with the state's input), if it is parked. */
  wake?: () => void;
  /** Resolves when the execution parks again or ends. */
  idle?: () => void;
  abort?: () => void;
}

export interface LocalStepFunctionsHooks {
  /** Invokes a local function (by its ARN) synchronously with `payload`; throws as Lambda reports errors. */
  invoke(functionArn: string, payload: unknown): Promise<unknown>;
  /** Puts work on the runtime's simulated timeline; items run one at a time, in time order. */
  later(at: number, what: string, run: () => Promise<void>): void;
  now(): Date;
  log(line: string): void;
  /** The entries of an `events:putEvents` Task that PutEvents takes, to put on the bus. */
  putEvents?(entries: AcceptedEntry[]): void;
  /** Every request to the local endpoint (StartExecution, SendTaskSuccess, …): for the cost meter. */
  request?(): void;
  /** Every state transition Step Functions Standard bills (a state entered, a retry). */
  transition?(machine: LocalStateMachine): void;
}

/** Where a callback Task's definition puts `$$.Task.Token`, until the stand-in puts the token there. */
const TASK_TOKEN_PLACEHOLDER = '__herald_local_task_token__';
const LOCAL_CALLBACK_RESOURCE = 'arn:aws:lambda:eu-west-1:000000000000:function:herald-local-callback';
const CALLBACK_RESOURCE = 'arn:aws:states:::lambda:invoke.waitForTaskToken';

/** A callback Task waiting for its token. */
interface ParkedTask {
  execution: Running;
  state: string;
  resolve(output: Json): void;
  reject(error: Error): void;
  heartbeatSeconds?: number;
  lastBeat: number;
  /** SendTaskSuccess / SendTaskFailure came: the token is spent, the outcome is on the timeline. */
  answered?: boolean;
  ended?: boolean;
}

/** The error a callback Task fails with; a timeout is not retried by States.TaskFailed, as deployed. */
function taskError(name: string, cause: string): Error {
  const error = new Error(cause);
  error.name = name;
  if (name.startsWith('States.') && name.endsWith('Timeout')) Object.assign(error, { isRetryable: false });
  return error;
}

/** `{"taskToken.$": "$$.Task.Token"}` → `{"taskToken": placeholder}`, at any depth of Parameters. */
function withTokenPlaceholder(value: Json): Json {
  if (Array.isArray(value)) return value.map(withTokenPlaceholder);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) =>
      key.endsWith('.$') && v === '$$.Task.Token'
        ? [key.slice(0, -2), TASK_TOKEN_PLACEHOLDER]
        : [key, withTokenPlaceholder(v)],
    ),
  );
}

const withToken = (value: Json, token: string): Json =>
  JSON.parse(JSON.stringify(value).replaceAll(TASK_TOKEN_PLACEHOLDER, token)) as Json;

/** Longer than any simulated wait takes in real time; under setTimeout's limit (2^31 - 1 ms). */
const PARKED_TASK_TIMEOUT_SECONDS = 2_000_000;
const LOCAL_WAIT_RESOURCE = 'arn:aws:lambda:eu-west-1:000000000000:function:herald-local-wait';

class ServiceError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/** `$.a.b` of a value: the reference paths Herald's definitions use. */
function atPath(value: Json, path: string): Json | undefined {
  if (path === '$') return value;
  if (!/^\$(\.[A-Za-z0-9_]+)+$/.test(path)) throw new Error(`path ${path} is not supported locally`);
  let current: Json | undefined = value;
  for (const key of path.slice(2).split('.')) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** When a Wait state that starts at `now` with `input` (after InputPath) ends, as Step Functions computes it. */
export function waitEnd(wait: State, input: Json, now: Date): number {
  const seconds = wait.SecondsPath !== undefined ? atPath(input, String(wait.SecondsPath)) : wait.Seconds;
  if (typeof seconds === 'number') return now.getTime() + seconds * 1000;
  const timestamp =
    wait.TimestampPath !== undefined ? atPath(input, String(wait.TimestampPath)) : wait.Timestamp;
  if (typeof timestamp === 'string' && !Number.isNaN(Date.parse(timestamp)))
    return Math.max(now.getTime(), Date.parse(timestamp));
  throw new Error('States.Runtime: the Wait state has no Seconds or Timestamp to wait for');
}

/**
 * The definition with each Wait state made a Task of the same name (see the top of the file), and the
 * original Wait states by name.
 */
export function parkableDefinition(definition: Definition): {
  definition: Definition;
  waits: Map<string, State>;
  callbacks: Set<string>;
} {
  const waits = new Map<string, State>();
  const callbacks = new Set<string>();
  const states: Record<string, State> = {};
  for (const [name, state] of Object.entries(definition.States)) {
    if (state.Type === 'Wait') {
      waits.set(name, state);
      const { Seconds, Timestamp, SecondsPath, TimestampPath, ...rest } = state;
      states[name] = {
        ...rest,
        Type: 'Task',
        Resource: LOCAL_WAIT_RESOURCE,
        TimeoutSeconds: PARKED_TASK_TIMEOUT_SECONDS,
      };
    } else if (state.Type === 'Parallel' || state.Type === 'Map') {
      throw new Error(`${state.Type} states are not run locally (state ${name})`);
    } else if (state.Type === 'Task' && String(state.Resource).endsWith('.waitForTaskToken')) {
      if (state.Resource !== CALLBACK_RESOURCE)
        throw new Error(`callback resource ${String(state.Resource)} is not run locally (state ${name})`);
      // The Task's timeouts move into its Parameters (evaluated on the state's input, as Step Functions
      // evaluates the paths), to be kept on the simulated timeline by the stand-in.
      callbacks.add(name);
      const { TimeoutSeconds, TimeoutSecondsPath, HeartbeatSeconds, HeartbeatSecondsPath, ...rest } = state;
      const parameters = withTokenPlaceholder((state.Parameters ?? {}) as Json) as Record<string, Json>;
      const timing = (key: string, value: Json | undefined, path: Json | undefined) =>
        path !== undefined ? { [`${key}.$`]: path } : value !== undefined ? { [key]: value } : {};
      states[name] = {
        ...rest,
        Resource: LOCAL_CALLBACK_RESOURCE,
        Parameters: {
          ...parameters,
          ...timing('__heraldTimeoutSeconds', TimeoutSeconds, TimeoutSecondsPath),
          ...timing('__heraldHeartbeatSeconds', HeartbeatSeconds, HeartbeatSecondsPath),
        },
        TimeoutSeconds: PARKED_TASK_TIMEOUT_SECONDS,
      };
    } else {
      states[name] = state;
    }
  }
  // The execution's TimeoutSeconds is kept on the simulated timeline by LocalStepFunctions, not here: the
  // library would set a real timer for it (one that overflows setTimeout beyond 24.8 days).
  const { TimeoutSeconds, ...rest } = definition;
  return { definition: { ...rest, States: states } as Definition, waits, callbacks };
}

export class LocalStepFunctions {
  private readonly executions = new Map<string, Running>();
  /** Callback Tasks waiting for their token, by token. */
  private readonly parked = new Map<string, ParkedTask>();

  private constructor(
    private readonly machines: LocalStateMachine[],
    private readonly hooks: LocalStepFunctionsHooks,
    private readonly server: Server,
    /** Stops serving the functions' SFN clients inside the process (local/in-process-http.ts). */
    private readonly stopServing: () => void,
  ) {}

  /** Starts the local SFN endpoint; its URL is `url`. */
  static async start(
    machines: LocalStateMachine[],
    hooks: LocalStepFunctionsHooks,
  ): Promise<LocalStepFunctions> {
    let local: LocalStepFunctions | undefined;
    const server = createServer((req, res) => {
      // No Date header: the SDK would take the gap between the simulated and the real clock for skew.
      res.sendDate = false;
      void local?.serve(req, res);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
    local = new LocalStepFunctions(machines, hooks, server, serveInProcess(server));
    return local;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.stopServing();
    for (const execution of this.executions.values())
      if (execution.status === 'RUNNING') this.abort(execution);
    await new Promise<void>((ok) => {
      this.server.close(() => ok());
      this.server.closeAllConnections();
    });
  }

  /**
   * What the endpoint holds: every execution started (Step Functions keeps closed ones too: their names stay
   * taken), the callback Tasks waiting for a token, and the executions that still hold the library's run
   * (the running ones; an ended run is let go).
   */
  held(): { executions: number; parkedTasks: number; runs: number } {
    let runs = 0;
    for (const execution of this.executions.values()) if (execution.abort) runs += 1;
    return { executions: this.executions.size, parkedTasks: this.parked.size, runs };
  }

  /** Every execution so far, in the order started. */
  list(): LocalExecution[] {
    return [...this.executions.values()].map(({ wake, idle, abort, ...execution }) => ({
      ...execution,
      history: [...execution.history],
    }));
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.hooks.request?.();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const target = String(req.headers['x-amz-target'] ?? '');
    try {
      const input = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      let output: unknown;
      if (target === 'AWSStepFunctions.StartExecution') output = this.startExecution(input);
      else if (target === 'AWSStepFunctions.StopExecution') output = this.stopExecution(input);
      else if (target === 'AWSStepFunctions.DescribeExecution') output = this.describeExecution(input);
      else if (target === 'AWSStepFunctions.SendTaskSuccess') output = this.sendTaskSuccess(input);
      else if (target === 'AWSStepFunctions.SendTaskFailure') output = this.sendTaskFailure(input);
      else if (target === 'AWSStepFunctions.SendTaskHeartbeat') output = this.sendTaskHeartbeat(input);
      else throw new ServiceError('UnknownOperationException', `${target} is not emulated locally`);
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
      res.end(JSON.stringify(output));
    } catch (error) {
      const e = error instanceof ServiceError ? error : new ServiceError('InternalError', String(error), 500);
      res.writeHead(e.status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-errortype': e.type });
      res.end(JSON.stringify({ __type: e.type, message: e.message }));
    }
  }

  /**
   * StartExecution, with Step Functions' idempotency: the same name and input while the execution runs
   * answers with that execution; anything else with an existing name is ExecutionAlreadyExists.
   */
  private startExecution(request: Record<string, unknown>): { executionArn: string; startDate: number } {
    const machine = this.machines.find((m) => m.arn === request.stateMachineArn);
    if (!machine)
      throw new ServiceError(
        'StateMachineDoesNotExist',
        `State Machine Does Not Exist: '${String(request.stateMachineArn)}'`,
      );
    const name = typeof request.name === 'string' && request.name ? request.name : crypto.randomUUID();
    if (!/^[A-Za-z0-9_-]{1,80}$/.test(name)) throw new ServiceError('InvalidName', `Invalid Name: '${name}'`);
    const input = typeof request.input === 'string' ? request.input : '{}';
    const executionArn = `${machine.arn.replace(':stateMachine:', ':execution:')}:${name}`;
    const existing = this.executions.get(executionArn);
    if (existing) {
      if (existing.status === 'RUNNING' && existing.input === input)
        return { executionArn, startDate: Date.parse(existing.startDate) / 1000 };
      throw new ServiceError('ExecutionAlreadyExists', `Execution Already Exists: '${executionArn}'`);
    }
    const now = this.hooks.now();
    const execution: Running = {
      executionArn,
      stateMachineArn: machine.arn,
      name,
      input,
      status: 'RUNNING',
      startDate: now.toISOString(),
      transitions: 0,
      history: [],
    };
    this.executions.set(executionArn, execution);
    // Like Step Functions, the execution runs after the call returns: next on the timeline, at this time.
    this.hooks.later(now.getTime(), `execution ${name}`, () => this.run(execution, machine));
    return { executionArn, startDate: now.getTime() / 1000 };
  }

  private stopExecution(request: Record<string, unknown>): { stopDate: number } {
    const execution = this.executions.get(String(request.executionArn));
    if (!execution)
      throw new ServiceError(
        'ExecutionDoesNotExist',
        `Execution Does Not Exist: '${String(request.executionArn)}'`,
      );
    if (execution.status === 'RUNNING') this.abort(execution);
    return { stopDate: Date.parse(execution.stopDate ?? this.hooks.now().toISOString()) / 1000 };
  }

  private describeExecution(request: Record<string, unknown>): Record<string, unknown> {
    const execution = this.executions.get(String(request.executionArn));
    if (!execution)
      throw new ServiceError(
        'ExecutionDoesNotExist',
        `Execution Does Not Exist: '${String(request.executionArn)}'`,
      );
    return {
      executionArn: execution.executionArn,
      stateMachineArn: execution.stateMachineArn,
      name: execution.name,
      status: execution.status,
      input: execution.input,
      startDate: Date.parse(execution.startDate) / 1000,
      ...(execution.stopDate ? { stopDate: Date.parse(execution.stopDate) / 1000 } : {}),
    };
  }

  /** Stops an execution: it ends where it is; a parked one is woken so that it can see it was aborted. */
  private abort(execution: Running): void {
    execution.status = 'ABORTED';
    execution.stopDate = this.hooks.now().toISOString();
    execution.abort?.();
    const wake = execution.wake;
    execution.wake = undefined;
    wake?.();
    // A callback Task it is parked in ends with it, and with the Task the library's real timer for the
    // Task's timeout (left running, it would keep a stopped local stack's process alive).
    for (const [token, task] of this.parked) {
      if (task.execution !== execution || task.ended) continue;
      this.parked.delete(token);
      task.ended = true;
      const stopped = new Error(`${execution.name} was stopped`);
      stopped.name = 'ExecutionAborted';
      task.reject(Object.assign(stopped, { isRetryable: false }));
    }
  }

  /** The execution's idle promise: resolved when it parks in a Wait or ends. */
  private untilIdle(execution: Running): Promise<void> {
    return new Promise<void>((resolve) => {
      execution.idle = resolve;
    });
  }

  private settle(execution: Running): void {
    const idle = execution.idle;
    execution.idle = undefined;
    idle?.();
  }

  /** Runs an execution until it parks in its first Wait or ends. */
  private async run(execution: Running, machine: LocalStateMachine): Promise<void> {
    if (execution.status !== 'RUNNING') return; // stopped before it began
    const { StateMachine } = await import('aws-local-stepfunctions');
    const { definition, waits, callbacks } = parkableDefinition(machine.definition as Definition);
    const handlers: Record<string, (input: Json) => Promise<Json>> = {};
    const retryIntervalOverrides: Record<string, number> = {};
    for (const [name, state] of Object.entries(definition.States)) {
      if (state.Type !== 'Task') continue;
      if (state.Retry) retryIntervalOverrides[name] = 0;
      const wait = waits.get(name);
      handlers[name] = wait
        ? (input) => this.park(execution, name, wait, input)
        : callbacks.has(name)
          ? (input) => this.callback(execution, name, input)
          : (input) => this.task(execution, state, input);
    }
    // Not validated here: the library compiles asl-validator's schemas anew for every check (about 100 ms a
    // state machine, a tenth of a short replay). The definitions are the template's, which the infrastructure
    // tests validate, and their local rewrite is validated for every deployed state machine by
    // test/unit/journeys-stepfunctions.test.ts.
    const stateMachine = new StateMachine(definition as never, { validationOptions: { noValidate: true } });
    const timeoutSeconds = (machine.definition as Definition).TimeoutSeconds;
    if (typeof timeoutSeconds === 'number') {
      this.hooks.later(
        Date.parse(execution.startDate) + timeoutSeconds * 1000,
        `timeout of ${execution.name}`,
        async () => {
          if (execution.status !== 'RUNNING') return;
          this.abort(execution);
          execution.status = 'TIMED_OUT';
          this.hooks.log(`execution ${execution.name} TIMED_OUT after ${timeoutSeconds} s`);
        },
      );
    }
    const idle = this.untilIdle(execution);
    const run = stateMachine.run(JSON.parse(execution.input) as never, {
      overrides: { taskResourceLocalHandlers: handlers as never, retryIntervalOverrides },
      noThrowOnAbort: true,
      context: { Execution: { Id: execution.executionArn, Name: execution.name } },
    });
    execution.abort = run.abort;
    void (async () => {
      for await (const event of run.eventLogs) {
        if (event.type === 'StateEntered') {
          execution.transitions += 1;
          execution.history.push(event.state.name);
          this.hooks.transition?.(machine);
        } else if (event.type === 'StateRetried') {
          execution.transitions += 1; // a retry is billed as a transition
          this.hooks.transition?.(machine);
        }
      }
    })();
    run.result
      .then(() => {
        if (execution.status === 'RUNNING') execution.status = 'SUCCEEDED';
      })
      .catch((error: unknown) => {
        if (execution.status !== 'RUNNING') return;
        const timedOut = error instanceof Error && error.name === 'ExecutionTimeoutError';
        execution.status = timedOut ? 'TIMED_OUT' : 'FAILED';
        // The error the execution failed with, as DescribeExecution names it (the library wraps it).
        const failure = error instanceof Error && error.cause instanceof Error ? error.cause : error;
        execution.error = failure instanceof Error ? `${failure.name}: ${failure.message}` : String(failure);
        this.hooks.log(`execution ${execution.name} ${execution.status}: ${execution.error}`);
      })
      .finally(() => {
        execution.stopDate ??= this.hooks.now().toISOString();
        // An ended run keeps nothing of the library's: the execution is its record from now on.
        execution.abort = undefined;
        this.settle(execution);
      });
    await idle;
  }

  /** A Lambda Task: the local function, invoked with the state's effective input, its answer as result. */
  private async task(execution: Running, state: State, input: Json): Promise<Json> {
    const resource = String(state.Resource);
    const functionArn = /^arn:aws:lambda:[^:]+:\d{12}:function:[^:]+$/.test(resource) ? resource : undefined;
    if (resource === 'arn:aws:states:::lambda:invoke') {
      const payload = input as { FunctionName?: string; Payload?: Json };
      const result = await this.hooks.invoke(String(payload.FunctionName), payload.Payload ?? {});
      return { Payload: JSON.parse(JSON.stringify(result ?? null)) as Json, StatusCode: 200 };
    }
    if (resource === 'arn:aws:states:::events:putEvents' && this.hooks.putEvents) {
      return this.putEvents(execution, input, this.hooks.putEvents);
    }
    if (!functionArn) throw new Error(`Task resource ${resource} is not run locally (${execution.name})`);
    const result = await this.hooks.invoke(functionArn, input);
    return JSON.parse(JSON.stringify(result ?? null)) as Json;
  }

  /**
   * The optimized EventBridge integration, as Step Functions documents it ("Add EventBridge events with Step
   * Functions"): a Detail given as a JSON object is serialized, the state machine's and the execution's ARNs
   * are appended to each entry's Resources, and PutEvents answers per entry. The entries it takes are put on
   * the bus even when another fails (PutEvents is not all or nothing); a failed entry fails the Task with
   * `EventBridge.FailedEntry` and the PutEvents response as cause, a refused call with
   * `EventBridge.<exception>`.
   */
  private putEvents(execution: Running, input: Json, put: (entries: AcceptedEntry[]) => void): Json {
    const { Entries: entries } = input as { Entries?: Json };
    const request = Array.isArray(entries)
      ? entries.map((entry) => {
          if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return entry;
          const { Detail: detail, Resources: resources } = entry;
          return {
            ...entry,
            ...(typeof detail === 'object' && detail !== null && !Array.isArray(detail)
              ? { Detail: JSON.stringify(detail) }
              : {}),
            Resources: [
              ...(Array.isArray(resources) ? resources : []),
              execution.stateMachineArn,
              execution.executionArn,
            ],
          };
        })
      : entries;
    const accepted: AcceptedEntry[] = [];
    let response: ReturnType<typeof putEvents>;
    try {
      response = putEvents(request, (entry, index) => {
        accepted.push(entry);
        return `local-${execution.name}-${index}`;
      });
    } catch (error) {
      if (error instanceof PutEventsRequestError) throw taskError(`EventBridge.${error.type}`, error.message);
      throw error;
    }
    put(accepted);
    if (response.FailedEntryCount > 0) throw taskError('EventBridge.FailedEntry', JSON.stringify(response));
    return response as unknown as Json;
  }

  /**
   * A callback Task (`lambda:invoke.waitForTaskToken`): a new token in the payload, the function invoked
   * with it, then the execution parked until SendTaskSuccess / SendTaskFailure with the token or a timeout.
   */
  private callback(execution: Running, name: string, input: Json): Promise<Json> {
    const {
      __heraldTimeoutSeconds: timeout,
      __heraldHeartbeatSeconds: heartbeat,
      ...parameters
    } = input as Record<string, Json>;
    const token = `local-task-token-${crypto.randomUUID()}`;
    const now = this.hooks.now().getTime();
    return new Promise<Json>((resolve, reject) => {
      const task: ParkedTask = {
        execution,
        state: name,
        resolve,
        reject,
        lastBeat: now,
        ...(typeof heartbeat === 'number' ? { heartbeatSeconds: heartbeat } : {}),
      };
      this.parked.set(token, task);
      if (typeof timeout === 'number')
        this.hooks.later(now + timeout * 1000, `timeout of ${execution.name}: ${name}`, async () => {
          if (task.answered) return;
          this.parked.delete(token);
          await this.endTask(task, () =>
            task.reject(taskError('States.Timeout', `${name} timed out after ${timeout} s`)),
          );
        });
      if (task.heartbeatSeconds !== undefined) this.checkHeartbeat(token, task);
      const payload = withToken(parameters.Payload ?? {}, token);
      this.hooks.invoke(String(parameters.FunctionName), payload).then(
        () => this.settle(execution), // parked: the runtime goes on until the token comes back
        (error: unknown) => {
          this.parked.delete(token);
          task.ended = true;
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  /** States.HeartbeatTimeout when no heartbeat came within HeartbeatSeconds of the last (or the start). */
  private checkHeartbeat(token: string, task: ParkedTask): void {
    const seconds = task.heartbeatSeconds ?? 0;
    this.hooks.later(
      task.lastBeat + seconds * 1000,
      `heartbeat of ${task.execution.name}: ${task.state}`,
      async () => {
        if (task.answered || task.ended) return;
        if (this.hooks.now().getTime() < task.lastBeat + seconds * 1000)
          return this.checkHeartbeat(token, task);
        this.parked.delete(token);
        await this.endTask(task, () =>
          task.reject(
            taskError('States.HeartbeatTimeout', `${task.state} had no heartbeat for ${seconds} s`),
          ),
        );
      },
    );
  }

  /** Ends a parked callback Task (on the timeline) and waits for its execution to park again or end. */
  private async endTask(task: ParkedTask, end: () => void): Promise<void> {
    if (task.ended) return;
    task.ended = true;
    if (task.execution.status !== 'RUNNING') return;
    const idle = this.untilIdle(task.execution);
    end();
    await idle;
  }

  /** The parked Task of a token; a token not (or no longer) waiting is TaskTimedOut, as Step Functions says. */
  private parkedTask(request: Record<string, unknown>): [string, ParkedTask] {
    const token = typeof request.taskToken === 'string' ? request.taskToken : '';
    if (!token) throw new ServiceError('InvalidToken', 'Invalid Token: taskToken is required');
    const task = this.parked.get(token);
    if (!task || task.answered || task.ended || task.execution.status !== 'RUNNING')
      throw new ServiceError('TaskTimedOut', 'Task Timed Out');
    return [token, task];
  }

  /**
   * SendTaskSuccess: the token is spent at once (a second call is TaskTimedOut); the execution goes on next
   * on the timeline, after the work of the caller, like Step Functions after the call returns.
   */
  private sendTaskSuccess(request: Record<string, unknown>): Record<string, never> {
    const [token, task] = this.parkedTask(request);
    let output: Json;
    try {
      output = JSON.parse(typeof request.output === 'string' ? request.output : 'null') as Json;
    } catch {
      throw new ServiceError('InvalidOutput', 'Invalid Output: not JSON');
    }
    task.answered = true;
    this.parked.delete(token);
    this.hooks.later(this.hooks.now().getTime(), `callback of ${task.execution.name}: ${task.state}`, () =>
      this.endTask(task, () => task.resolve(output)),
    );
    return {};
  }

  private sendTaskFailure(request: Record<string, unknown>): Record<string, never> {
    const [token, task] = this.parkedTask(request);
    task.answered = true;
    this.parked.delete(token);
    const error = typeof request.error === 'string' ? request.error : 'States.TaskFailed';
    const cause = typeof request.cause === 'string' ? request.cause : '';
    this.hooks.later(this.hooks.now().getTime(), `callback of ${task.execution.name}: ${task.state}`, () =>
      this.endTask(task, () => task.reject(taskError(error, cause))),
    );
    return {};
  }

  private sendTaskHeartbeat(request: Record<string, unknown>): Record<string, never> {
    const [, task] = this.parkedTask(request);
    task.lastBeat = this.hooks.now().getTime();
    return {};
  }

  /** A Wait: parks the execution on the timeline until the wait ends, then goes on with the same input. */
  private park(execution: Running, name: string, wait: State, input: Json): Promise<Json> {
    const at = waitEnd(wait, input, this.hooks.now());
    return new Promise<Json>((resolve) => {
      execution.wake = () => resolve(input);
      this.hooks.later(at, `execution ${execution.name}: ${name}`, async () => {
        const wake = execution.wake;
        execution.wake = undefined;
        if (!wake || execution.status !== 'RUNNING') return; // stopped meanwhile
        const idle = this.untilIdle(execution);
        wake();
        await idle;
      });
      this.settle(execution);
    });
  }
}
