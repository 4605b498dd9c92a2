/**
 * PutEvents checked as EventBridge checks it: the per-entry codes and messages are the real service's
 * recorded answers to the same malformed entries (InvalidArgument "Parameter X is not valid. Reason: X is a
 * required argument.", MalformedDetail "Detail is malformed."); the request-level failures are
 * ValidationExceptions (more than 10 entries, entries over 256 KB together).
 */
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalEndpoints, startLocalEndpoints } from '../../local/aws-endpoints.ts';
import {
  checkEntry,
  entrySize,
  MAX_REQUEST_BYTES,
  type PutEventsEntryIn,
  PutEventsRequestError,
  putEvents,
} from '../../local/bus/put-events.ts';

const valid = { Source: 'bank.cards', DetailType: 'Fraud.Suspected', Detail: '{"customerId":"C-1"}' };

const missing = (name: string) => ({
  ErrorCode: 'InvalidArgument',
  ErrorMessage: `Parameter ${name} is not valid. Reason: ${name} is a required argument.`,
});
const malformed = { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };

const cases: { name: string; entry: PutEventsEntryIn; expected: unknown }[] = [
  { name: 'no Source', entry: { ...valid, Source: undefined }, expected: missing('Source') },
  { name: 'empty Source', entry: { ...valid, Source: '' }, expected: missing('Source') },
  { name: 'no DetailType', entry: { ...valid, DetailType: undefined }, expected: missing('DetailType') },
  { name: 'empty DetailType', entry: { ...valid, DetailType: '' }, expected: missing('DetailType') },
  { name: 'no Detail', entry: { ...valid, Detail: undefined }, expected: missing('Detail') },
  { name: 'Detail not JSON', entry: { ...valid, Detail: 'NotJSON' }, expected: malformed },
  { name: 'Detail a JSON array', entry: { ...valid, Detail: '[]' }, expected: malformed },
  { name: 'Detail broken JSON', entry: { ...valid, Detail: '{{}' }, expected: malformed },
  { name: 'Detail a JSON string', entry: { ...valid, Detail: '"NotJSON"' }, expected: malformed },
  { name: 'Detail JSON null', entry: { ...valid, Detail: 'null' }, expected: malformed },
  { name: 'Detail a number', entry: { ...valid, Detail: '42' }, expected: malformed },
  {
    name: 'Source missing and Detail malformed',
    entry: { DetailType: 'x', Detail: '[' },
    expected: missing('Source'),
  },
];

describe('one PutEvents entry', () => {
  it.each(cases)('$name → $expected.ErrorCode', ({ entry, expected }) => {
    // Act
    const result = putEvents([entry], () => 'evt-1');
    // Assess
    expect(result).toEqual({ FailedEntryCount: 1, Entries: [expected] });
  });

  it('takes a well-formed entry, with its Time, Resources and bus', () => {
    // Act
    const checked = checkEntry({
      ...valid,
      Time: 1767600000,
      Resources: ['arn:aws:cards:eu-west-1:1:card/1'],
      EventBusName: 'herald',
    });
    // Assess
    expect(checked).toEqual({
      entry: {
        source: 'bank.cards',
        detailType: 'Fraud.Suspected',
        detailText: valid.Detail,
        detail: { customerId: 'C-1' },
        time: new Date('2026-01-05T08:00:00Z'),
        resources: ['arn:aws:cards:eu-west-1:1:card/1'],
        eventBusName: 'herald',
      },
    });
  });

  it('any JSON object is a Detail EventBridge takes', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (detail) => {
        const checked = checkEntry({ ...valid, Detail: JSON.stringify(detail) });
        expect('entry' in checked).toBe(true);
      }),
    );
  });
});

describe('one PutEvents call', () => {
  it('answers each entry in order, counting the failed ones, and accepts only the well-formed', () => {
    // Prepare
    const accepted: string[] = [];
    // Act
    const result = putEvents(
      [valid, { ...valid, Detail: '[1]' }, { ...valid, DetailType: 'Card.Blocked' }],
      (e, i) => {
        accepted.push(e.detailType);
        return `evt-${i}`;
      },
    );
    // Assess
    expect(result).toEqual({
      FailedEntryCount: 1,
      Entries: [{ EventId: 'evt-0' }, malformed, { EventId: 'evt-2' }],
    });
    expect(accepted).toEqual(['Fraud.Suspected', 'Card.Blocked']);
  });

  it.each([
    ['no entries', [], 'ValidationException', /length greater than or equal to 1/],
    [
      '11 entries',
      Array.from({ length: 11 }, () => valid),
      'ValidationException',
      /less than or equal to 10/,
    ],
    ['no Entries member', undefined, 'ValidationException', /must not be null/],
    ['a Time that is no timestamp', [{ ...valid, Time: 'yesterday' }], 'SerializationException', /Time/],
    [
      'entries over 256 KB together',
      [valid, { ...valid, Detail: JSON.stringify({ p: 'p'.repeat(MAX_REQUEST_BYTES) }) }],
      'ValidationException',
      /^Total size of the entries in the request is over the limit\.$/,
    ],
  ])('%s fails the whole call', (_name, entries, type, message) => {
    // Prepare
    const accepted: unknown[] = [];
    // Act
    const act = () => putEvents(entries, (e) => String(accepted.push(e)));
    // Assess
    expect(act).toThrow(PutEventsRequestError);
    expect(act).toThrow(message);
    try {
      act();
    } catch (error) {
      expect((error as PutEventsRequestError).type).toBe(type);
    }
    expect(accepted).toEqual([]);
  });

  it('counts an entry as EventBridge does: 14 bytes for a Time, UTF-8 bytes of the texts', () => {
    expect(entrySize({ Source: 'é', DetailType: 'ab', Detail: '{}', Time: 1, Resources: ['r'] })).toBe(
      14 + 2 + 2 + 2 + 1,
    );
    // exactly at the limit is taken
    const base = entrySize({ ...valid, Detail: '{"p":""}' });
    const atLimit = { ...valid, Detail: JSON.stringify({ p: 'p'.repeat(MAX_REQUEST_BYTES - base) }) };
    expect(entrySize(atLimit)).toBe(MAX_REQUEST_BYTES);
    expect(putEvents([atLimit], () => 'evt').FailedEntryCount).toBe(0);
  });
});

describe('the local PutEvents endpoint, called by the real EventBridge client', () => {
  const events: { source: string; detailType: string; detail: string }[] = [];
  let endpoints: LocalEndpoints;
  let client: EventBridgeClient;

  beforeAll(async () => {
    endpoints = await startLocalEndpoints({
      sqs: () => undefined,
      email: () => undefined,
      sms: () => undefined,
      push: () => undefined,
      whatsapp: () => undefined,
      schedule: () => true,
      event: (entry) => events.push(entry),
    });
    client = new EventBridgeClient({
      endpoint: endpoints.urls.eventbridge,
      region: 'eu-west-1',
      credentials: { accessKeyId: 'any', secretAccessKey: 'any' },
      maxAttempts: 1,
    });
  });
  afterAll(async () => {
    client.destroy();
    await endpoints.close();
  });

  it('reports a malformed entry in its own result and puts the others on the bus', async () => {
    // Act
    const result = await client.send(
      new PutEventsCommand({
        Entries: [
          valid,
          { Source: 'bank.cards', DetailType: 'Fraud.Suspected' },
          { ...valid, Detail: '{"n":2}' },
        ],
      }),
    );
    // Assess
    expect(result.FailedEntryCount).toBe(1);
    expect(result.Entries?.[1]).toEqual(missing('Detail'));
    expect(result.Entries?.[0]?.EventId).toBeTruthy();
    expect(result.Entries?.[2]?.EventId).toBeTruthy();
    expect(events.map((e) => e.detail)).toEqual([valid.Detail, '{"n":2}']);
  });

  it('refuses a call of more than 10 entries with a ValidationException', async () => {
    // Act
    const call = client.send(new PutEventsCommand({ Entries: Array.from({ length: 11 }, () => valid) }));
    // Assess
    await expect(call).rejects.toMatchObject({ name: 'ValidationException' });
  });
});
