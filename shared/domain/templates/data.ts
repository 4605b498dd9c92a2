// The data each message type is rendered from: one interface per type, in one place. Field names follow the
// event contract v1 (docs/event-reference.md) where the value comes from a bank event. Amounts are decimal strings with
// an ISO-4217 currency, never numbers; date-times are ISO-8601 strings with an offset. URLs are links Herald
// signs (YES/NO, unsubscribe) or the bank gives (statement); each must be http(s).
//
// Type-only module: importing it adds nothing to a bundle.

/** Every message type Herald has copy for, with its data. */
export interface MessageData {
  'balance.low': BalanceLowData;
  'balance.overdraft': BalanceOverdraftData;
  'balance.credit_utilization': BalanceCreditUtilizationData;
  'transaction.large': TransactionLargeData;
  'fraud.alert': FraudAlertData;
  'fraud.escalation': FraudEscalationData;
  'fraud.confirmation': FraudConfirmationData;
  'fraud.thanks': FraudThanksData;
  'payment.confirmation': PaymentConfirmationData;
  'statement.ready': StatementReadyData;
  'loan.preapproved': LoanPreapprovedData;
  'tax.reminder': TaxReminderData;
  'price.alert': PriceAlertData;
  'card_activation.welcome': CardActivationData;
  'card_activation.reminder': CardActivationReminderData;
  'card_activation.offers': CardActivationData;
  'card_activation.nudge': CardActivationNudgeData;
  'card_activation.incentive': CardActivationIncentiveData;
  'win_back.missed': WinBackMissedData;
  'survey.request': SurveyRequestData;
  'kyc.reminder': KycReminderData;
  'onboarding.self_employed': OnboardingData;
  'onboarding.student': OnboardingData;
  'onboarding.general': OnboardingData;
  'payment_due.reminder': PaymentDueReminderData;
}
export type MessageType = keyof MessageData;

/** `balance.low` (transactional): Balance.Changed below the customer's `lowBalance` threshold. */
export interface BalanceLowData {
  /** Balance.Changed.accountId; messages show its last four characters only. */
  accountId: string;
  /** Balance.Changed.balance. */
  balance: string;
  /** AlertSettings.Changed.lowBalance.threshold (same currency as the balance). */
  threshold: string;
  currency: string;
}

/** `balance.overdraft` (transactional): Balance.Changed to below zero. */
export interface BalanceOverdraftData {
  accountId: string;
  /** Balance.Changed.balance: negative. */
  balance: string;
  currency: string;
  /** Balance.Changed.overdraftLimit, when the account has an arranged overdraft (a positive amount). */
  overdraftLimit?: string;
}

/** `balance.credit_utilization` (transactional): credit used ≥ the customer's `creditUtilization.percent`. */
export interface BalanceCreditUtilizationData {
  accountId: string;
  /** Credit in use, a positive amount (for a credit account the trigger derives it from Balance.Changed.balance). */
  used: string;
  /** Balance.Changed.creditLimit. */
  creditLimit: string;
  currency: string;
  /** AlertSettings.Changed.creditUtilization.percent, e.g. "80". */
  thresholdPercent: string;
}

/** `transaction.large` (transactional): Transaction.Posted at or above `largeTransaction.minAmount`. */
export interface TransactionLargeData {
  accountId: string;
  amount: string;
  currency: string;
  direction: 'debit' | 'credit';
  channel: 'card' | 'atm' | 'transfer' | 'online';
  merchant?: { name: string; city?: string; country?: string };
  cardLast4?: string;
  /** Balance after the transaction, same currency. */
  balanceAfter?: string;
  /** Transaction.Posted.occurredAt. */
  occurredAt: string;
  /** AlertSettings.Changed.largeTransaction.minAmount, the customer's threshold (same currency). */
  minAmount: string;
  /** Signed link to report the transaction as not the customer's; the e-mail button is left out without it. */
  reportUrl?: string;
}

export interface FraudTransaction {
  amount: string;
  currency: string;
  merchant: string;
  occurredAt: string;
}

/** `fraud.alert` (security): Fraud.Suspected; the customer answers YES (it was me) or NO. */
export interface FraudAlertData {
  /** Fraud.Suspected.caseId: carried in the WhatsApp quick reply payloads. */
  caseId: string;
  cardLast4: string;
  /** Fraud.Suspected.transactions: at least one. */
  transactions: FraudTransaction[];
  /** When the card is put on hold if the customer has not answered (ISO-8601). */
  replyBy: string;
  /** Signed links: "yes, it was me" and "no, it wasn't me". */
  yesUrl: string;
  noUrl: string;
}

/**
 * The fraud reply loop's messages (shared/domain/journeys/fraud-reply.ts), each about one case's card.
 * `fraud.thanks` (security): the customer answered `genuine`; the card stays active.
 */
export interface FraudThanksData {
  caseId: string;
  cardLast4: string;
}

/** `fraud.escalation` (security): no answer by the alert's deadline; asked once more, until `answerBy`. */
export interface FraudEscalationData extends FraudThanksData {
  /** The last moment an answer counts (ISO-8601): the alert's deadline plus the escalation window. */
  answerBy: string;
}

/** `fraud.confirmation` (security): the card is being blocked, on a `fraud` answer or on no answer. */
export interface FraudConfirmationData extends FraudThanksData {
  /** Card.HoldRequested.reason. */
  reason: 'customer_reported_fraud' | 'no_reply_by_deadline';
}

/** `payment.confirmation` (transactional): Payment.Completed. */
export interface PaymentConfirmationData {
  paymentId: string;
  amount: string;
  currency: string;
  payee: string;
  reference?: string;
  /** Payment.Completed.occurredAt. */
  completedAt: string;
  /** Link to manage payments; falls back to the brand's link. */
  manageUrl?: string;
}

/** `statement.ready` (transactional): Statement.Ready. The SMS carries no figures. */
export interface StatementReadyData {
  accountId: string;
  /** Statement.Ready.period: free text; `YYYY-MM` is shown as month and year. */
  period: string;
  /** Statement.Ready.url (https); falls back to the brand's link. */
  url?: string;
}

/** `loan.preapproved` (marketing): Loan.PreApproved. Never rendered after `expiresAt` (the trigger checks). */
export interface LoanPreapprovedData {
  offerId: string;
  amount: string;
  currency: string;
  expiresAt: string;
  /** Link to the offer. */
  offerUrl: string;
  /** Signed one-click unsubscribe link (footer and List-Unsubscribe header). */
  unsubscribeUrl: string;
}

/** `tax.reminder` (transactional, the customer asked for it): TaxReminder.Set, sent on its date. */
export interface TaxReminderData {
  reminderId: string;
  /** TaxReminder.Set.symbol: the holding the reminder is for. */
  symbol: string;
  /** TaxReminder.Set.date, `YYYY-MM-DD`: shown as a calendar date in the customer's locale. */
  date: string;
  /** TaxReminder.Set.note: the customer's own words, when they wrote any. */
  note?: string;
}

/** `price.alert` (transactional, the customer asked for it): Market.PriceTick crossing PriceAlert.Set levels. */
export interface PriceAlertData {
  /** Market.PriceTick.symbol. */
  symbol: string;
  /** Market.PriceTick.price: the price that crossed the alerts. */
  price: string;
  currency: string;
  /** PriceAlert.Set.direction of the alerts crossed: `above` when the price rose, `below` when it fell. */
  direction: 'above' | 'below';
  /** PriceAlert.Set.price of each alert the tick crossed (at least one), in the order crossed. */
  alertPrices: string[];
  /** Market.PriceTick.occurredAt. */
  occurredAt: string;
}

/**
 * The card activation journey's messages (Card.Issued; shared/domain/journeys/card-activation.ts): welcome
 * and offers. Every link (activate, app, wallet, offer) is on the bank's site (`brand.url`) unless given.
 */
export interface CardActivationData {
  /** Card.Issued.cardLast4. */
  cardLast4: string;
  /** Card.Issued.product, when the bank names it. */
  product?: string;
  /** The e-mail's call to action; defaults to a page under the brand's link. */
  url?: string;
  /** Marketing types (offers, nudge, incentive): the one-click unsubscribe link. */
  unsubscribeUrl?: string;
}

/** `card_activation.reminder` (transactional): the card is not activated yet. */
export interface CardActivationReminderData extends CardActivationData {
  /** Which reminder this is, and how many the journey sends ("1", "3"): the last one says so. */
  reminder: string;
  reminders: string;
}

/** `card_activation.nudge` (marketing): activated, but not used within the spend window. */
export interface CardActivationNudgeData extends CardActivationData {
  /** The spend window in days (config `cardActivation.spendWindowDays`). */
  spendWindowDays: string;
}

/** `card_activation.incentive` (marketing): spend `spendAmount` within `spendWithinDays`, first-year fee waived. */
export interface CardActivationIncentiveData extends CardActivationData {
  spendAmount: string;
  currency: string;
  spendWithinDays: string;
}

/**
 * `win_back.missed` (marketing): the customer has not been active for `inactiveDays` (the win-back journey,
 * shared/domain/journeys/win-back.ts). Links go to the bank's site (`brand.url`) unless given.
 */
export interface WinBackMissedData {
  /** Days without activity that count as lapsed (config `winBack.inactiveDays`). */
  inactiveDays: string;
  /** Which message of the sequence this is, and how many it has ("1", "3"): the first and last read differently. */
  message: string;
  messages: string;
  /** The call to action; defaults to the brand's link. */
  url?: string;
  unsubscribeUrl?: string;
}

/** `survey.request` (marketing): Lifecycle.MilestoneReached, one per milestone (shared/domain/journeys/surveys.ts). */
export interface SurveyRequestData {
  /** Lifecycle.MilestoneReached.milestone: onboarding_completed, first_90_days or account_closed. */
  milestone: string;
  /** The survey; defaults to `<brand.url>/survey/<milestone>`. */
  url?: string;
  unsubscribeUrl?: string;
}

/** `kyc.reminder` (transactional): the KYC journey (shared/domain/journeys/kyc.ts), steps still missing. */
export interface KycReminderData {
  /** The Kyc.StepCompleted steps not completed yet (at least one), in the order the reminder names them. */
  missing: ('selfie' | 'id_document' | 'proof_of_address')[];
  /** Which reminder this is, and how many the journey sends ("1", "3"): the last one says so. */
  reminder: string;
  reminders: string;
  /** The call to action; defaults to a page under the brand's link. */
  url?: string;
}

/**
 * `onboarding.self_employed`, `onboarding.student`, `onboarding.general` (marketing): a lesson of the
 * onboarding journey (shared/domain/journeys/onboarding.ts) for the customer's segment.
 */
export interface OnboardingData {
  /** The lesson, a select key of the type's copy (e.g. `expense_tracking`). */
  topic: string;
  url?: string;
  unsubscribeUrl?: string;
}

/** `payment_due.reminder` (transactional): Payment.Due, before the due date and on it (payment-due journey). */
export interface PaymentDueReminderData {
  billId: string;
  amount: string;
  currency: string;
  /** Payment.Due.dueDate, `YYYY-MM-DD`. */
  dueDate: string;
  minimumDue?: string;
  /** Days before the due date this reminder goes ("3"; "0" on the due date). */
  days: string;
  /** The "set up autopay" call to action; defaults to a page under the brand's link. */
  url?: string;
}
