// The deployed artefacts themselves: the same scenarios run on the bundles `cdk deploy` ships (credential
// alias, event-stream stub and literal-schema plugin included), not on the handler sources.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replay } from '../../local/replay.ts';

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures/low-balance.jsonl'), 'utf8');

describe('bundled functions (local stack)', () => {
  it('give the same records as the sources for the low-balance scenario, quiet hours included', async () => {
    // Prepare: the fixture, plus a recovery (re-arming the alert) and a drop at 23:00 London time
    // (deferred to 07:00)
    const extra = [
      {
        Source: 'bank.core',
        DetailType: 'Balance.Changed',
        Time: '2026-03-03T20:00:00Z',
        Detail: {
          eventId: 'recovered',
          occurredAt: '2026-03-03T20:00:00Z',
          customerId: 'c-1',
          accountId: 'ACC-1001',
          balance: '900.00',
          currency: 'GBP',
        },
      },
      {
        Source: 'bank.core',
        DetailType: 'Balance.Changed',
        Time: '2026-03-03T23:00:00Z',
        Detail: {
          eventId: 'late',
          occurredAt: '2026-03-03T23:00:00Z',
          customerId: 'c-1',
          accountId: 'ACC-1001',
          balance: '9.00',
          currency: 'GBP',
        },
      },
    ].map((e) => JSON.stringify(e));
    const text = [FIXTURE.trim(), ...extra].join('\n');
    // Act
    const fromSource = await replay(text, { operationalLog: () => undefined });
    const fromBundles = await replay(text, { operationalLog: () => undefined, bundled: true });
    // Assess
    expect(fromBundles.records).toEqual(fromSource.records);
    expect(fromBundles.records.filter((r) => r.kind === 'delivery' && r.status === 'sent')).toHaveLength(4);
    expect(fromBundles.outbox.map((m) => m.channel).sort()).toEqual(['email', 'email', 'sms', 'sms']);
  }, 120_000);
});
