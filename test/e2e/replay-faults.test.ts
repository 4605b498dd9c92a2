// Fault injection through `herald replay --fault`: the guarantees hold under throttling, rejections,
// duplicate deliveries and lost provider answers, and the same faults and seed print the same records.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFaults } from '../../local/faults.ts';
import { replay } from '../../local/replay.ts';
import type { DeliveryRecord } from '../../shared/domain/delivery-record.ts';
import { entry } from '../support/replay-harness.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const LOW_BALANCE = readFileSync(join(import.meta.dirname, 'fixtures/low-balance.jsonl'), 'utf8');

const customer = (id: string, consents: [string, string][]) => [
  entry('2026-03-02T00:00:00Z', 'Customer.Upserted', {
    eventId: `${id}-u`,
    customerId: id,
    name: { given: 'Anna' },
    locale: 'de-DE',
    timeZone: 'Europe/Berlin',
    contacts: { email: `${id}@example.com`, phone: '+4915100000001' },
  }),
  ...consents.map(([channel, category], i) =>
    entry(`2026-03-02T00:00:0${i + 1}Z`, 'Consent.Changed', {
      eventId: `${id}-c-${channel}-${category}`,
      customerId: id,
      channel,
      category,
      granted: true,
      source: 'app',
    }),
  ),
];

/** Replays `lines` under the `--fault` values and returns the runtime. */
const run = (lines: string, values: string[], seed?: string) =>
  replay(lines, { operationalLog: () => undefined, faults: parseFaults(values, seed) });

const deliveries = (records: { kind: string }[]) =>
  records
    .filter((r): r is DeliveryRecord => r.kind === 'delivery')
    .map((r) => `${r.time} ${r.eventId} ${r.channel} ${r.status} ${r.reason ?? ''}`.trim());

describe('herald replay --fault duplicate-delivery=N', () => {
  it('delivers every event three times and still sends the low-balance alert once per channel', async () => {
    // Act
    const herald = await run(LOW_BALANCE, ['duplicate-delivery=3']);
    // Assess: one sent per channel; the outbox holds exactly those two messages
    expect(deliveries(herald.records)).toEqual([
      '2026-03-03T10:00:00.000Z e-5 push suppressed no_contact',
      '2026-03-03T10:00:00.000Z e-5 whatsapp suppressed no_contact',
      '2026-03-03T10:00:00.000Z e-5 email sent',
      '2026-03-03T10:00:00.000Z e-5 sms sent',
    ]);
    expect(herald.outbox.map((m) => m.channel)).toEqual(['email', 'sms']);
    // the malformed Balance.Changed (e-6) reached its function on each delivery: at least one rejection
    expect(herald.records.some((r) => r.kind === 'rejected' && r.eventId === 'e-6')).toBe(true);
  });
});

describe('herald replay --fault reject-<channel>=P', () => {
  it('with reject-email=100, fails the statement e-mail for good and sends the SMS fallback', async () => {
    // Prepare: Statement.Ready goes on the first reachable channel, e-mail, with SMS as its fallback
    const lines = [
      ...customer('f', [
        ['email', 'transactional'],
        ['sms', 'transactional'],
      ]),
      entry('2026-03-03T09:00:00Z', 'Statement.Ready', {
        eventId: 'f-s1',
        customerId: 'f',
        accountId: 'DE00ACCOUNT0001',
        period: '2026-02',
      }),
    ].join('\n');
    // Act
    const herald = await run(lines, ['reject-email=100']);
    // Assess
    expect(deliveries(herald.records)).toEqual([
      '2026-03-03T09:00:00.000Z f-s1 email failed provider_rejected',
      '2026-03-03T09:02:00.000Z f-s1 sms sent',
    ]);
    expect(herald.outbox.map((m) => m.channel)).toEqual(['sms']);
  });

  it('with reject-sms=100, records the SMS failed (invalid_destination) and still sends the e-mail', async () => {
    // Act
    const herald = await run(LOW_BALANCE, ['reject-sms=100']);
    // Assess
    expect(deliveries(herald.records)).toEqual([
      '2026-03-03T10:00:00.000Z e-5 push suppressed no_contact',
      '2026-03-03T10:00:00.000Z e-5 whatsapp suppressed no_contact',
      '2026-03-03T10:00:00.000Z e-5 email sent',
      '2026-03-03T10:00:00.000Z e-5 sms failed invalid_destination',
    ]);
  });
});

describe('herald replay --fault throttle-<channel>=P', () => {
  it('never turns throttling into a failure, and the same file, faults and seed print the same records', async () => {
    // Act
    const first = await run(LOW_BALANCE, ['throttle-email=60', 'throttle-sms=60'], '3');
    const second = await run(LOW_BALANCE, ['throttle-email=60', 'throttle-sms=60'], '3');
    // Assess: both alerts sent, nothing failed, identical records
    expect(deliveries(first.records).map((r) => r.split(' ').slice(1).join(' '))).toEqual([
      'e-5 push suppressed no_contact',
      'e-5 whatsapp suppressed no_contact',
      'e-5 email sent',
      'e-5 sms sent',
    ]);
    expect(second.records).toEqual(first.records);
    expect(second.outbox.map((m) => m.time)).toEqual(first.outbox.map((m) => m.time));
  });
});

describe('herald replay --fault timeout-after-send=<channel>:N', () => {
  it('sends a transactional e-mail again after the lease expires when the first answer was lost (one sent record)', async () => {
    // Act
    const herald = await run(LOW_BALANCE, ['timeout-after-send=email:1']);
    // Assess: the provider got the e-mail twice (README, "Exactly once"); the log says sent once, when
    // the job came back after EmailQueue's visibility timeout (91 s) and found the lease expired
    expect(deliveries(herald.records)).toEqual([
      '2026-03-03T10:00:00.000Z e-5 push suppressed no_contact',
      '2026-03-03T10:00:00.000Z e-5 whatsapp suppressed no_contact',
      '2026-03-03T10:00:00.000Z e-5 sms sent',
      '2026-03-03T10:01:31.000Z e-5 email sent',
    ]);
    const emails = herald.outbox.filter((m) => m.channel === 'email');
    expect(emails.map((m) => m.time)).toEqual(['2026-03-03T10:00:00.000Z', '2026-03-03T10:01:31.000Z']);
  });

  it('does not send a marketing e-mail again: it is logged failed, outcome_unknown', async () => {
    // Prepare
    const lines = [
      ...customer('m', [['email', 'marketing']]),
      entry('2026-03-03T10:00:00Z', 'Loan.PreApproved', {
        eventId: 'm-o1',
        customerId: 'm',
        offerId: 'o1',
        amount: '15000.00',
        currency: 'EUR',
        expiresAt: '2026-04-01T00:00:00Z',
      }),
    ].join('\n');
    // Act
    const herald = await run(lines, ['timeout-after-send=email:1']);
    // Assess
    expect(deliveries(herald.records).filter((r) => r.includes(' email '))).toEqual([
      '2026-03-03T10:01:31.000Z m-o1 email failed outcome_unknown',
    ]);
    expect(herald.outbox.filter((m) => m.channel === 'email')).toHaveLength(1);
  });
});

describe('herald replay --fault (CLI)', () => {
  it.each([
    ['throttle-email=140', 'a percentage from 0 to 100'],
    ['timeout-after-send=fax:2', 'expected timeout-after-send=<channel>:N'],
  ])('exits with code 2 and says what is wrong with --fault %s', (value, message) => {
    // Act
    const cli = spawnSync(
      process.execPath,
      ['local/bin/herald.mjs', 'replay', 'test/e2e/fixtures/low-balance.jsonl', '--fault', value],
      { cwd: ROOT, encoding: 'utf8' },
    );
    // Assess
    expect(cli.status).toBe(2);
    expect(cli.stderr).toContain(message);
    expect(cli.stdout).toBe('');
  });
});
