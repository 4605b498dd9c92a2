/**
 * All DetailTypes of the event contract v1, by direction.
 *
 * For tooling, routing tables and tests. A Lambda function imports only the event modules it needs
 * (`#contract/events/balance-changed.ts`), never this file, which pulls in every schema; and no event
 * module may import this file.
 */
import type * as v from 'valibot';
import * as alertSettingsChanged from './events/alert-settings-changed.ts';
import * as balanceChanged from './events/balance-changed.ts';
import * as cardActivated from './events/card-activated.ts';
import * as cardHoldRequested from './events/card-hold-requested.ts';
import * as cardIssued from './events/card-issued.ts';
import * as consentChanged from './events/consent-changed.ts';
import * as consentChangedByCustomer from './events/consent-changed-by-customer.ts';
import * as customerActive from './events/customer-active.ts';
import * as customerConsentEvidence from './events/customer-consent-evidence.ts';
import * as customerConsentEvidenceRequested from './events/customer-consent-evidence-requested.ts';
import * as customerErased from './events/customer-erased.ts';
import * as customerErasureRequested from './events/customer-erasure-requested.ts';
import * as customerReplied from './events/customer-replied.ts';
import * as customerSignedUp from './events/customer-signed-up.ts';
import * as customerUpserted from './events/customer-upserted.ts';
import * as fraudCustomerReplied from './events/fraud-customer-replied.ts';
import * as fraudSuspected from './events/fraud-suspected.ts';
import * as kycCompleted from './events/kyc-completed.ts';
import * as kycStepCompleted from './events/kyc-step-completed.ts';
import * as lifecycleMilestoneReached from './events/lifecycle-milestone-reached.ts';
import * as loanPreApproved from './events/loan-pre-approved.ts';
import * as marketPriceTick from './events/market-price-tick.ts';
import * as notificationFailed from './events/notification-failed.ts';
import * as notificationStatusChanged from './events/notification-status-changed.ts';
import * as paymentAutopayRequested from './events/payment-autopay-requested.ts';
import * as paymentCompleted from './events/payment-completed.ts';
import * as paymentDue from './events/payment-due.ts';
import * as priceAlertRemoved from './events/price-alert-removed.ts';
import * as priceAlertSet from './events/price-alert-set.ts';
import * as statementReady from './events/statement-ready.ts';
import * as taxReminderSet from './events/tax-reminder-set.ts';
import * as transactionPosted from './events/transaction-posted.ts';

/** What every event module exports (besides its inferred type). */
export interface EventModule<TDetailType extends string = string> {
  readonly detailType: TDetailType;
  readonly version: number;
  readonly description: string;
  readonly schema: v.GenericSchema;
}

/** Bank → Herald events (Source: an allow-listed bank producer, `bank.core` by default). */
export const bankEvents = {
  [customerUpserted.detailType]: customerUpserted,
  [consentChanged.detailType]: consentChanged,
  [alertSettingsChanged.detailType]: alertSettingsChanged,
  [priceAlertSet.detailType]: priceAlertSet,
  [priceAlertRemoved.detailType]: priceAlertRemoved,
  [taxReminderSet.detailType]: taxReminderSet,
  [transactionPosted.detailType]: transactionPosted,
  [balanceChanged.detailType]: balanceChanged,
  [fraudSuspected.detailType]: fraudSuspected,
  [paymentCompleted.detailType]: paymentCompleted,
  [paymentDue.detailType]: paymentDue,
  [statementReady.detailType]: statementReady,
  [loanPreApproved.detailType]: loanPreApproved,
  [cardIssued.detailType]: cardIssued,
  [cardActivated.detailType]: cardActivated,
  [customerSignedUp.detailType]: customerSignedUp,
  [kycStepCompleted.detailType]: kycStepCompleted,
  [kycCompleted.detailType]: kycCompleted,
  [customerActive.detailType]: customerActive,
  [lifecycleMilestoneReached.detailType]: lifecycleMilestoneReached,
  [customerReplied.detailType]: customerReplied,
  [customerErasureRequested.detailType]: customerErasureRequested,
  [customerConsentEvidenceRequested.detailType]: customerConsentEvidenceRequested,
  [marketPriceTick.detailType]: marketPriceTick,
} as const satisfies Record<string, EventModule>;

/** Herald → bank events (Source `herald`). */
export const heraldEvents = {
  [cardHoldRequested.detailType]: cardHoldRequested,
  [fraudCustomerReplied.detailType]: fraudCustomerReplied,
  [notificationFailed.detailType]: notificationFailed,
  [notificationStatusChanged.detailType]: notificationStatusChanged,
  [customerErased.detailType]: customerErased,
  [paymentAutopayRequested.detailType]: paymentAutopayRequested,
  [consentChangedByCustomer.detailType]: consentChangedByCustomer,
  [customerConsentEvidence.detailType]: customerConsentEvidence,
} as const satisfies Record<string, EventModule>;

export type BankEvents = typeof bankEvents;
export type HeraldEvents = typeof heraldEvents;
export type BankDetailType = keyof BankEvents;
export type HeraldDetailType = keyof HeraldEvents;
export type DetailType = BankDetailType | HeraldDetailType;

/** The parsed Detail type of a DetailType, e.g. `DetailOf<'Balance.Changed'>`. */
export type DetailOf<K extends DetailType> = v.InferOutput<(BankEvents & HeraldEvents)[K]['schema']>;

/** Every event module of the contract, bank → Herald first. */
export const allEvents: readonly EventModule<DetailType>[] = [
  ...Object.values(bankEvents),
  ...Object.values(heraldEvents),
];

export function isBankDetailType(name: string): name is BankDetailType {
  return Object.hasOwn(bankEvents, name);
}

export function isHeraldDetailType(name: string): name is HeraldDetailType {
  return Object.hasOwn(heraldEvents, name);
}
