import { eventHandler } from '#adapters/lambda/event-handler.ts';
import { loadEnv } from '#adapters/lambda/manifest.ts';
import { winBackDeps } from '#adapters/lambda/win-back-deps.ts';
import { takeCustomerActive } from '#application/win-back.ts';
import * as customerActive from '#contract/events/customer-active.ts';
import { manifest } from './function.ts';

const deps = winBackDeps(loadEnv(manifest));

/**
 * Customer.Active → the win-back journey: records the customer's latest activity, arms the watch, and ends
 * the "what you missed" messages when the customer is back. Its own function: Customer.Active is the
 * busiest event a bank sends (every session), and its common path is one DynamoDB write.
 */
export const handler = eventHandler(
  {
    [customerActive.detailType]: {
      schema: customerActive.schema,
      run: (detail, event) => takeCustomerActive(event, detail, deps),
    },
  },
  deps,
  { processed: 'win-back event' },
);
