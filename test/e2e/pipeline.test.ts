// The notification pipeline through `herald replay`: quiet hours deferral on the simulated clock, languages.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replay } from '../../local/replay.ts';
import type { DeliveryRecord } from '../../shared/domain/delivery-record.ts';
import { outboxFile } from '../support/replay-harness.ts';

const out = mkdtempSync(join(tmpdir(), 'herald-pipeline-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

type Entry = { Source: string; DetailType: string; Time: string; Detail: Record<string, unknown> };
const at = (time: string, detailType: string, detail: Record<string, unknown>): Entry => ({
  Source: 'bank.core',
  DetailType: detailType,
  Time: time,
  Detail: { occurredAt: time, ...detail },
});

/** A customer with e-mail and SMS consent and a low-balance threshold. */
function customer(id: string, locale: string, timeZone: string, currency: string, phone: string): Entry[] {
  return [
    at('2026-03-02T00:00:00Z', 'Customer.Upserted', {
      eventId: `${id}-u`,
      customerId: id,
      name: { given: 'Sari' },
      locale,
      timeZone,
      contacts: { email: `${id}@example.com`, phone },
    }),
    ...(['email', 'sms'] as const).map((channel) =>
      at('2026-03-02T00:00:01Z', 'Consent.Changed', {
        eventId: `${id}-${channel}`,
        customerId: id,
        channel,
        category: 'transactional',
        granted: true,
        source: 'app',
      }),
    ),
    at('2026-03-02T00:00:02Z', 'AlertSettings.Changed', {
      eventId: `${id}-s`,
      customerId: id,
      lowBalance: { accountId: `${id}-acc`, threshold: '100.00', currency },
    }),
  ];
}

const drop = (id: string, time: string, currency: string): Entry =>
  at(time, 'Balance.Changed', {
    eventId: `${id}-drop`,
    customerId: id,
    accountId: `${id}-acc`,
    balance: '12.00',
    currency,
  });

describe('notification pipeline (herald replay)', async () => {
  const entries = [
    ...customer('jkt', 'id-ID', 'Asia/Jakarta', 'IDR', '+628120000001'),
    ...customer('dxb', 'ar-AE', 'Asia/Dubai', 'AED', '+971500000001'),
    drop('jkt', '2026-03-02T19:00:00Z', 'IDR'), // 02:00 in Jakarta: quiet hours
    drop('dxb', '2026-03-03T08:00:00Z', 'AED'), // 12:00 in Dubai
  ];
  const herald = await replay(entries.map((e) => JSON.stringify(e)).join('\n'), {
    outDir: out,
    operationalLog: () => undefined,
  });
  const deliveries = herald.records.filter((r): r is DeliveryRecord => r.kind === 'delivery');
  const of = (customerId: string) => deliveries.filter((r) => r.customerId === customerId);

  it('defers a transactional alert at 02:00 local, then sends it when the quiet hours end at 07:00 local', () => {
    expect(of('jkt').map((r) => `${r.time} ${r.channel} ${r.status} ${r.reason ?? ''}`.trim())).toEqual([
      '2026-03-02T19:00:00.000Z push suppressed no_contact',
      '2026-03-02T19:00:00.000Z whatsapp suppressed no_contact',
      '2026-03-02T19:00:00.000Z email deferred quiet_hours',
      '2026-03-02T19:00:00.000Z sms deferred quiet_hours',
      '2026-03-03T00:00:00.000Z email sent',
      '2026-03-03T00:00:00.000Z sms sent',
    ]);
  });

  it('writes to an Indonesian customer in Indonesian, and to an Arabic customer right to left', () => {
    const jkt = of('jkt').find((r) => r.status === 'sent' && r.channel === 'email');
    const dxb = of('dxb').find((r) => r.status === 'sent' && r.channel === 'email');
    expect(jkt?.template).toBe('balance.low/email/id');
    expect(dxb?.template).toBe('balance.low/email/ar');
    const html = (id: string | undefined) => readFileSync(outboxFile(out, id, '.html'), 'utf8');
    expect(html(jkt?.providerMessageId)).toMatch(/lang="id"/);
    expect(html(jkt?.providerMessageId)).toMatch(/saldo/i);
    expect(html(dxb?.providerMessageId)).toMatch(/dir="rtl"/);
    expect(readdirSync(out).filter((f) => f.endsWith('.eml'))).toHaveLength(2);
  });
});
