/**
 * What the fraud reply workflow carries (infra/constructs/fraud-reply.ts): the input its execution starts
 * with, written by fraud-reply-events, and the inputs of its Lambda Tasks, which the state machine builds
 * from it and fraud-reply-step and fraud-reply-wait read.
 */
import * as v from 'valibot';
import { expected, oneOf } from '../common.ts';
import { text } from './parse.ts';

const caseRef = {
  customerId: text,
  caseId: text,
  /** The Fraud.Suspected eventId: the steps' log lines and the loop's messages carry it. */
  eventId: text,
};

/** What an execution of the workflow starts with. */
export const fraudReplyWorkflowInput = v.object(caseRef, expected('an object'));
export type FraudReplyWorkflowInput = v.InferOutput<typeof fraudReplyWorkflowInput>;

/** The steps fraud-reply-step runs, as the state machine names them. */
export const FRAUD_REPLY_ACTIONS = ['plan', 'escalate', 'conclude'] as const;

/** The input of a plan, escalate or conclude Task. */
export const fraudReplyStepInput = v.object(
  { ...caseRef, action: oneOf(FRAUD_REPLY_ACTIONS) },
  expected('an object'),
);

/** The input of the `.waitForTaskToken` Task: which wait, and the token that resumes it (never logged). */
export const fraudReplyWaitInput = v.object(
  { ...caseRef, wait: oneOf(['reply', 'escalated']), taskToken: text },
  expected('an object'),
);

/** Name the inputs in a reason: `fraud reply step input.action: …`. */
export const FRAUD_REPLY_STEP_INPUT = 'fraud reply step input';
export const FRAUD_REPLY_WAIT_INPUT = 'fraud reply wait input';
