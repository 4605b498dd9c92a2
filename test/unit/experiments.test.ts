import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignVariant, type Experiment } from '../../shared/domain/experiments.ts';

const subject: Experiment = { id: 'balance-low-subject', variants: ['a', 'b'] };

describe('assignVariant', () => {
  it('gives a customer the same variant every time', () => {
    fc.assert(
      fc.property(fc.string(), (customerId) => {
        const first = assignVariant(customerId, subject);
        // Later, in another function, from another copy of the experiment's definition:
        const later = assignVariant(customerId, { id: subject.id, variants: ['a', 'b'] });
        return first === later;
      }),
    );
  });

  it('spreads customers evenly over the variants (10,000 customers, three variants, within 3 %)', () => {
    const three: Experiment = { id: 'cta', variants: ['x', 'y', 'z'] };
    const counts = new Map<string, number>();
    for (let i = 0; i < 10_000; i++) {
      const v = assignVariant(`cust-${i}`, three);
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    for (const variant of three.variants)
      expect(Math.abs((counts.get(variant) ?? 0) / 10_000 - 1 / 3)).toBeLessThan(0.03);
  });

  it('assigns independently per experiment', () => {
    const other: Experiment = { id: 'another-test', variants: ['a', 'b'] };
    let same = 0;
    for (let i = 0; i < 2_000; i++)
      if (assignVariant(`c${i}`, subject) === assignVariant(`c${i}`, other)) same += 1;
    // Independent assignments agree about half of the time; a shared hash would agree always.
    expect(same / 2_000).toBeGreaterThan(0.4);
    expect(same / 2_000).toBeLessThan(0.6);
  });
});
