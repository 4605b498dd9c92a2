import {
  ExecutionAlreadyExists,
  ExecutionDoesNotExist,
  type SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import type { JourneyExecutionInput } from '../../domain/journeys/journey.ts';
import type { JourneyExecutions } from '../../ports/journeys.ts';

/** `arn:…:stateMachine:<machine>` → `arn:…:execution:<machine>:<name>`, as Step Functions names executions. */
export function executionArnOf(stateMachineArn: string, name: string): string {
  return `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
}

/**
 * The journeys' executions on Step Functions (Standard). Starting is idempotent by name: a running execution
 * started again with the same input is that execution (Step Functions answers with it); one that has ended
 * answers ExecutionAlreadyExists, which means the same here: nothing new starts.
 */
export class SfnJourneyExecutions implements JourneyExecutions {
  constructor(
    private readonly client: SFNClient,
    /** The state machine ARN of each journey. */
    private readonly stateMachines: Readonly<Record<string, string>>,
  ) {}

  private machine(journey: string): string {
    const arn = Object.hasOwn(this.stateMachines, journey) ? this.stateMachines[journey] : undefined;
    if (!arn) throw new Error(`no state machine for journey ${journey}`);
    return arn;
  }

  async start(journey: string, name: string, input: JourneyExecutionInput): Promise<'started' | 'exists'> {
    try {
      await this.client.send(
        new StartExecutionCommand({
          stateMachineArn: this.machine(journey),
          name,
          input: JSON.stringify(input),
        }),
      );
      return 'started';
    } catch (error) {
      if (error instanceof ExecutionAlreadyExists) return 'exists';
      throw error;
    }
  }

  async stop(journey: string, name: string, cause: string): Promise<void> {
    try {
      await this.client.send(
        new StopExecutionCommand({ executionArn: executionArnOf(this.machine(journey), name), cause }),
      );
    } catch (error) {
      if (error instanceof ExecutionDoesNotExist) return;
      throw error;
    }
  }
}
