import * as v from 'valibot';
import { defineFunction, envVar, from, jsonSchema } from '#adapters/lambda/manifest.ts';
import { triggerParts } from '#adapters/lambda/manifest-parts.ts';
import { ACCOUNT_NOTICE_TYPES } from '#domain/account-notices.ts';
import { type LoanOfferSettings, loanOfferProblems } from '#domain/loan-offers.ts';

const trigger = triggerParts(ACCOUNT_NOTICE_TYPES);

export const manifest = defineFunction({
  name: 'account-notices',
  description: 'Payment confirmations, statements ready and loan pre-approvals',
  raises: trigger.raises,
  triggers: [
    {
      kind: 'rule',
      id: 'AccountNotices',
      detailTypes: ['Payment.Completed', 'Statement.Ready', 'Loan.PreApproved'],
    },
  ],
  grants: trigger.grants,
  env: {
    ...trigger.env,
    // The config's loanOffers: the representative example every loan offer quotes, or { enabled: false }.
    LOAN_OFFERS: envVar(
      from.setting('loanOffers'),
      jsonSchema(
        v.custom<LoanOfferSettings>(
          (value) => typeof value === 'object' && value !== null,
          'expected an object',
        ),
        loanOfferProblems,
      ),
    ),
  },
});
