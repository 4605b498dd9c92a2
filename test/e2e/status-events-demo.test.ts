// Every event Herald emits while the demo bank plays, with some provider rejections (status events,
// Notification.Failed, holds, erasures)
// carries ids and facts only: no e-mail address, phone number, push token or card number, neither the
// demo's own nor anything shaped like one.
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoEntries } from '../../local/demo.ts';
import type { EmittedRecord } from '../../local/records.ts';
import { heraldEvents } from '../../shared/contract/registry.ts';
import type { DeliveryRecord } from '../../shared/domain/delivery-record.ts';
import { runReplay } from '../support/replay-harness.ts';

/** Every contact value the demo's profiles carry: what must never come back out. */
function contactsOf(entries: ReturnType<typeof demoEntries>): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, key = ''): void => {
    if (typeof value === 'string') {
      if (['email', 'phone', 'whatsapp', 'token'].includes(key)) found.add(value);
      return;
    }
    if (Array.isArray(value)) for (const item of value) walk(item, key);
    else if (typeof value === 'object' && value !== null)
      for (const [k, inner] of Object.entries(value)) walk(inner, k);
  };
  for (const e of entries) walk(typeof e.Detail === 'string' ? JSON.parse(e.Detail) : e.Detail);
  return [...found];
}

const SHAPES: [string, RegExp][] = [
  ['e-mail address', /[^\s"@]+@[^\s"@]+\.[A-Za-z]{2,}/],
  ['phone number', /\+\d{7,15}/],
  ['card number', /\b\d(?:[ -]?\d){12,18}\b/],
];

describe('emitted events of the demo bank', () => {
  let emitted: EmittedRecord[] = [];
  let deliveries: DeliveryRecord[] = [];
  let contacts: string[] = [];

  beforeAll(async () => {
    const entries = demoEntries();
    contacts = contactsOf(entries);
    // Some provider rejections, so that some messages reach no channel and Notification.Failed is scanned too.
    ({ emitted, deliveries } = await runReplay(
      entries.map((e) => JSON.stringify(e)),
      { faults: { rejectPercent: { email: 25, sms: 25, push: 25, whatsapp: 25 } } },
    ));
  }, 120_000);

  it('include status events and Notification.Failed, each valid against its contract schema', () => {
    // Assess
    const types = new Set(emitted.map((r) => r.detailType));
    expect(types).toContain('Notification.StatusChanged');
    expect(types).toContain('Notification.Failed');
    for (const r of emitted) {
      const module = heraldEvents[r.detailType as keyof typeof heraldEvents];
      expect(module, r.detailType).toBeDefined();
      expect(v.safeParse(module.schema, r.detail).issues, r.detailType).toBeUndefined();
    }
  });

  it('publish every status of every security message, with the default selection', () => {
    // Prepare
    const security = deliveries.filter((d) => d.category === 'security');

    // Act
    const published = emitted
      .filter((r) => r.detailType === 'Notification.StatusChanged')
      .map((r) => r.detail as { notificationId: string; status: string; category: string });

    // Assess
    expect(security.length).toBeGreaterThan(0);
    expect(
      published.filter((d) => d.category === 'security').map((d) => `${d.notificationId} ${d.status}`),
    ).toEqual(security.map((d) => `${d.notificationId} ${d.status}`));
    expect(published.some((d) => d.category === 'marketing' && d.status === 'sent')).toBe(false);
  });

  it('carry no e-mail address, phone number, token or card number', () => {
    // Prepare
    const texts = emitted.map((r) => JSON.stringify(r.detail));

    // Assess
    expect(contacts.length).toBeGreaterThan(10);
    for (const text of texts) {
      for (const contact of contacts) expect(text).not.toContain(contact);
      for (const [what, shape] of SHAPES) expect(shape.test(text), `${what} in ${text}`).toBe(false);
    }
  });

  it('report each undeliverable message with a reason per channel', () => {
    // Act
    const failed = emitted
      .filter((r) => r.detailType === 'Notification.Failed')
      .map((r) => r.detail as { channels: { reason: string }[] });

    // Assess
    for (const f of failed) for (const c of f.channels) expect(c.reason).not.toBe('unknown');
  });
});
