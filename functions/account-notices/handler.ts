import { eventHandler } from '#adapters/lambda/event-handler.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { triggerDeps } from '#adapters/lambda/trigger-deps.ts';
import { sendAccountNotice } from '#application/account-notices.ts';
import * as loanPreApproved from '#contract/events/loan-pre-approved.ts';
import * as paymentCompleted from '#contract/events/payment-completed.ts';
import * as statementReady from '#contract/events/statement-ready.ts';
import { manifest } from './function.ts';

const env = loadEnv(manifest);
const deps = { ...triggerDeps(env), loanOffers: env.LOAN_OFFERS };

/** Payment.Completed, Statement.Ready, Loan.PreApproved → one notice each. */
export const handler = eventHandler(
  {
    [paymentCompleted.detailType]: {
      schema: paymentCompleted.schema,
      run: (detail, event) =>
        sendAccountNotice(event, { detailType: paymentCompleted.detailType, detail }, deps),
    },
    [statementReady.detailType]: {
      schema: statementReady.schema,
      run: (detail, event) =>
        sendAccountNotice(event, { detailType: statementReady.detailType, detail }, deps),
    },
    [loanPreApproved.detailType]: {
      schema: loanPreApproved.schema,
      run: (detail, event) =>
        sendAccountNotice(event, { detailType: loanPreApproved.detailType, detail }, deps),
    },
  },
  deps,
);
