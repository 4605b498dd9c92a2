import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replay } from '../../local/replay.ts';
import type { DeliveryRecord } from '../../shared/domain/delivery-record.ts';
import { requeueDelaySeconds } from '../../shared/domain/job-retries.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(import.meta.dirname, 'fixtures/low-balance.jsonl');
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'herald-e2e-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs `npx herald replay` as a user would and returns stdout's JSON lines. */
function herald(file: string, outDir?: string) {
  const args = ['local/bin/herald.mjs', 'replay', file, ...(outDir ? ['--out', outDir] : [])];
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return {
    stdout: run.stdout,
    stderr: run.stderr,
    records: run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l)),
  };
}

describe('herald replay (CLI)', () => {
  it('prints exactly one sent e-mail, one sent SMS and one rejected record naming the broken field', () => {
    // Prepare: profile, consents, threshold, a drop below it, a malformed Balance.Changed, the same drop again
    const out = tempDir();
    // Act
    const { records } = herald(FIXTURE, out);
    // Assess
    expect(records).toEqual([
      expect.objectContaining({
        kind: 'delivery',
        v: 1,
        eventId: 'e-5',
        channel: 'push',
        status: 'suppressed',
        reason: 'no_contact',
        type: 'balance.low',
      }),
      expect.objectContaining({
        kind: 'delivery',
        v: 1,
        eventId: 'e-5',
        channel: 'whatsapp',
        status: 'suppressed',
        reason: 'no_contact',
        type: 'balance.low',
      }),
      expect.objectContaining({
        kind: 'delivery',
        v: 1,
        eventId: 'e-5',
        channel: 'email',
        status: 'sent',
        type: 'balance.low',
        time: '2026-03-03T10:00:00.000Z',
      }),
      expect.objectContaining({
        kind: 'delivery',
        v: 1,
        eventId: 'e-5',
        channel: 'sms',
        status: 'sent',
        type: 'balance.low',
      }),
      {
        kind: 'rejected',
        v: 1,
        time: '2026-03-03T10:30:00.000Z',
        eventId: 'e-6',
        source: 'bank.core',
        detailType: 'Balance.Changed',
        reason: 'detail.balance: expected a decimal string such as "1250.00", got number',
      },
    ]);
    // Every delivery record has the brief's fields, in its order.
    expect(Object.keys(records[2])).toEqual([
      'kind',
      'v',
      'time',
      'notificationId',
      'eventId',
      'customerId',
      'type',
      'category',
      'channel',
      'status',
      'locale',
      'template',
      'providerMessageId',
      'latencyMs',
    ]);
    // The rendered messages are in the outbox, named by time, customer, type and channel: e-mail as .eml and
    // .html, SMS as JSON; beside them the index, the function log and the outbox marker.
    const files = readdirSync(out).sort();
    expect(files).toEqual([
      '.herald-outbox',
      '20260303T100000Z-c-1-balance.low-email.eml',
      '20260303T100000Z-c-1-balance.low-email.html',
      '20260303T100000Z-c-1-balance.low-sms.json',
      'functions.log',
      'index.html',
      'index.jsonl',
    ]);
    expect(readFileSync(join(out, '20260303T100000Z-c-1-balance.low-email.eml'), 'utf8')).toMatch(
      /^To: ana\.popescu@example\.com$/m,
    );
    expect(
      JSON.parse(readFileSync(join(out, '20260303T100000Z-c-1-balance.low-sms.json'), 'utf8')),
    ).toMatchObject({
      to: '+447700900123',
      smsType: 'Transactional',
      text: expect.stringContaining('£42.10'),
    });
  });

  it('prints the same records for the same file, run after run', () => {
    expect(herald(FIXTURE).stdout).toBe(herald(FIXTURE).stdout);
  });

  it('suppresses SMS with reason consent when the customer never consented to it', async () => {
    const text = readFileSync(FIXTURE, 'utf8')
      .split('\n')
      .filter((l) => !l.includes('"eventId": "e-3"'))
      .join('\n');
    const { records } = await replay(text, { operationalLog: () => undefined });
    const outcomes = records.map((r) =>
      r.kind === 'delivery' ? `${r.channel}:${r.status}:${r.reason ?? ''}` : r.kind,
    );
    expect(outcomes.sort()).toEqual([
      'email:sent:',
      'push:suppressed:no_contact',
      'rejected',
      'sms:suppressed:consent',
      'whatsapp:suppressed:no_contact',
    ]);
  });
});

describe('local stack', () => {
  it('keeps bad input with its reason and carries on with the rest of the file', async () => {
    const operational: string[] = [];
    const good = readFileSync(FIXTURE, 'utf8').trim().split('\n');
    const text = [
      ...good.slice(0, 4),
      '{not json',
      JSON.stringify({
        Source: 'bank.core',
        DetailType: 'Balance.Changed',
        Time: '2026-03-03T09:00:00Z',
        Detail: '{"eventId":',
      }),
      JSON.stringify({
        Source: 'bank.core',
        DetailType: 'Balance.Changed',
        Time: '2026-03-03T09:30:00Z',
        Detail: {
          eventId: 'e-x',
          occurredAt: '2026-03-03T09:30:00Z',
          customerId: 'nobody',
          accountId: 'A',
          balance: '1.00',
          currency: 'GBP',
        },
      }),
      good[4],
    ].join('\n');
    // Act
    const herald = await replay(text, { operationalLog: (line) => operational.push(line) });
    // Assess: three rejections with reasons, and the good event still alerts on both channels
    const rejected = herald.records
      .filter((r) => r.kind === 'rejected')
      .map((r) => (r.kind === 'rejected' ? r.reason : ''));
    expect(rejected).toEqual([
      'line 5: not valid JSON',
      'Detail: not valid JSON',
      'detail.customerId: unknown customer (no Customer.Upserted received)',
    ]);
    expect(herald.records.filter((r) => r.kind === 'delivery' && r.status === 'sent')).toHaveLength(2);
    // The function-level rejection is kept whole in the dead-letter queue, with its reason.
    expect(herald.deadLetters).toHaveLength(1);
    expect(herald.deadLetters[0]?.attributes.reason).toBe(
      'detail.customerId: unknown customer (no Customer.Upserted received)',
    );
    expect(JSON.parse(herald.deadLetters[0]?.body ?? '{}').event.detail.eventId).toBe('e-x');
    // No e-mail address or phone number in any log line.
    const logs = [...operational, ...herald.records.map((r) => JSON.stringify(r))].join('\n');
    expect(logs).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    expect(logs).not.toMatch(/\+\d{7,15}/);
    expect(logs).toContain('profile event processed');
  });

  it('does not deliver an event from a source the deployment does not allow: it rejects it, naming the Source', async () => {
    const entry =
      readFileSync(FIXTURE, 'utf8').split('\n')[0]?.replace('"bank.core"', '"someone.else"') ?? '';
    const herald = await replay(entry, { operationalLog: () => undefined });
    expect(herald.records).toEqual([
      expect.objectContaining({
        kind: 'rejected',
        source: 'someone.else',
        detailType: 'Customer.Upserted',
        reason: 'unknown Source "someone.else"',
      }),
    ]);
    expect(herald.deadLetters).toHaveLength(1);
  });
});

describe('provider throttling (local stack)', () => {
  it('is retried with backoff and never dropped: the job waits on its queue, then is sent', async () => {
    // Prepare: SES throttles the first call (locally the SDK makes one attempt per call)
    const text = readFileSync(FIXTURE, 'utf8');
    // Act
    const herald = await replay(text, { operationalLog: () => undefined, faults: { throttleEmails: 1 } });
    // Assess: the e-mail is sent once, after its first wait on the EmailQueue (15–30 s, not the queue's 91 s
    // visibility timeout), and the wait is the policy's for this message
    const sent = herald.records.filter(
      (r): r is DeliveryRecord => r.kind === 'delivery' && r.status === 'sent',
    );
    const email = sent.find((r) => r.channel === 'email');
    const sms = sent.find((r) => r.channel === 'sms');
    expect(sent).toHaveLength(2);
    const waitedMs = Date.parse(email?.time ?? '') - Date.parse(sms?.time ?? '');
    expect(waitedMs).toBe(requeueDelaySeconds(email?.notificationId ?? '', 1) * 1000);
    expect(waitedMs).toBeGreaterThanOrEqual(15_000);
    expect(waitedMs).toBeLessThanOrEqual(30_000);
    expect(herald.records.filter((r) => r.kind === 'delivery' && r.status === 'failed')).toEqual([]);
    expect(herald.outbox.filter((m) => m.channel === 'email')).toHaveLength(1);
  });
});
