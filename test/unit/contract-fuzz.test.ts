// Every bank DetailType, fuzzed at the contract level: a Detail broken in one field is rejected with a
// reason naming that field; a valid one (with random variations) parses; nothing throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examples } from '#contract/examples.ts';
import { type BankDetailType, bankEvents, type EventModule } from '#contract/registry.ts';
import { parseDetail } from '#contract/validate.ts';
import { brokenDetail, materialize, namesPath, renderPath, validDetail } from '../support/contract-fuzz.ts';

const detailTypes = Object.keys(bankEvents) as BankDetailType[];
const base = (detailType: BankDetailType) => examples[detailType] as unknown as Record<string, unknown>;

describe('contract fuzz: a Detail broken in one field', () => {
  it.each(detailTypes)('%s: is rejected, naming the broken field, and never throws', (detailType) => {
    // Prepare
    const { schema }: EventModule = bankEvents[detailType];

    // Act + Assess
    fc.assert(
      fc.property(brokenDetail(schema, base(detailType)), ({ detail, path }) => {
        const result = parseDetail(schema, materialize(detail));
        expect(result.ok).toBe(false);
        const reason = result.ok ? '' : result.reason;
        expect(namesPath(reason, path), `"${reason}" should name ${renderPath(path)}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('contract fuzz: valid Details', () => {
  it.each(detailTypes)(
    '%s: parses with optional fields dropped, extra fields added, other ids',
    (detailType) => {
      // Prepare
      const { schema }: EventModule = bankEvents[detailType];

      // Act + Assess
      fc.assert(
        fc.property(validDetail(schema, base(detailType)), ({ detail, expected }) => {
          expect(parseDetail(schema, detail)).toEqual({ ok: true, value: expected });
        }),
        { numRuns: 100 },
      );
    },
  );
});
