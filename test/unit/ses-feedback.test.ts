import { describe, expect, it } from 'vitest';
import { fromMessageTags, type MessageIdentity, toMessageTags } from '../../shared/domain/message-tags.ts';
import { interpretSesEvent, type SesEvent } from '../../shared/domain/ses-feedback.ts';

const identity: MessageIdentity = {
  notificationId: 'yWwnzbo8Zxgkd2ilpzUmT8',
  eventId: 'évènement/42 #1',
  customerId: 'cust:ø-7',
  type: 'balance.low',
  category: 'transactional',
  channel: 'email',
  locale: 'ro',
  template: 'balance.low/email/ro',
};

/** SES reports tags as `{ name: [value] }`. */
const sesTags = Object.fromEntries(toMessageTags(identity).map((t) => [t.Name, [t.Value]]));

const event = (eventType: string, extra: Partial<SesEvent> = {}): SesEvent => ({
  eventType,
  mail: { messageId: '0100018e-ses', timestamp: '2026-03-03T10:00:00.000Z', tags: sesTags },
  ...extra,
});

describe('message tags', () => {
  it('carry any identity through SES tag rules (letters, digits, _ and - only) and back', () => {
    for (const tag of toMessageTags(identity)) {
      expect(tag.Name).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(tag.Value).toMatch(/^[A-Za-z0-9_-]{1,255}$/);
    }
    expect(fromMessageTags(sesTags)).toEqual(identity);
  });

  it('say when a message is not Herald’s', () => {
    expect(fromMessageTags({ campaign: ['x'] })).toBeUndefined();
  });
});

describe('interpretSesEvent', () => {
  it.each([
    ['Delivery', { delivery: { timestamp: '2026-03-03T10:00:02.000Z' } }, 'delivered', undefined],
    ['Open', { open: { timestamp: '2026-03-03T11:00:00.000Z' } }, 'opened', undefined],
    ['Click', { click: { timestamp: '2026-03-03T11:00:05.000Z' } }, 'clicked', undefined],
    ['Reject', {}, 'failed', 'provider_rejected'],
    [
      'Bounce',
      {
        bounce: {
          bounceType: 'Transient',
          timestamp: '2026-03-03T10:00:03.000Z',
          bouncedRecipients: [{ emailAddress: 'a@b.c' }],
        },
      },
      'bounced',
      'soft_bounce',
    ],
  ] as [string, Partial<SesEvent>, string, string | undefined][])(
    '%s → %s',
    (type, extra, status, reason) => {
      const outcome = interpretSesEvent(event(type, extra));
      expect(outcome).toMatchObject({
        kind: 'record',
        record: {
          ...identity,
          kind: 'delivery',
          v: 1,
          status,
          providerMessageId: '0100018e-ses',
          ...(reason ? { reason } : {}),
        },
      });
      // Soft bounces, deliveries, opens and clicks suppress nothing.
      expect(outcome.kind === 'record' && outcome.suppress).toBeFalsy();
    },
  );

  it('suppresses the address of a hard bounce and of a complaint', () => {
    const hard = interpretSesEvent(
      event('Bounce', {
        bounce: {
          bounceType: 'Permanent',
          timestamp: '2026-03-03T10:00:03Z',
          bouncedRecipients: [{ emailAddress: 'gone@example.com' }],
        },
      }),
    );
    const complaint = interpretSesEvent(
      event('Complaint', {
        complaint: {
          timestamp: '2026-03-04T09:00:00Z',
          complainedRecipients: [{ emailAddress: 'angry@example.com' }],
        },
      }),
    );
    expect(hard).toMatchObject({
      record: { status: 'bounced', reason: 'hard_bounce', time: '2026-03-03T10:00:03.000Z' },
      suppress: { addresses: ['gone@example.com'], reason: 'bounced_address' },
    });
    expect(complaint).toMatchObject({
      record: { status: 'complained', reason: 'complaint' },
      suppress: { addresses: ['angry@example.com'], reason: 'complaint' },
    });
  });

  it('ignores mail Herald did not send and event types it does not record', () => {
    expect(
      interpretSesEvent({
        ...event('Delivery'),
        mail: { messageId: 'x', timestamp: '2026-03-03T10:00:00Z' },
      }),
    ).toMatchObject({
      kind: 'ignored',
    });
    expect(interpretSesEvent(event('DeliveryDelay'))).toMatchObject({ kind: 'ignored' });
  });

  it('never puts the address in the record', () => {
    const outcome = interpretSesEvent(
      event('Complaint', {
        complaint: {
          timestamp: '2026-03-04T09:00:00Z',
          complainedRecipients: [{ emailAddress: 'angry@example.com' }],
        },
      }),
    );
    expect(JSON.stringify(outcome.kind === 'record' ? outcome.record : {})).not.toContain('@');
  });
});
