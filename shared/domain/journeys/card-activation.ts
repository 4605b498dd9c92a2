// The card activation journey (Card.Issued): a welcome with how to activate at once; reminders on the
// configured days until Card.Activated; on activation, new-cardholder offers with the app; if the card is
// not used within the spend window after activation, a nudge; then an incentive offer. Each phase stops
// the moment its goal is recorded: Card.Activated ends the reminders, the first card spend ends the nudges.

import type { CardActivated } from '../../contract/events/card-activated.ts';
import type { CardIssued } from '../../contract/events/card-issued.ts';
import type { TransactionPosted } from '../../contract/events/transaction-posted.ts';
import {
  DAY_SECONDS,
  type JourneyDefinition,
  type JourneyItem,
  type JourneyKind,
  type JourneyStep,
  stepType,
} from './journey.ts';

export const CARD_ACTIVATION = 'card_activation';

/** The incentive step's param holding the spend amount in one currency: `spendAmount.AED`. */
const SPEND_PARAM = 'spendAmount.';

/** Why an incentive step sends nothing: the card's currency has no configured amount, or is not known. */
export const INCENTIVE_NOT_CONFIGURED = 'incentive_not_configured_for_currency';
export const INCENTIVE_CURRENCY_UNKNOWN = 'incentive_currency_unknown';

/** Statuses of a card activation journey. */
export const AWAITING_ACTIVATION = 'awaiting_activation';
export const ACTIVATED = 'activated';
export const SPENT = 'spent';

/** Phases: before activation (started by Card.Issued) and after (started by Card.Activated). */
export const ISSUED_PHASE = 'issued';
export const ACTIVATED_PHASE = 'activated';

export const CARD_ACTIVATION_TYPES = [
  'card_activation.welcome',
  'card_activation.reminder',
  'card_activation.offers',
  'card_activation.nudge',
  'card_activation.incentive',
] as const;

export type CardActivationType = (typeof CARD_ACTIVATION_TYPES)[number];

/** The deployment's timings (infra/config.ts `cardActivation`); days count from the event that starts a phase. */
export interface CardActivationSettings {
  /** Days after Card.Issued on which a reminder goes, until the card is activated (ascending, ≥ 1). */
  reminderDays: number[];
  /** Days after activation within which a card spend ends the journey; without one, the nudge goes. */
  spendWindowDays: number;
  /** Days after the nudge that the incentive offer goes (when the card is still unused). */
  incentiveDelayDays: number;
  /**
   * The incentive: spend this much within `incentiveWindowDays` and the first-year fee is waived, per
   * ISO-4217 currency (`{ EUR: '500.00', AED: '2000.00' }`). A card in a currency without an amount here
   * gets no incentive: its step is recorded `suppressed` (`incentive_not_configured_for_currency`).
   */
  incentiveSpend: Readonly<Record<string, string>>;
  incentiveWindowDays: number;
}

export const DEFAULT_CARD_ACTIVATION: Readonly<CardActivationSettings> = {
  reminderDays: [2, 5, 10],
  spendWindowDays: 30,
  incentiveDelayDays: 2,
  incentiveSpend: {
    EUR: '500.00',
    GBP: '450.00',
    USD: '550.00',
    RON: '2500.00',
    AED: '2000.00',
    IDR: '8000000',
    VND: '13000000',
  },
  incentiveWindowDays: 30,
};

/** The journey's phases and steps for the deployment's timings; the state machine is built from this. */
export function cardActivationJourney(
  settings: CardActivationSettings = DEFAULT_CARD_ACTIVATION,
): JourneyDefinition {
  const reminders: JourneyStep[] = settings.reminderDays.map((day, i) => ({
    step: `reminder-${i + 1}`,
    type: 'card_activation.reminder',
    waitSeconds: (day - (settings.reminderDays[i - 1] ?? 0)) * DAY_SECONDS,
    params: { reminder: String(i + 1), reminders: String(settings.reminderDays.length) },
  }));
  return {
    name: CARD_ACTIVATION,
    phases: [
      {
        name: ISSUED_PHASE,
        requires: AWAITING_ACTIVATION,
        steps: [{ step: 'welcome', type: 'card_activation.welcome', waitSeconds: 0 }, ...reminders],
      },
      {
        name: ACTIVATED_PHASE,
        requires: ACTIVATED,
        steps: [
          { step: 'offers', type: 'card_activation.offers', waitSeconds: 0 },
          {
            step: 'nudge',
            type: 'card_activation.nudge',
            waitSeconds: settings.spendWindowDays * DAY_SECONDS,
            params: { spendWindowDays: String(settings.spendWindowDays) },
          },
          {
            step: 'incentive',
            type: 'card_activation.incentive',
            waitSeconds: settings.incentiveDelayDays * DAY_SECONDS,
            params: {
              // One amount per currency: the card's currency picks it (cardActivationKind.data).
              ...Object.fromEntries(
                Object.entries(settings.incentiveSpend).map(([currency, amount]) => [
                  `${SPEND_PARAM}${currency}`,
                  amount,
                ]),
              ),
              spendWithinDays: String(settings.incentiveWindowDays),
            },
          },
        ],
      },
    ],
  };
}

/** Checks a deployment's settings; returns the problems, each naming the field. */
export function cardActivationProblems(settings: CardActivationSettings): string[] {
  const problems: string[] = [];
  const days = settings.reminderDays;
  if (days.length > 10) problems.push('reminderDays: at most 10 reminders');
  days.forEach((day, i) => {
    if (!Number.isInteger(day) || day < 1)
      problems.push(`reminderDays[${i}]: must be a whole number of days ≥ 1`);
    else if (i > 0 && day <= (days[i - 1] as number))
      problems.push(`reminderDays[${i}]: must be after the one before`);
  });
  for (const field of ['spendWindowDays', 'incentiveDelayDays', 'incentiveWindowDays'] as const) {
    const value = settings[field];
    if (!Number.isInteger(value) || value < 1 || value > 365)
      problems.push(`${field}: must be a whole number of days from 1 to 365`);
  }
  const spend = Object.entries(settings.incentiveSpend);
  if (spend.length === 0) problems.push('incentiveSpend: must give the amount in at least one currency');
  for (const [currency, amount] of spend) {
    if (!/^[A-Z]{3}$/.test(currency))
      problems.push(`incentiveSpend.${currency}: must be keyed by an ISO-4217 code such as "EUR"`);
    if (typeof amount !== 'string' || !/^\d{1,12}(\.\d{1,4})?$/.test(amount))
      problems.push(`incentiveSpend.${currency}: must be a decimal string such as "500.00"`);
  }
  return problems;
}

/** A new journey for an issued card. */
export function cardActivationItem(event: CardIssued | CardActivated): JourneyItem {
  return {
    journey: CARD_ACTIVATION,
    customerId: event.customerId,
    key: event.cardId,
    status: AWAITING_ACTIVATION,
    startedAt: event.occurredAt,
    startEventId: event.eventId,
    attributes: {
      cardLast4: event.cardLast4,
      ...(event.product ? { product: event.product } : {}),
      ...(event.currency ? { currency: event.currency } : {}),
    },
    goals: {},
    steps: {},
  };
}

/** The goals of the journey: each moves the status on, and may start the next phase. */
export const CARD_ACTIVATED_GOAL = { name: 'activated', from: AWAITING_ACTIVATION, to: ACTIVATED } as const;
export const CARD_SPENT_GOAL = { name: 'spent', from: ACTIVATED, to: SPENT } as const;

/**
 * Whether a posted transaction is the first spend the journey waits for: a card debit with the journey's
 * card (Transaction.Posted identifies the card by its last four digits), not earlier than the activation.
 */
export function isCardSpend(
  item: JourneyItem,
  transaction: Pick<TransactionPosted, 'channel' | 'direction' | 'cardLast4' | 'occurredAt'>,
): boolean {
  const activatedAt = item.goals[CARD_ACTIVATED_GOAL.name]?.at;
  return (
    item.status === ACTIVATED &&
    transaction.channel === 'card' &&
    transaction.direction === 'debit' &&
    transaction.cardLast4 === item.attributes.cardLast4 &&
    activatedAt !== undefined &&
    Date.parse(transaction.occurredAt) >= Date.parse(activatedAt)
  );
}

/** What the journey's messages say: the card, and each step's own values. */
export const cardActivationKind: JourneyKind<CardActivationType> = {
  name: CARD_ACTIVATION,
  phases: { [ISSUED_PHASE]: AWAITING_ACTIVATION, [ACTIVATED_PHASE]: ACTIVATED },
  types: CARD_ACTIVATION_TYPES,
  message(item, step) {
    const card = {
      cardLast4: item.attributes.cardLast4 ?? '',
      ...(item.attributes.product ? { product: item.attributes.product } : {}),
    };
    const params = step.params ?? {};
    const type = stepType(CARD_ACTIVATION_TYPES, step);
    switch (type) {
      case 'card_activation.reminder':
        return {
          type,
          data: { ...card, reminder: params.reminder ?? '1', reminders: params.reminders ?? '1' },
        };
      case 'card_activation.nudge':
        return { type, data: { ...card, spendWindowDays: params.spendWindowDays ?? '30' } };
      case 'card_activation.incentive': {
        // In the card's currency (suppress() keeps a step without an amount in it from being sent).
        const currency = item.attributes.currency ?? '';
        return {
          type,
          data: {
            ...card,
            spendAmount: params[`${SPEND_PARAM}${currency}`] ?? '',
            currency,
            spendWithinDays: params.spendWithinDays ?? '30',
          },
        };
      }
      default:
        return { type, data: card };
    }
  },
  suppress(item, step) {
    if (step.type !== 'card_activation.incentive') return undefined;
    const currency = item.attributes.currency;
    if (!currency) return INCENTIVE_CURRENCY_UNKNOWN;
    return step.params?.[`${SPEND_PARAM}${currency}`] === undefined ? INCENTIVE_NOT_CONFIGURED : undefined;
  },
};
