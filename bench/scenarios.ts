// The trigger events `npm run bench` measures, each on the path it names (no alert, alert, …), and what a
// trigger function does with one: validate the detail against the contract, then run the use case, as the
// handlers in functions/*/handler.ts do (less the Powertools logging). The same scenarios run against the
// DynamoDB adapters on dynalite (requests and capacity) and against bench/memory-ports.ts (CPU time).
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { GenericSchema } from 'valibot';
import { loadConfig } from '../infra/config.ts';
import { DynamoDbBalanceAlertStore } from '../shared/adapters/dynamodb/balance-alert-state.ts';
import { DynamoDbCapCounter } from '../shared/adapters/dynamodb/cap-counter.ts';
import { DynamoDbErasures } from '../shared/adapters/dynamodb/erasures.ts';
import { DynamoDbMessageLedger } from '../shared/adapters/dynamodb/message-ledger.ts';
import { DynamoDbPriceAlerts } from '../shared/adapters/dynamodb/price-alerts.ts';
import { DynamoDbProfileReader } from '../shared/adapters/dynamodb/profile-reader.ts';
import { DynamoDbProfileWriter } from '../shared/adapters/dynamodb/profile-writer.ts';
import { DynamoDbRejectionClaims } from '../shared/adapters/dynamodb/rejection-claims.ts';
import { DynamoDbTaxReminders } from '../shared/adapters/dynamodb/tax-reminders.ts';
import { acceptEvent, type BusEvent } from '../shared/application/accept-event.ts';
import { type AccountNotice, sendAccountNotice } from '../shared/application/account-notices.ts';
import { evaluateBalance } from '../shared/application/evaluate-balance.ts';
import { sendFraudAlert } from '../shared/application/fraud-alerts.ts';
import type { NotifyPolicy } from '../shared/application/notify.ts';
import { applyPriceTick, removePriceAlert, setPriceAlert } from '../shared/application/price-alerts.ts';
import { remindWhenDue, setTaxReminder } from '../shared/application/tax-reminders.ts';
import { evaluateTransaction } from '../shared/application/transaction-alerts.ts';
import { type ProfileEvent, updateProfile } from '../shared/application/update-profile.ts';
import * as alertSettingsChanged from '../shared/contract/events/alert-settings-changed.ts';
import * as balanceChanged from '../shared/contract/events/balance-changed.ts';
import * as consentChanged from '../shared/contract/events/consent-changed.ts';
import * as customerUpserted from '../shared/contract/events/customer-upserted.ts';
import * as fraudSuspected from '../shared/contract/events/fraud-suspected.ts';
import * as loanPreApproved from '../shared/contract/events/loan-pre-approved.ts';
import * as marketPriceTick from '../shared/contract/events/market-price-tick.ts';
import * as paymentCompleted from '../shared/contract/events/payment-completed.ts';
import * as priceAlertRemoved from '../shared/contract/events/price-alert-removed.ts';
import * as priceAlertSet from '../shared/contract/events/price-alert-set.ts';
import * as statementReady from '../shared/contract/events/statement-ready.ts';
import * as taxReminderSet from '../shared/contract/events/tax-reminder-set.ts';
import * as transactionPosted from '../shared/contract/events/transaction-posted.ts';
import { parseDetail } from '../shared/contract/validate.ts';
import { DEVELOPMENT_PSEUDONYM_KEY } from '../shared/domain/erasure.ts';
import type { FraudPolicy } from '../shared/domain/fraud.ts';
import type { BalanceAlertStore, PriceAlertStore, TaxReminders } from '../shared/ports/alerts.ts';
import type { ErasureRecords, ProfileReader, ProfileWriter } from '../shared/ports/customers.ts';
import type { RejectionClaims } from '../shared/ports/events.ts';
import type { MessageClaims } from '../shared/ports/message-ledger.ts';
import type { CapCounter } from '../shared/ports/policy.ts';
import {
  MemoryCaps,
  MemoryClaims,
  MemoryErasures,
  MemoryPriceAlerts,
  MemoryProfiles,
  MemoryRejectionClaims,
  MemoryTaxReminders,
  Recorded,
} from './memory-ports.ts';

/** The ports that keep state: DynamoDB adapters, or their in-memory stand-ins. */
export interface Stores {
  profiles: ProfileReader;
  profileWriter: ProfileWriter;
  balanceAlerts: BalanceAlertStore;
  claims: MessageClaims;
  caps: CapCounter;
  alerts: PriceAlertStore;
  reminders: TaxReminders;
  rejections: RejectionClaims;
  erasures: ErasureRecords;
}

export function dynamoDbStores(client: DynamoDBClient, tableName: string): Stores {
  return {
    profiles: new DynamoDbProfileReader(client, tableName),
    profileWriter: new DynamoDbProfileWriter(client, tableName),
    balanceAlerts: new DynamoDbBalanceAlertStore(client, tableName),
    claims: new DynamoDbMessageLedger(client, tableName),
    caps: new DynamoDbCapCounter(client, tableName),
    alerts: new DynamoDbPriceAlerts(client, tableName),
    reminders: new DynamoDbTaxReminders(client, tableName),
    rejections: new DynamoDbRejectionClaims(client, tableName),
    erasures: new DynamoDbErasures(client, tableName, DEVELOPMENT_PSEUDONYM_KEY),
  };
}

export function memoryStores(): Stores {
  const profiles = new MemoryProfiles();
  return {
    profiles,
    profileWriter: profiles,
    balanceAlerts: profiles,
    claims: new MemoryClaims(),
    caps: new MemoryCaps(),
    alerts: new MemoryPriceAlerts(),
    reminders: new MemoryTaxReminders(),
    rejections: new MemoryRejectionClaims(),
    erasures: new MemoryErasures(),
  };
}

const NOW = new Date('2026-03-03T12:00:00Z');
/** Every measured event occurs after the state its scenario prepared. */
const AT = '2026-03-03T11:59:00Z';
const BEFORE = '2026-03-01T09:00:00Z';

/** A trigger function's dependencies: the stores, and the ports that leave the process, recorded. */
export function world(stores: Stores) {
  const out = new Recorded();
  return {
    ...stores,
    out,
    plans: out,
    deadLetters: out,
    log: out,
    wakeUps: out,
    now: () => NOW,
    policy: {
      defaultQuietHours: { start: '22:00', end: '07:00' },
      marketingCap: 2,
      transactionalDefault: 'denied',
    } satisfies NotifyPolicy as NotifyPolicy,
    fraud: { replyWindowMinutes: 30, minRiskScore: 0.5 } satisfies FraudPolicy,
    // The dev environment's representative example, so that a loan offer in its currency is made.
    loanOffers: loadConfig('dev').loanOffers,
    localTime: '09:00',
  };
}
export type World = ReturnType<typeof world>;

export const bus = (detailType: string, detail: unknown): BusEvent => ({
  source: 'bank.core',
  'detail-type': detailType,
  detail,
});

/**
 * A customer as the profile function leaves one: contacts on every channel, transactional consent on
 * e-mail, SMS and push, marketing on e-mail, and the three balance and transaction alert settings.
 */
export async function prepareCustomer(w: World, customerId: string): Promise<void> {
  await updateProfile(
    {
      detailType: 'Customer.Upserted',
      detail: {
        eventId: `${customerId}-upserted`,
        customerId,
        occurredAt: BEFORE,
        name: { given: 'Ana', family: 'Popescu' },
        locale: 'en-GB',
        timeZone: 'Europe/London',
        contacts: {
          email: `${customerId}@example.com`,
          phone: '+447700900123',
          whatsapp: '+447700900123',
          pushTokens: [{ platform: 'fcm', token: `fcm-${customerId}-0123456789abcdef` }],
        },
        segment: 'retail',
      },
    },
    w.profileWriter,
    w.now,
  );
  const consents = [
    ['email', 'transactional'],
    ['sms', 'transactional'],
    ['push', 'transactional'],
    ['email', 'marketing'],
  ] as const;
  for (const [channel, category] of consents) {
    await updateProfile(
      {
        detailType: 'Consent.Changed',
        detail: {
          eventId: `${customerId}-${channel}-${category}`,
          customerId,
          occurredAt: BEFORE,
          channel,
          category,
          granted: true,
          source: 'app',
        },
      },
      w.profileWriter,
      w.now,
    );
  }
  await updateProfile(
    {
      detailType: 'AlertSettings.Changed',
      detail: {
        eventId: `${customerId}-alert-settings`,
        customerId,
        occurredAt: BEFORE,
        lowBalance: { accountId: 'CUR-1', threshold: '100.00', currency: 'GBP' },
        largeTransaction: { minAmount: '1000.00', currency: 'GBP' },
        creditUtilization: { percent: 80 },
      },
    },
    w.profileWriter,
    w.now,
  );
}

// What each trigger function does with an event (functions/*/handler.ts without the logging).

export async function onBalanceChanged(w: World, event: BusEvent) {
  const detail = await acceptEvent(event, (d) => parseDetail(balanceChanged.schema, d), w);
  if (detail) await evaluateBalance(event, detail, w);
}

export async function onTransactionPosted(w: World, event: BusEvent) {
  const detail = await acceptEvent(event, (d) => parseDetail(transactionPosted.schema, d), w);
  if (detail) await evaluateTransaction(event, detail, w);
}

const notices = [paymentCompleted, statementReady, loanPreApproved] as {
  detailType: AccountNotice['detailType'];
  schema: GenericSchema<unknown, AccountNotice['detail']>;
}[];
async function onAccountNotice(w: World, event: BusEvent) {
  const contract = notices.find((c) => c.detailType === event['detail-type']);
  if (!contract) throw new Error(`not an account notice: ${event['detail-type']}`);
  const detail = await acceptEvent(event, (d) => parseDetail(contract.schema, d), w);
  if (detail) await sendAccountNotice(event, { detailType: contract.detailType, detail } as AccountNotice, w);
}

async function onPriceAlertEvent(w: World, event: BusEvent) {
  switch (event['detail-type']) {
    case priceAlertSet.detailType: {
      const set = await acceptEvent(event, (d) => parseDetail(priceAlertSet.schema, d), w);
      if (set) await setPriceAlert(event, set, w);
      return;
    }
    case priceAlertRemoved.detailType: {
      const removed = await acceptEvent(event, (d) => parseDetail(priceAlertRemoved.schema, d), w);
      if (removed) await removePriceAlert(removed, w);
      return;
    }
    case marketPriceTick.detailType: {
      const tick = await acceptEvent(event, (d) => parseDetail(marketPriceTick.schema, d), w);
      if (tick) await applyPriceTick(tick, w);
      return;
    }
  }
  throw new Error(`not a price alert event: ${event['detail-type']}`);
}

async function onFraudSuspected(w: World, event: BusEvent) {
  const detail = await acceptEvent(event, (d) => parseDetail(fraudSuspected.schema, d), w);
  if (detail) await sendFraudAlert(event, detail, w);
}

async function onTaxReminderSet(w: World, event: BusEvent) {
  const detail = await acceptEvent(event, (d) => parseDetail(taxReminderSet.schema, d), w);
  if (detail) await setTaxReminder(event, detail, w);
}

const profileContracts = [customerUpserted, consentChanged, alertSettingsChanged];
async function onProfileEvent(w: World, event: BusEvent) {
  const contract = profileContracts.find((c) => c.detailType === event['detail-type']);
  if (!contract) throw new Error(`not a profile event: ${event['detail-type']}`);
  const detail = await acceptEvent(event, (d) => parseDetail(contract.schema, d), w);
  if (detail)
    await updateProfile({ detailType: contract.detailType, detail } as ProfileEvent, w.profileWriter, w.now);
}

export interface Scenario {
  /** The event (detail-type), or the queue message, the trigger function receives. */
  trigger: string;
  /** Which path through the use case: `no alert` is the common case. */
  path: string;
  /** How many messages the event must plan: checked on every run, so the bench measures the path named. */
  planned: number;
  /** The state the nth event needs (a customer, armed alerts, the last tick), made before it is measured. */
  prepare(w: World, n: number): Promise<void>;
  /** The trigger function's work for the nth event: what is measured. */
  run(w: World, n: number): Promise<void>;
}

const customerOf = (tag: string, n: number) => `${tag}-${n}`;

const balanceEvent = (n: number, tag: string, balance: string, at = AT) =>
  bus('Balance.Changed', {
    eventId: `${tag}-bc-${at}-${n}`,
    occurredAt: at,
    customerId: customerOf(tag, n),
    accountId: 'CUR-1',
    balance,
    currency: 'GBP',
  });

const transactionEvent = (n: number, tag: string, amount: string) =>
  bus('Transaction.Posted', {
    eventId: `${tag}-tp-${n}`,
    occurredAt: AT,
    customerId: customerOf(tag, n),
    accountId: 'CUR-1',
    amount,
    currency: 'GBP',
    direction: 'debit',
    channel: 'card',
    merchant: { name: 'Corner Shop', city: 'London', country: 'GB' },
    cardLast4: '4242',
    balanceAfter: '310.55',
  });

const alertEvent = (
  detailType: string,
  n: number,
  tag: string,
  alertId: string,
  symbol: string,
  price: string,
) =>
  bus(detailType, {
    eventId: `${tag}-${detailType}-${alertId}-${n}`,
    occurredAt: AT,
    customerId: customerOf(tag, n),
    alertId,
    symbol,
    direction: 'above',
    price,
    currency: 'USD',
  });

const tickEvent = (eventId: string, symbol: string, price: string, occurredAt: string) =>
  bus('Market.PriceTick', { eventId, occurredAt, symbol, price, currency: 'USD' });

/**
 * A tick of its own symbol (so each measured tick starts from the same state), crossing `k` alerts of `k`
 * customers; five more alerts, far above, are armed and not crossed.
 */
function priceTick(k: number): Scenario {
  const tag = `tick${k}`;
  const symbol = (n: number) => `S${k}N${n}`;
  return {
    trigger: 'Market.PriceTick',
    path: k === 0 ? 'no alert (crosses 0)' : `alert (crosses ${k})`,
    planned: k,
    async prepare(w, n) {
      await onPriceAlertEvent(w, tickEvent(`${tag}-t0-${n}`, symbol(n), '100.00', BEFORE));
      for (let i = 0; i < k + 5; i++) {
        const customerId = customerOf(`${tag}-c${i}`, n);
        await prepareCustomer(w, customerId);
        const level = i < k ? `100.${String(10 + i).padStart(2, '0')}` : `${200 + i}.00`;
        await setPriceAlert(
          bus('PriceAlert.Set', {}),
          {
            eventId: `${tag}-set-${i}-${n}`,
            occurredAt: BEFORE,
            customerId,
            alertId: `a-${i}`,
            symbol: symbol(n),
            direction: 'above',
            price: level,
            currency: 'USD',
          },
          w,
        );
      }
    },
    run: (w, n) => onPriceAlertEvent(w, tickEvent(`${tag}-t1-${n}`, symbol(n), '101.00', AT)),
  };
}

export const scenarios: Scenario[] = [
  {
    trigger: 'Balance.Changed',
    path: 'no alert',
    planned: 0,
    prepare: (w, n) => prepareCustomer(w, customerOf('bal-fine', n)),
    run: (w, n) => onBalanceChanged(w, balanceEvent(n, 'bal-fine', '500.00')),
  },
  {
    trigger: 'Balance.Changed',
    path: 'alert (low balance)',
    // On every channel with transactional consent (e-mail, SMS, push); WhatsApp, without it, is suppressed.
    planned: 3,
    prepare: (w, n) => prepareCustomer(w, customerOf('bal-low', n)),
    run: (w, n) => onBalanceChanged(w, balanceEvent(n, 'bal-low', '50.00')),
  },
  {
    trigger: 'Balance.Changed',
    path: 're-arm (recovered)',
    planned: 0,
    async prepare(w, n) {
      await prepareCustomer(w, customerOf('bal-rearm', n));
      await onBalanceChanged(w, balanceEvent(n, 'bal-rearm', '50.00', '2026-03-03T11:00:00Z'));
    },
    run: (w, n) => onBalanceChanged(w, balanceEvent(n, 'bal-rearm', '150.00')),
  },
  {
    trigger: 'Transaction.Posted',
    path: 'no alert',
    planned: 0,
    prepare: (w, n) => prepareCustomer(w, customerOf('tx-small', n)),
    run: (w, n) => onTransactionPosted(w, transactionEvent(n, 'tx-small', '42.50')),
  },
  {
    trigger: 'Transaction.Posted',
    path: 'alert (large)',
    planned: 1,
    prepare: (w, n) => prepareCustomer(w, customerOf('tx-large', n)),
    run: (w, n) => onTransactionPosted(w, transactionEvent(n, 'tx-large', '1250.00')),
  },
  {
    trigger: 'Payment.Completed',
    path: 'notice',
    planned: 1,
    prepare: (w, n) => prepareCustomer(w, customerOf('pay', n)),
    run: (w, n) =>
      onAccountNotice(
        w,
        bus('Payment.Completed', {
          eventId: `pay-${n}`,
          occurredAt: AT,
          customerId: customerOf('pay', n),
          paymentId: `pay-${n}`,
          amount: '250.00',
          currency: 'GBP',
          payee: 'City Energy',
          reference: 'Invoice 2026-02',
        }),
      ),
  },
  {
    trigger: 'Statement.Ready',
    path: 'notice',
    planned: 1,
    prepare: (w, n) => prepareCustomer(w, customerOf('stmt', n)),
    run: (w, n) =>
      onAccountNotice(
        w,
        bus('Statement.Ready', {
          eventId: `stmt-${n}`,
          occurredAt: AT,
          customerId: customerOf('stmt', n),
          accountId: 'CUR-1',
          period: '2026-02',
          url: 'https://bank.example.com/statements/2026-02',
        }),
      ),
  },
  ...(['no alert (offer expired)', 'alert (offer)'] as const).map(
    (path, i): Scenario => ({
      trigger: 'Loan.PreApproved',
      path,
      planned: i,
      prepare: (w, n) => prepareCustomer(w, customerOf(`loan${i}`, n)),
      run: (w, n) =>
        onAccountNotice(
          w,
          bus('Loan.PreApproved', {
            eventId: `loan${i}-${n}`,
            occurredAt: AT,
            customerId: customerOf(`loan${i}`, n),
            offerId: `offer-${n}`,
            amount: '15000.00',
            currency: 'GBP',
            expiresAt: i === 0 ? '2026-03-01T00:00:00Z' : '2026-04-01T00:00:00Z',
          }),
        ),
    }),
  ),
  {
    trigger: 'PriceAlert.Set',
    path: 'new alert',
    planned: 0,
    prepare: (w, n) => prepareCustomer(w, customerOf('pas', n)),
    run: (w, n) => onPriceAlertEvent(w, alertEvent('PriceAlert.Set', n, 'pas', 'a-1', 'AAPL', '250.00')),
  },
  {
    trigger: 'PriceAlert.Set',
    path: 'new level',
    planned: 0,
    async prepare(w, n) {
      await prepareCustomer(w, customerOf('pam', n));
      await setPriceAlert(
        bus('PriceAlert.Set', {}),
        { ...alertDetail(n, 'pam', '240.00'), occurredAt: BEFORE },
        w,
      );
    },
    run: (w, n) => onPriceAlertEvent(w, alertEvent('PriceAlert.Set', n, 'pam', 'a-1', 'AAPL', '260.00')),
  },
  {
    trigger: 'PriceAlert.Removed',
    path: 'armed alert',
    planned: 0,
    async prepare(w, n) {
      await prepareCustomer(w, customerOf('par', n));
      await setPriceAlert(
        bus('PriceAlert.Set', {}),
        { ...alertDetail(n, 'par', '250.00'), occurredAt: BEFORE },
        w,
      );
    },
    run: (w, n) => onPriceAlertEvent(w, alertEvent('PriceAlert.Removed', n, 'par', 'a-1', 'AAPL', '250.00')),
  },
  priceTick(0),
  priceTick(1),
  priceTick(10),
  ...(['no alert (low risk)', 'alert'] as const).map(
    (path, i): Scenario => ({
      trigger: 'Fraud.Suspected',
      path,
      // On every channel with transactional consent (SMS, push, e-mail); none without it (WhatsApp).
      planned: i * 3,
      prepare: (w, n) => prepareCustomer(w, customerOf(`fraud${i}`, n)),
      run: (w, n) =>
        onFraudSuspected(
          w,
          bus('Fraud.Suspected', {
            eventId: `fraud${i}-${n}`,
            occurredAt: AT,
            customerId: customerOf(`fraud${i}`, n),
            caseId: `case-${n}`,
            cardId: 'card-1',
            cardLast4: '4242',
            transactions: [
              { amount: '899.99', currency: 'GBP', merchant: 'ELECTRO SHOP LTD', occurredAt: AT },
              { amount: '12.00', currency: 'GBP', merchant: 'ONLINE GAMES', occurredAt: AT },
            ],
            riskScore: i === 0 ? 0.2 : 0.93,
          }),
        ),
    }),
  ),
  {
    trigger: 'TaxReminder.Set',
    path: 'arranged',
    planned: 0,
    prepare: (w, n) => prepareCustomer(w, customerOf('trs', n)),
    run: (w, n) =>
      onTaxReminderSet(
        w,
        bus('TaxReminder.Set', {
          eventId: `trs-${n}`,
          occurredAt: AT,
          customerId: customerOf('trs', n),
          reminderId: 'r-1',
          symbol: 'VWRL.L',
          date: '2026-03-31',
          note: 'Declare dividends',
        }),
      ),
  },
  ...(['no alert (date moved)', 'alert'] as const).map(
    (path, i): Scenario => ({
      trigger: 'TaxReminder.Due',
      path,
      planned: i,
      async prepare(w, n) {
        const customerId = customerOf(`trd${i}`, n);
        await prepareCustomer(w, customerId);
        const set = { customerId, reminderId: 'r-1', symbol: 'VWRL.L', note: 'Declare dividends' };
        await w.reminders.apply({
          ...set,
          eventId: `trd${i}-a-${n}`,
          occurredAt: BEFORE,
          date: '2026-03-03',
        });
        // Re-set to a later date: the wake-up for the first date finds nothing to send.
        if (i === 0)
          await w.reminders.apply({ ...set, eventId: `trd${i}-b-${n}`, occurredAt: AT, date: '2026-03-20' });
      },
      async run(w, n) {
        const wakeUp = { customerId: customerOf(`trd${i}`, n), reminderId: 'r-1', date: '2026-03-03' };
        await remindWhenDue(JSON.stringify({ ...wakeUp, at: '2026-03-03T09:00:00.000Z' }), w);
      },
    }),
  ),
  {
    trigger: 'Customer.Upserted',
    path: 'applied',
    planned: 0,
    prepare: async () => undefined,
    run: (w, n) =>
      onProfileEvent(
        w,
        bus('Customer.Upserted', {
          eventId: `cu-${n}`,
          occurredAt: AT,
          customerId: customerOf('cu', n),
          name: { given: 'Ana', family: 'Popescu' },
          locale: 'en-GB',
          timeZone: 'Europe/London',
          contacts: {
            email: `cu-${n}@example.com`,
            phone: '+447700900123',
            pushTokens: [{ platform: 'fcm', token: `fcm-cu-${n}-0123456789abcdef` }],
          },
        }),
      ),
  },
  {
    trigger: 'Consent.Changed',
    path: 'applied',
    planned: 0,
    prepare: (w, n) => prepareCustomer(w, customerOf('cc', n)),
    run: (w, n) =>
      onProfileEvent(
        w,
        bus('Consent.Changed', {
          eventId: `cc-${n}`,
          occurredAt: AT,
          customerId: customerOf('cc', n),
          channel: 'sms',
          category: 'marketing',
          granted: true,
          source: 'app',
        }),
      ),
  },
  {
    trigger: 'AlertSettings.Changed',
    path: 'applied (3 settings)',
    planned: 0,
    prepare: (w, n) => prepareCustomer(w, customerOf('as', n)),
    run: (w, n) =>
      onProfileEvent(
        w,
        bus('AlertSettings.Changed', {
          eventId: `as-${n}`,
          occurredAt: AT,
          customerId: customerOf('as', n),
          lowBalance: { accountId: 'CUR-1', threshold: '150.00', currency: 'GBP' },
          largeTransaction: { minAmount: '500.00', currency: 'GBP' },
          quietHours: { start: '23:00', end: '06:00' },
        }),
      ),
  },
];

function alertDetail(n: number, tag: string, price: string) {
  return {
    eventId: `${tag}-prev-${n}`,
    occurredAt: AT,
    customerId: customerOf(tag, n),
    alertId: 'a-1',
    symbol: 'AAPL',
    direction: 'above' as const,
    price,
    currency: 'USD',
  };
}

export const scenarioName = (s: Pick<Scenario, 'trigger' | 'path'>) => `${s.trigger} · ${s.path}`;
