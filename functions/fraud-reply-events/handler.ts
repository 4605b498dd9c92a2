import { eventHandler } from '#adapters/lambda/event-handler.ts';
import { fraudCaseDeps } from '#adapters/lambda/fraud-case-deps.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { reject } from '#application/event-routes.ts';
import { openFraudCase, receiveReply } from '#application/fraud-replies.ts';
import * as customerReplied from '#contract/events/customer-replied.ts';
import * as fraudSuspected from '#contract/events/fraud-suspected.ts';
import { manifest } from './function.ts';

const deps = fraudCaseDeps(loadEnv(manifest));

/**
 * Fraud.Suspected opens the case and starts its reply workflow (fraud-alerts sends the alert itself, and
 * rejects an invalid one); Customer.Replied, an answer taken by the bank's app, resumes that workflow as a
 * link click or an SMS reply does. A second or late answer is a valid event that changes nothing; an
 * unknown case is bad input.
 */
export const handler = eventHandler(
  {
    [fraudSuspected.detailType]: {
      schema: fraudSuspected.schema,
      rejectedBy: 'fraud-alerts',
      keys: (detail) => ({ caseId: detail.caseId }),
      run: async (detail) => ({ outcome: await openFraudCase(detail, deps) }),
    },
    [customerReplied.detailType]: {
      schema: customerReplied.schema,
      afterErasure: true,
      keys: (detail) => ({ caseId: detail.caseId }),
      run: async ({ customerId, caseId, answer, channel }) => {
        const outcome = await receiveReply({ customerId, caseId, answer, channel }, deps);
        if (outcome === 'not_found')
          return reject('detail.caseId: no fraud case of this customer with this id');
        return { channel, outcome };
      },
    },
  },
  deps,
);
