// The message types each trigger function raises, taken from the modules that build its intents (each
// decider's return type is built from its list, so a type raised but not listed does not compile). The
// stack gives each trigger the queues of the render functions these types' definitions name, and no other.
import { ACCOUNT_NOTICE_TYPES } from '../shared/domain/account-notices.ts';
import { BALANCE_ALERT_TYPES } from '../shared/domain/balance.ts';
import { FRAUD_ALERT_TYPES } from '../shared/domain/fraud.ts';
import { FRAUD_REPLY_TYPES } from '../shared/domain/journeys/fraud-reply.ts';
import { JOURNEY_TYPES } from '../shared/domain/journeys/kinds.ts';
import { PRICE_ALERT_TYPES } from '../shared/domain/price-alerts.ts';
import { KEYWORD_REPLY_TYPES } from '../shared/domain/sms-keywords.ts';
import { TAX_REMINDER_TYPES } from '../shared/domain/tax-reminders.ts';
import { TRANSACTION_ALERT_TYPES } from '../shared/domain/transactions.ts';
import type { MessageType } from '../shared/notifications/catalogue.ts';
import type { HeraldFunctionName } from './stacks/stateless-stack.ts';

export const TRIGGER_TYPES = {
  'balance-alerts': BALANCE_ALERT_TYPES,
  'transaction-alerts': TRANSACTION_ALERT_TYPES,
  'account-notices': ACCOUNT_NOTICE_TYPES,
  'price-alerts': PRICE_ALERT_TYPES,
  'fraud-alerts': FRAUD_ALERT_TYPES,
  'tax-reminders-due': TAX_REMINDER_TYPES,
  'fraud-reply-step': FRAUD_REPLY_TYPES,
  'journey-step': JOURNEY_TYPES,
  'fraud-reply-inbound': KEYWORD_REPLY_TYPES,
} as const satisfies Partial<Record<HeraldFunctionName, readonly MessageType[]>>;

export type TriggerName = keyof typeof TRIGGER_TYPES;
