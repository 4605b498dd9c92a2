import { eventHandler } from '#adapters/lambda/event-handler.ts';
import { triggerDeps } from '#adapters/lambda/trigger-deps.ts';
import { evaluateTransaction } from '#application/transaction-alerts.ts';
import * as transactionPosted from '#contract/events/transaction-posted.ts';

const deps = triggerDeps();

/** Transaction.Posted → large-transaction alert when the amount reaches the customer's minimum. */
export const handler = eventHandler(
  {
    [transactionPosted.detailType]: {
      schema: transactionPosted.schema,
      run: (detail, event) => evaluateTransaction(event, detail, deps),
    },
  },
  deps,
);
