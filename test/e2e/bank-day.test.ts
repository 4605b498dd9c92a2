// Issue 10's acceptance test: a generated bank day of 1,000+ events of every trigger type, six languages and
// many time zones, every event delivered three times out of order, with SES throttling and rejections,
// held to the guarantees of the README ("Architecture") and docs/design.md against expectations computed
// independently of Herald's code (test/support/bank-day/). `npm run test:soak` runs the same at 20,000+
// events.
import { describe, expect, it } from 'vitest';
import { parseFaults } from '../../local/faults.ts';
import { bankEvents } from '../../shared/contract/registry.ts';
import { generateBankDay } from '../support/bank-day/generator.ts';
import { describeBankDay } from '../support/bank-day/suite.ts';

describe('the bank-day generator', () => {
  it('builds the same day for the same seed, and another for another seed', () => {
    // Act
    const one = generateBankDay({ seed: 11, events: 300 });
    const again = generateBankDay({ seed: 11, events: 300 });
    const other = generateBankDay({ seed: 12, events: 300 });
    // Assess
    expect(again.jsonl).toBe(one.jsonl);
    expect(other.jsonl).not.toBe(one.jsonl);
  });

  it('covers every bank DetailType of the contract, bad input and unknown types, in six languages', () => {
    // Act
    const day = generateBankDay({ seed: 11, events: 1000 });
    // Assess
    const valid = new Set(day.events.filter((e) => e.valid).map((e) => e.detailType));
    expect([...valid].sort()).toEqual(Object.keys(bankEvents).sort());
    const invalid = day.events.filter((e) => !e.valid);
    expect(invalid.length).toBeGreaterThan(22);
    expect(invalid.map((e) => `${e.source} ${e.detailType}`)).toEqual(
      expect.arrayContaining([
        'bank.core Balance.Changd',
        'bank.core balance.changed',
        'bank.cards Transaction.Posted',
        'bank.core Customer.Upserted',
      ]),
    );
    expect(new Set(day.customers.map((c) => c.locale.split('-')[0]))).toEqual(
      new Set(['en', 'id', 'ar', 'ro', 'vi', 'de']),
    );
    expect(new Set(day.customers.map((c) => c.timeZone)).size).toBeGreaterThan(20);
  });

  it('delivers each event three times with its own occurredAt, and the copies arrive out of order', () => {
    // Act
    const day = generateBankDay({ seed: 11, events: 1000 });
    const lines = day.jsonl
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { Time: string; Detail: { eventId?: string; occurredAt?: string } });
    // Assess: three copies per eventId, identical details
    const copies = new Map<string, Set<string>>();
    for (const line of lines) {
      const id = line.Detail.eventId ?? '';
      copies.set(id, (copies.get(id) ?? new Set()).add(JSON.stringify(line.Detail)));
    }
    expect(lines.length).toBe(day.events.length * 3);
    expect([...copies.values()].every((details) => details.size === 1)).toBe(true);
    // ... and in Time order, some event's copy arrives after a later-occurring event's first copy
    const byTime = [...lines].sort((a, b) => Date.parse(a.Time) - Date.parse(b.Time));
    let inversions = 0;
    let latest = Number.NEGATIVE_INFINITY;
    for (const line of byTime) {
      const occurred = Date.parse(line.Detail.occurredAt ?? '');
      if (occurred < latest) inversions += 1;
      latest = Math.max(latest, occurred);
    }
    expect(inversions).toBeGreaterThan(day.events.length);
  });
});

// All day long, SES throttles 40 % of SendEmail calls and rejects 5 % for good, and SNS throttles 20 % of
// Publish calls (`herald replay --fault throttle-email=40 --fault reject-email=5 --fault throttle-sms=20`),
// on top of every event arriving three times out of order.
describeBankDay({
  seed: 20261205,
  events: 1000,
  faults: parseFaults(['throttle-email=40', 'reject-email=5', 'throttle-sms=20'], '20261205'),
});
