// Delivery status events through `herald replay`: the delivery log, read through the template's CloudWatch
// Logs subscription, becomes Notification.StatusChanged and Notification.Failed on the bus (printed as
// `emitted` records), with the default selection, each emitted once however often its input arrives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { EndpointFaults, Faults } from '../../local/faults.ts';
import type { EmittedRecord } from '../../local/records.ts';
import * as notificationFailed from '../../shared/contract/events/notification-failed.ts';
import * as statusChanged from '../../shared/contract/events/notification-status-changed.ts';
import { toMessageTags } from '../../shared/domain/message-tags.ts';
import { entry, runReplay } from '../support/replay-harness.ts';

const LOW_BALANCE = readFileSync(join(import.meta.dirname, 'fixtures/low-balance.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .slice(0, 5);

const of = (emitted: EmittedRecord[], detailType: string) =>
  emitted.filter((r) => r.detailType === detailType).map((r) => r.detail as Record<string, unknown>);

// Statement.Ready goes on the first reachable channel: e-mail, then SMS (no device here, so no push).
const customer = [
  entry('2026-03-02T00:00:00Z', 'Customer.Upserted', {
    eventId: 's-u',
    customerId: 's',
    name: { given: 'Anna' },
    locale: 'de-DE',
    timeZone: 'Europe/Berlin',
    contacts: { email: 'anna@example.com', phone: '+4915100000001' },
  }),
  ...(['email', 'sms'] as const).map((channel, i) =>
    entry(`2026-03-02T00:00:0${i + 1}Z`, 'Consent.Changed', {
      eventId: `s-c-${channel}`,
      customerId: 's',
      channel,
      category: 'transactional',
      granted: true,
      source: 'app',
    }),
  ),
];
const statement = entry('2026-03-03T09:00:00Z', 'Statement.Ready', {
  eventId: 's-s1',
  customerId: 's',
  accountId: 'DE00ACCOUNT0001',
  period: '2026-02',
});
const statementWith = (faults: EndpointFaults & Faults) => runReplay([...customer, statement], { faults });

describe('delivery status events (herald replay)', () => {
  it('a bounced e-mail emits one status event with bounced, and no Notification.Failed', async () => {
    // Prepare: the first replay tells what the sent e-mail was tagged with
    const first = await runReplay(LOW_BALANCE);
    const sent = first.deliveries.find((r) => r.channel === 'email' && r.status === 'sent');
    if (!sent) throw new Error('the fixture sends an e-mail');
    const tags: Record<string, string[]> = { 'ses:configuration-set': ['herald-dev'] };
    for (const tag of toMessageTags(sent)) tags[tag.Name] = [tag.Value];
    const bounce = JSON.stringify({
      Source: 'aws.ses',
      DetailType: 'Email Bounced',
      Time: '2026-03-03T10:05:00Z',
      Detail: {
        eventType: 'Bounce',
        mail: { messageId: sent.providerMessageId, timestamp: '2026-03-03T10:00:00Z', tags },
        bounce: {
          bounceType: 'Permanent',
          timestamp: '2026-03-03T10:04:59Z',
          bouncedRecipients: [{ emailAddress: 'ana.popescu@example.com' }],
        },
      },
    });

    // Act
    const { emitted } = await runReplay([...LOW_BALANCE, bounce]);

    // Assess
    const statuses = of(emitted, 'Notification.StatusChanged');
    expect(statuses).toEqual([
      {
        v: 1,
        notificationId: sent.notificationId,
        eventId: 'e-5',
        customerId: 'c-1',
        type: 'balance.low',
        category: 'transactional',
        channel: 'email',
        status: 'bounced',
        reason: 'hard_bounce',
        occurredAt: expect.stringMatching(/^2026-03-03T10:0/),
      },
    ]);
    expect(v.safeParse(statusChanged.schema, statuses[0]).success).toBe(true);
    expect(of(emitted, 'Notification.Failed')).toEqual([]);
  });

  it('a message that fails on every channel emits exactly one Notification.Failed with each channel', async () => {
    // Act
    const { deliveries, emitted } = await statementWith({ rejectPercent: { email: 100, sms: 100 } });

    // Assess
    expect(deliveries.map((r) => `${r.channel} ${r.status}`)).toEqual(['email failed', 'sms failed']);
    const failed = of(emitted, 'Notification.Failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      eventId: 's-s1',
      customerId: 's',
      type: 'statement.ready',
      category: 'transactional',
      channel: 'email',
      notificationId: deliveries[0]?.notificationId,
      reason: 'all_channels_failed',
      channels: [
        {
          channel: 'email',
          notificationId: deliveries[0]?.notificationId,
          status: 'failed',
          reason: 'provider_rejected',
        },
        {
          channel: 'sms',
          notificationId: deliveries[1]?.notificationId,
          status: 'failed',
          reason: 'invalid_destination',
        },
      ],
    });
    expect(v.safeParse(notificationFailed.schema, failed[0]).success).toBe(true);
    expect(of(emitted, 'Notification.StatusChanged').map((d) => `${d.channel} ${d.status}`)).toEqual([
      'email failed',
      'sms failed',
    ]);
  });

  it('emits no Notification.Failed when the fallback succeeds', async () => {
    // Act
    const { deliveries, emitted } = await statementWith({ rejectEmails: 1 });

    // Assess
    expect(deliveries.map((r) => `${r.channel} ${r.status}`)).toEqual(['email failed', 'sms sent']);
    expect(of(emitted, 'Notification.Failed')).toEqual([]);
    expect(of(emitted, 'Notification.StatusChanged').map((d) => `${d.channel} ${d.status}`)).toEqual([
      'email failed',
    ]);
  });

  it('with the default selection, a sent marketing or transactional message emits nothing', async () => {
    // Prepare
    const lines = [
      entry('2026-03-02T00:00:00Z', 'Customer.Upserted', {
        eventId: 'm-u',
        customerId: 'm',
        name: { given: 'Ioana' },
        locale: 'ro-RO',
        timeZone: 'Europe/Bucharest',
        contacts: { email: 'ioana@example.com' },
      }),
      entry('2026-03-02T00:00:01Z', 'Consent.Changed', {
        eventId: 'm-c',
        customerId: 'm',
        channel: 'email',
        category: 'marketing',
        granted: true,
        source: 'web',
      }),
      entry('2026-03-03T08:00:00Z', 'Loan.PreApproved', {
        eventId: 'm-o1',
        customerId: 'm',
        offerId: 'o1',
        amount: '15000.00',
        currency: 'RON',
        expiresAt: '2026-04-01T00:00:00Z',
      }),
    ];

    // Act
    const marketing = await runReplay(lines);
    const transactional = await statementWith({});

    // Assess
    expect(marketing.deliveries.map((r) => `${r.type} ${r.category} ${r.status}`)).toEqual([
      'loan.preapproved marketing sent',
    ]);
    expect(marketing.emitted).toEqual([]);
    expect(transactional.deliveries.map((r) => r.status)).toEqual(['sent']);
    expect(transactional.emitted).toEqual([]);
  });

  it('redelivered inputs (duplicate-delivery=3) never emit a status event twice', async () => {
    // Act
    const once = await statementWith({ rejectPercent: { email: 100, sms: 100 } });
    const thrice = await statementWith({ rejectPercent: { email: 100, sms: 100 }, duplicateDelivery: 3 });

    // Assess
    const keys = (emitted: EmittedRecord[]) =>
      emitted.map((r) => {
        const d = r.detail as Record<string, unknown>;
        return `${r.detailType} ${String(d.notificationId)} ${String(d.status ?? d.reason)}`;
      });
    expect(keys(thrice.emitted)).toEqual(keys(once.emitted));
    expect(new Set(keys(thrice.emitted)).size).toBe(thrice.emitted.length);
    expect(keys(thrice.emitted)).toHaveLength(3);
  });
});
