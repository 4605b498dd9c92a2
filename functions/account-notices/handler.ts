import { eventHandler } from '#adapters/lambda/event-handler.ts';
import { triggerDeps } from '#adapters/lambda/trigger-deps.ts';
import { sendAccountNotice } from '#application/account-notices.ts';
import * as loanPreApproved from '#contract/events/loan-pre-approved.ts';
import * as paymentCompleted from '#contract/events/payment-completed.ts';
import * as statementReady from '#contract/events/statement-ready.ts';
import type { LoanOfferSettings } from '#domain/loan-offers.ts';

const deps = {
  ...triggerDeps(),
  // The config's loanOffers (the stack checked it): the representative example, or { enabled: false }.
  loanOffers: JSON.parse(process.env.LOAN_OFFERS ?? '{"enabled":false}') as LoanOfferSettings,
};

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
