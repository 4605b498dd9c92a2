import {
  ExecutionAlreadyExists,
  InvalidToken,
  SendTaskSuccessCommand,
  type SFNClient,
  StartExecutionCommand,
  TaskDoesNotExist,
  TaskTimedOut,
} from '@aws-sdk/client-sfn';
import type { FraudReplyWorkflowInput } from '../../contract/internal/fraud-reply.ts';
import type { FraudReplyWorkflow } from '../../ports/fraud.ts';
import type { Sends } from '../aws/client-on-first-send.ts';

/**
 * The fraud reply workflow on Step Functions: executions started by the case's deterministic name, and the
 * waiting `.waitForTaskToken` Task resumed with SendTaskSuccess. A token whose Task is not waiting any more
 * (it timed out at the deadline, or the execution ended) is `gone`: the caller has recorded the answer
 * already, and the workflow reads it from the case when it wakes.
 */
export class SfnFraudReplyWorkflow implements FraudReplyWorkflow {
  constructor(
    private readonly client: Sends<SFNClient>,
    /** The state machine ARN; only the functions that start executions need it. */
    private readonly stateMachineArn = '',
  ) {}

  async start(name: string, input: FraudReplyWorkflowInput): Promise<'started' | 'exists'> {
    if (!this.stateMachineArn) throw new Error('no fraud reply state machine configured');
    try {
      await this.client.send(
        new StartExecutionCommand({
          stateMachineArn: this.stateMachineArn,
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

  async resume(token: string, output: Record<string, unknown>): Promise<'resumed' | 'gone'> {
    try {
      await this.client.send(
        new SendTaskSuccessCommand({ taskToken: token, output: JSON.stringify(output) }),
      );
      return 'resumed';
    } catch (error) {
      if (error instanceof TaskTimedOut || error instanceof TaskDoesNotExist || error instanceof InvalidToken)
        return 'gone';
      throw error;
    }
  }
}
