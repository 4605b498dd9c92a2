// Fraud cases and the fraud reply workflow.
import type { FraudReplyWorkflowInput } from '../contract/internal/fraud-reply.ts';
import type {
  FraudAnswer,
  FraudCase,
  FraudCaseRef,
  FraudOutcome,
  ReplyChannel,
} from '../domain/journeys/fraud-reply.ts';

/** Fraud cases (shared/domain/journeys/fraud-reply.ts), one item each under the customer. */
export interface FraudCaseStore {
  /** Stores a new case unless it exists; returns the stored one. */
  create(item: FraudCase, phoneKeys: string[]): Promise<{ created: boolean; item: FraudCase }>;
  get(ref: FraudCaseRef): Promise<FraudCase | undefined>;
  /** The task token the waiting execution resumes with, if one is stored. */
  taskToken(ref: FraudCaseRef): Promise<string | undefined>;
  /**
   * Records the first answer: only while the case is `awaiting` and `at` is before its `answerBy`. Returns
   * the case as it is then, with the stored task token when the answer was recorded.
   */
  recordAnswer(
    ref: FraudCaseRef,
    answer: { answer: FraudAnswer; channel: ReplyChannel; at: Date },
  ): Promise<
    | { outcome: 'recorded'; item: FraudCase; taskToken?: string }
    | { outcome: 'already_answered' | 'too_late'; item: FraudCase }
    | { outcome: 'not_found' }
  >;
  /** Stores the token of the waiting Task while the case is `awaiting`; the case as it is otherwise. */
  storeTaskToken(ref: FraudCaseRef, token: string): Promise<{ stored: boolean; item?: FraudCase }>;
  /** Closes the case with what the workflow did; false when it was closed before (a retried step). */
  close(ref: FraudCaseRef, outcome: FraudOutcome, at: Date): Promise<boolean>;
  /** Accepts a signed link's id once: false when it was used before. */
  useLink(customerId: string, linkId: string, expiresAt: number): Promise<boolean>;
  /** The open cases reachable by a phone number's key (shared/domain/journeys/fraud-reply.ts `phoneKey`). */
  casesByPhone(phoneKey: string): Promise<FraudCaseRef[]>;
}

/** The fraud reply workflow's executions and the callbacks that resume them (Step Functions). */
export interface FraudReplyWorkflow {
  /**
   * Starts the case's execution by its deterministic name; an existing one starts nothing new. The input
   * carries the Fraud.Suspected eventId, the correlation id of every log line of the workflow's steps.
   */
  start(name: string, input: FraudReplyWorkflowInput): Promise<'started' | 'exists'>;
  /** Resumes the Task waiting with `token`; `gone` when it is not waiting any more (timed out, ended). */
  resume(token: string, output: Record<string, unknown>): Promise<'resumed' | 'gone'>;
}
