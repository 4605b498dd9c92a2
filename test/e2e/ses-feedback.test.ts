// SES feedback through the local stack: a hard bounce published by SES (source aws.ses, default bus)
// is recorded, and the next alert to that address is suppressed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replay } from '../../local/replay.ts';
import type { DeliveryRecord } from '../../shared/domain/delivery-record.ts';
import { toMessageTags } from '../../shared/domain/message-tags.ts';

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures/low-balance.jsonl'), 'utf8')
  .trim()
  .split('\n');

describe('SES feedback (local stack)', () => {
  it('records a hard bounce and suppresses the address for the next alert', async () => {
    // Prepare: the first replay tells us what the sent e-mail looked like
    const setup = FIXTURE.slice(0, 5);
    const first = await replay(setup.join('\n'), { operationalLog: () => undefined });
    const sent = first.records.find(
      (r): r is DeliveryRecord => r.kind === 'delivery' && r.channel === 'email',
    );
    if (!sent) throw new Error('fixture must send an e-mail');
    const tags: Record<string, string[]> = { 'ses:configuration-set': ['herald-dev'] };
    for (const tag of toMessageTags(sent)) tags[tag.Name] = [tag.Value];
    const bounce = {
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
    };
    // The balance recovers (re-arming the low-balance alert), then drops again.
    const recovery = {
      Source: 'bank.core',
      DetailType: 'Balance.Changed',
      Time: '2026-03-04T09:00:00Z',
      Detail: {
        eventId: 'e-6r',
        occurredAt: '2026-03-04T09:00:00Z',
        customerId: 'c-1',
        accountId: 'ACC-1001',
        balance: '500.00',
        currency: 'GBP',
      },
    };
    const nextDrop = {
      Source: 'bank.core',
      DetailType: 'Balance.Changed',
      Time: '2026-03-04T10:00:00Z',
      Detail: {
        eventId: 'e-7',
        occurredAt: '2026-03-04T10:00:00Z',
        customerId: 'c-1',
        accountId: 'ACC-1001',
        balance: '12.00',
        currency: 'GBP',
      },
    };
    // Act
    const herald = await replay(
      [...setup, JSON.stringify(bounce), JSON.stringify(recovery), JSON.stringify(nextDrop)].join('\n'),
      {
        operationalLog: () => undefined,
      },
    );
    // Assess
    const outcomes = herald.records
      .filter((r): r is DeliveryRecord => r.kind === 'delivery')
      .map((r) => `${r.eventId} ${r.channel} ${r.status} ${r.reason ?? ''}`.trim());
    expect(outcomes.sort()).toEqual(
      [
        'e-5 email bounced hard_bounce',
        'e-5 email sent',
        'e-5 push suppressed no_contact',
        'e-5 sms sent',
        'e-5 whatsapp suppressed no_contact',
        'e-7 email suppressed bounced_address',
        'e-7 push suppressed no_contact',
        'e-7 sms sent',
        'e-7 whatsapp suppressed no_contact',
      ].sort(),
    );
  });
});
