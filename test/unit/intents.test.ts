// Intents are typed by their message type: a trigger or a journey that builds data other than its type's
// data.ts does not compile (`npx tsc` checks the `@ts-expect-error` lines below: each fails the build when
// the line it marks compiles), and what the deciders build is exactly the type's data, field for field.

import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { examples } from '../../shared/contract/examples.ts';
import { decideBalanceAlerts } from '../../shared/domain/balance.ts';
import { decideFraudAlert } from '../../shared/domain/fraud.ts';
import { cardActivationKind } from '../../shared/domain/journeys/card-activation.ts';
import type { JourneyKind, JourneyMessage } from '../../shared/domain/journeys/journey.ts';
import type { Intent, OneOfIntents } from '../../shared/domain/notification.ts';
import type { CustomerProfile } from '../../shared/domain/profile.ts';
import { decideLargeTransaction } from '../../shared/domain/transactions.ts';
import { schema as balanceLowSchema } from '../../shared/notifications/balance-low/data.ts';
import type { MessageData } from '../../shared/notifications/catalogue.ts';
import { schema as fraudAlertSchema } from '../../shared/notifications/fraud-alert/data.ts';

const base = {
  category: 'transactional',
  customerId: 'c-1',
  eventId: 'e-1',
  occurredAt: '2026-03-02T09:00:00Z',
} as const;

describe('intents typed by their message type', () => {
  it("an intent's data is its type's data, and nothing else compiles", () => {
    // Prepare / Act: a balance.low intent as a trigger builds it.
    const low: Intent<'balance.low'> = {
      ...base,
      type: 'balance.low',
      data: { accountId: 'acc-1', balance: '10.00', threshold: '50.00', currency: 'EUR' },
    };
    // Assess: the type's data.ts is what `data` is typed by.
    expectTypeOf(low.data).toEqualTypeOf<MessageData['balance.low']>();
    expectTypeOf<Intent<'fraud.alert'>['type']>().toEqualTypeOf<'fraud.alert'>();

    const missingField: Intent<'balance.low'> = {
      ...base,
      type: 'balance.low',
      // @ts-expect-error balance.low's data has a threshold
      data: { accountId: 'acc-1', balance: '10.00', currency: 'EUR' },
    };
    const wrongType: Intent<'balance.low'> = {
      ...base,
      type: 'balance.low',
      // @ts-expect-error the balance is a decimal string, not a number
      data: { accountId: 'acc-1', balance: 10, threshold: '50.00', currency: 'EUR' },
    };
    const mismatched: OneOfIntents<'balance.low' | 'fraud.thanks'> = {
      ...base,
      type: 'fraud.thanks',
      // @ts-expect-error one of several types: the data must be the data of the type it names
      data: { accountId: 'acc-1', balance: '10.00', threshold: '50.00', currency: 'EUR' },
    };
    expect([low.type, missingField.type, wrongType.type, mismatched.type]).toEqual([
      'balance.low',
      'balance.low',
      'balance.low',
      'fraud.thanks',
    ]);
  });

  it('the deciders return intents of their own types', () => {
    expectTypeOf(decideLargeTransaction).returns.toEqualTypeOf<Intent<'transaction.large'> | undefined>();
    expectTypeOf(decideFraudAlert).returns.toEqualTypeOf<Intent<'fraud.alert'> | undefined>();
    expectTypeOf(cardActivationKind.message).returns.toEqualTypeOf<
      JourneyMessage<(typeof cardActivationKind.types)[number]>
    >();
    // A journey kind whose step builds another type's data does not compile.
    const wrongKind: JourneyKind<'kyc.reminder'> = {
      name: 'kyc',
      phases: {},
      types: ['kyc.reminder'],
      // @ts-expect-error kyc.reminder's data names the missing steps and which reminder it is
      message: () => ({ type: 'kyc.reminder', data: { topic: 'budgeting' } }),
    };
    expect(wrongKind.types).toEqual(['kyc.reminder']);
  });

  it("what the deciders build is exactly the type's data: no field its schema does not know", () => {
    // Prepare: a customer with a low-balance alert, and the contract's example events.
    const balance = { ...examples['Balance.Changed'], balance: '10.00', currency: 'EUR' };
    const profile = {
      customerId: balance.customerId,
      alerts: { lowBalance: { accountId: balance.accountId, threshold: '50.00', currency: 'EUR' } },
    } as unknown as CustomerProfile;

    // Act
    const [low] = decideBalanceAlerts(profile, balance, {});
    const fraud = decideFraudAlert(examples['Fraud.Suspected'], { replyWindowMinutes: 30, minRiskScore: 0 });

    // Assess: a strict object of each type's fields accepts the data as built.
    expect(low?.intent.type).toBe('balance.low');
    expect(v.safeParse(v.strictObject(balanceLowSchema.entries), low?.intent.data).success).toBe(true);
    expect(v.safeParse(v.strictObject(fraudAlertSchema.entries), fraud?.data).issues).toBeUndefined();
  });
});
