import { DynamoDbBalanceAlertStore } from '#adapters/dynamodb/balance-alert-state.ts';
import { eventHandler } from '#adapters/lambda/event-handler.ts';
import { triggerDeps } from '#adapters/lambda/trigger-deps.ts';
import { evaluateBalance } from '#application/evaluate-balance.ts';
import * as balanceChanged from '#contract/events/balance-changed.ts';

const base = triggerDeps();
const deps = { ...base, balanceAlerts: new DynamoDbBalanceAlertStore(base.dynamodb, base.tableName) };

/** Balance.Changed → low-balance, overdraft and credit-utilisation alerts, each once per crossing. */
export const handler = eventHandler(
  {
    [balanceChanged.detailType]: {
      schema: balanceChanged.schema,
      run: (detail, event) => evaluateBalance(event, detail, deps),
    },
  },
  deps,
);
