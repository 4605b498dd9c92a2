// One rejected record per bad event: the claim adapter on dynalite, the use case over it, and the DLQ body
// for pathological input.
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DynamoDbRejectionClaims,
  REJECTION_RETENTION_SECONDS,
  rejectionClaimKey,
} from '../../shared/adapters/dynamodb/rejection-claims.ts';
import { DEAD_LETTER_BODY_BYTES, SqsDeadLetters } from '../../shared/adapters/sqs/queues.ts';
import { acceptEvent, type BusEvent, rejectEvent } from '../../shared/application/accept-event.ts';
import type { RejectedRecord } from '../../shared/domain/delivery-record.ts';
import { eventIdOf, rejectionKey } from '../../shared/domain/rejection.ts';
import { startTestTable, type TestTable } from '../support/dynalite.ts';

let table: TestTable;
beforeAll(async () => {
  table = await startTestTable();
});
afterAll(() => table.stop());

const AT = new Date('2026-03-03T10:00:00Z');

describe('DynamoDbRejectionClaims (dynalite)', () => {
  it('grants the first claim of a key and refuses every later one', async () => {
    const claims = new DynamoDbRejectionClaims(table.client, table.tableName);
    const results = [
      await claims.claim('k-1', AT),
      await claims.claim('k-1', AT),
      await claims.claim('k-1', AT),
    ];
    expect(results).toEqual([true, false, false]);
    expect(await claims.claim('k-2', AT)).toBe(true);
  });

  it('keeps nothing of the event, and expires after the retention (TTL attribute expiresAt)', async () => {
    const claims = new DynamoDbRejectionClaims(table.client, table.tableName);
    await claims.claim('k-ttl', AT);
    const { Item } = await table.client.send(
      new GetItemCommand({ TableName: table.tableName, Key: rejectionClaimKey('k-ttl') }),
    );
    expect(Object.keys(Item ?? {}).sort()).toEqual(['expiresAt', 'pk', 'rejectedAt', 'sk']);
    expect(Number(Item?.expiresAt?.N)).toBe(AT.getTime() / 1000 + REJECTION_RETENTION_SECONDS);
  });

  it('tells whether a rejection was claimed', async () => {
    const claims = new DynamoDbRejectionClaims(table.client, table.tableName);
    const before = await claims.isClaimed('k-seen');
    await claims.claim('k-seen', AT);
    expect(before).toBe(false);
    expect(await claims.isClaimed('k-seen')).toBe(true);
  });
});

describe('rejectEvent over the claims', () => {
  const sqs = mockClient(SQSClient);
  beforeEach(() => {
    sqs.reset();
    sqs.on(SendMessageCommand).resolves({ MessageId: 'm-1' });
  });

  const deps = () => {
    const records: RejectedRecord[] = [];
    return {
      records,
      deadLetters: new SqsDeadLetters(new SQSClient({ region: 'eu-west-1' }), 'https://sqs.local/dlq'),
      rejections: new DynamoDbRejectionClaims(table.client, table.tableName),
      log: { write: (r: RejectedRecord) => void records.push(r) },
      now: () => AT,
    };
  };
  const cardIssued = (eventId: string | undefined, id = 'eb-1'): BusEvent => ({
    id,
    source: 'bank.core',
    'detail-type': 'Card.Issued',
    detail: { ...(eventId ? { eventId } : {}), customerId: 'c-1', cardLast4: '4242' },
  });

  it('rejecting the same event three times, and a redelivery of it, writes one record and one DLQ message', async () => {
    const d = deps();
    for (let attempt = 0; attempt < 3; attempt++)
      await rejectEvent(cardIssued('card-1'), 'detail.cardId: required field missing', d);
    // An EventBridge redelivery (another envelope id) of the same bank event, rejected by another function.
    await rejectEvent(cardIssued('card-1', 'eb-2'), 'detail.cardId: required field missing', d);
    expect(d.records).toEqual([
      {
        kind: 'rejected',
        v: 1,
        time: AT.toISOString(),
        eventId: 'card-1',
        source: 'bank.core',
        detailType: 'Card.Issued',
        reason: 'detail.cardId: required field missing',
      },
    ]);
    expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(1);
  });

  it('without an eventId, the whole entry is the identity: the same entry once, a different one again', async () => {
    const d = deps();
    await acceptEvent(cardIssued(undefined), () => ({ ok: false, reason: 'detail.eventId: required' }), d);
    await acceptEvent(
      cardIssued(undefined, 'eb-3'),
      () => ({ ok: false, reason: 'detail.eventId: required' }),
      d,
    );
    const other = { ...cardIssued(undefined), detail: { customerId: 'c-2' } };
    await acceptEvent(other, () => ({ ok: false, reason: 'detail.eventId: required' }), d);
    expect(d.records).toHaveLength(2);
    expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(2);
  });

  it('a failed DLQ write claims nothing and throws, so that the retry keeps the event and records it', async () => {
    const d = deps();
    sqs.on(SendMessageCommand).rejectsOnce(new Error('SQS unavailable')).resolves({ MessageId: 'm-2' });
    await expect(rejectEvent(cardIssued('card-retry'), 'bad', d)).rejects.toThrow('SQS unavailable');
    expect(d.records).toEqual([]);
    await rejectEvent(cardIssued('card-retry'), 'bad', d);
    expect(d.records).toHaveLength(1);
    expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(2);
  });

  it('an attempt that dies after its DLQ write, before claiming, leaves the retry to record the rejection once', async () => {
    // Prepare: the first attempt's claim never happens (the function died right after the DLQ write)
    const d = deps();
    const dying = {
      ...d,
      rejections: {
        isClaimed: (key: string) => d.rejections.isClaimed(key),
        claim: () => Promise.reject(new Error('Lambda timed out')),
      },
    };
    await expect(rejectEvent(cardIssued('card-dies'), 'bad', dying)).rejects.toThrow('Lambda timed out');
    // Act: Lambda's retry, then an EventBridge redelivery
    await rejectEvent(cardIssued('card-dies'), 'bad', d);
    await rejectEvent(cardIssued('card-dies', 'eb-9'), 'bad', d);
    // Assess: one record; the event is in the DLQ (twice: the dead attempt's copy and the retry's)
    expect(d.records).toHaveLength(1);
    expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(2);
  });
});

describe('the DLQ write of pathological input', () => {
  const sqs = mockClient(SQSClient);
  beforeEach(() => {
    sqs.reset();
    sqs.on(SendMessageCommand).resolves({ MessageId: 'm-1' });
  });
  const deadLetters = new SqsDeadLetters(new SQSClient({ region: 'eu-west-1' }), 'https://sqs.local/dlq');
  const reject = (event: unknown, detailType = 'Balance.Changed') =>
    deadLetters.reject({ source: 'bank.core', detailType, reason: 'bad', event });
  const sent = () => sqs.commandCalls(SendMessageCommand)[0]?.args[0].input;
  /** Characters SQS refuses in a message body or attribute. */
  const NOT_SQS_TEXT = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

  it('keeps a 10,000-deep detail whole (JSON.stringify of it throws RangeError)', async () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 10_000; i++) deep = { a: [deep] };
    expect(() => JSON.stringify(deep)).toThrow(RangeError);
    await reject({ detail: deep });
    const body = String(sent()?.MessageBody);
    expect(body.startsWith('{"kind":"rejected","reason":"bad","event":{"detail":{"a":[{"a":[')).toBe(true);
    expect(body.endsWith(']}]}}}')).toBe(true);
    expect(body).toContain('"bottom"');
  });

  it('keeps an event too large for one message as the start of its text, within the SQS limit', async () => {
    await reject({ detail: { note: '"'.repeat(250_000) } });
    const body = JSON.parse(String(sent()?.MessageBody));
    expect(Buffer.byteLength(String(sent()?.MessageBody))).toBeLessThanOrEqual(DEAD_LETTER_BODY_BYTES);
    expect(body).toMatchObject({ kind: 'rejected', reason: 'bad', truncated: true });
    expect(String(body.eventText).startsWith('{"detail":{"note":"\\"\\"')).toBe(true);
  });

  it('sends only characters SQS accepts, in the body and the attributes, for any string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), async (text, type) => {
        sqs.reset();
        sqs.on(SendMessageCommand).resolves({ MessageId: 'm-1' });
        await reject({ detail: { text, [text]: [text] } }, type);
        const input = sent();
        expect(NOT_SQS_TEXT.test(String(input?.MessageBody))).toBe(false);
        for (const attribute of Object.values(input?.MessageAttributes ?? {}))
          expect(NOT_SQS_TEXT.test(String(attribute.StringValue))).toBe(false);
        expect(JSON.parse(String(input?.MessageBody)).event.detail.text).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});

describe('rejectionKey', () => {
  it('the key ignores the envelope and depends on Source, DetailType and eventId only', () => {
    const key = (source: string, detailType: string, detail: unknown) =>
      rejectionKey({ source, detailType, detail });
    expect(key('bank.core', 'Card.Issued', { eventId: 'e-1', x: 1 })).toBe(
      key('bank.core', 'Card.Issued', { eventId: 'e-1', x: 2 }),
    );
    expect(key('bank.core', 'Card.Issued', { eventId: 'e-1' })).not.toBe(
      key('bank.core', 'Card.Activated', { eventId: 'e-1' }),
    );
    expect(key('bank.core', 'Card.Issued', { x: 1 })).not.toBe(key('bank.core', 'Card.Issued', { x: 2 }));
  });
});

describe('eventIdOf', () => {
  it.each([
    ['a control character', 'e-1\u0000'],
    ['a lone surrogate', 'e-\ud800'],
    ['more than 256 characters', 'e'.repeat(257)],
    ['blank', '   '],
    ['not a string', 42],
  ])('takes no eventId that the contract refuses: %s', (_label, eventId) => {
    // Act
    const id = eventIdOf({ eventId });
    // Assess
    expect(id).toBeUndefined();
  });

  it('takes an eventId the contract accepts', () => {
    // Act
    const id = eventIdOf({ eventId: 'evt-2026-03-03-0001' });
    // Assess
    expect(id).toBe('evt-2026-03-03-0001');
  });
});
