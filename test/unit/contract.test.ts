import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AMOUNT_REGEX } from '#contract/common.ts';
import * as balanceChanged from '#contract/events/balance-changed.ts';
import { examples } from '#contract/examples.ts';
import {
  bankEvents,
  type DetailType,
  type EventModule,
  heraldEvents,
  isBankDetailType,
  isHeraldDetailType,
} from '#contract/registry.ts';
import { CONTRACT_VERSION, DETAIL_LIMITS, parseDetail, parseEntryDetail } from '#contract/validate.ts';

const run = promisify(execFile);
const contractDir = fileURLToPath(new URL('../../shared/contract/', import.meta.url));
const eventsDir = join(contractDir, 'events');
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

const registry: Readonly<Record<string, EventModule>> = { ...bankEvents, ...heraldEvents };
const bankDetailTypes = Object.keys(bankEvents) as DetailType[];
const heraldDetailTypes = Object.keys(heraldEvents) as DetailType[];
const allDetailTypes = [...bankDetailTypes, ...heraldDetailTypes];

function eventOf(detailType: string): EventModule {
  const event = registry[detailType];
  if (!event) throw new Error(`no event module for ${detailType}`);
  return event;
}

const REMOVE = Symbol('remove');

/** A deep copy of `detail` with the field at `path` (`contacts.phone`, `transactions.0.amount`) set or removed. */
function withField(detail: object, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(detail) as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let node = copy;
  for (const key of keys) node = node[key] as Record<string, unknown>;
  if (value === REMOVE) Reflect.deleteProperty(node, last);
  else node[last] = value;
  return copy;
}

function kebab(detailType: string): string {
  return detailType
    .replace('.', '-')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}

/** The import specifiers of a TypeScript source file. */
async function importsOf(path: string): Promise<string[]> {
  const source = await readFile(path, 'utf8');
  return [...source.matchAll(/^import\s[^;]*?from\s+'([^']+)'/gms)].map((match) => match[1] ?? '');
}

describe('event contract v1: valid events', () => {
  it.each(bankDetailTypes)('bank → Herald %s: the example parses', (detailType) => {
    // Prepare
    const event = eventOf(detailType);
    const detail = examples[detailType];

    // Act
    const result = parseDetail(event.schema, detail);

    // Assess
    expect(result).toEqual({ ok: true, value: detail });
  });

  it.each(heraldDetailTypes)('Herald → bank %s: the example parses', (detailType) => {
    // Prepare
    const event = eventOf(detailType);
    const detail = examples[detailType];

    // Act
    const result = parseDetail(event.schema, detail);

    // Assess
    expect(result).toEqual({ ok: true, value: detail });
  });

  it('accepts unknown extra fields (forward compatible) and leaves them out of the value', () => {
    // Prepare
    const detail = { ...examples['Balance.Changed'], availableBalance: '12.00', tags: ['x'] };

    // Act
    const result = parseDetail(balanceChanged.schema, detail);

    // Assess
    expect(result).toEqual({ ok: true, value: examples['Balance.Changed'] });
  });

  it.each([
    ['v', 1],
    ['version', 1],
  ])('accepts an explicit contract version %s: %d', (field, version) => {
    // Prepare
    const detail = { ...examples['Balance.Changed'], [field]: version };

    // Act
    const result = parseDetail(balanceChanged.schema, detail);

    // Assess
    expect(result.ok).toBe(true);
    expect(CONTRACT_VERSION).toBe(1);
  });

  it.each([
    ['the first day of 2000', 'Balance.Changed', 'occurredAt', '2000-01-01T00:00:00Z'],
    ['the last second of 2099', 'Balance.Changed', 'occurredAt', '2099-12-31T23:59:59-05:00'],
    ['a bill due on the last day of 2099', 'Payment.Due', 'dueDate', '2099-12-31'],
    ['an identifier with inner spaces', 'Balance.Changed', 'accountId', 'ACC 1001 / 7'],
    ['a merchant name in Arabic with an emoji', 'Transaction.Posted', 'merchant.name', 'مقهى ☕ 😀'],
    ['a note on several lines', 'TaxReminder.Set', 'note', 'Declare dividends\nand interest\r\n\tby broker'],
  ])('accepts %s', (_case, detailType, path, value) => {
    // Prepare
    const detail = withField(examples[detailType as DetailType], path, value);

    // Act
    const result = parseDetail(eventOf(detailType).schema, detail);

    // Assess
    expect(result).toEqual({ ok: true, value: detail });
  });

  it('Market.PriceTick needs no customerId', () => {
    // Prepare
    const event = eventOf('Market.PriceTick');
    const detail = examples['Market.PriceTick'];

    // Act
    const result = parseDetail(event.schema, detail);

    // Assess
    expect(detail).not.toHaveProperty('customerId');
    expect(result.ok).toBe(true);
  });
});

describe('event contract v1: rejection reasons name the field and the rule', () => {
  it.each([
    {
      rule: 'amount as a number',
      detailType: 'Balance.Changed',
      path: 'balance',
      value: 1250,
      reason: 'detail.balance: expected a decimal string such as "1250.00", got number',
    },
    {
      rule: 'amount with a decimal comma',
      detailType: 'Transaction.Posted',
      path: 'amount',
      value: '1250,00',
      reason: 'detail.amount: expected a decimal string such as "1250.00"',
    },
    {
      rule: 'amount with 7 decimals',
      detailType: 'Payment.Due',
      path: 'minimumDue',
      value: '1.0000001',
      reason: 'detail.minimumDue: expected a decimal string such as "1250.00"',
    },
    {
      rule: 'lower-case currency',
      detailType: 'Balance.Changed',
      path: 'currency',
      value: 'eur',
      reason: 'detail.currency: expected an ISO-4217 currency code such as "EUR"',
    },
    {
      rule: 'occurredAt without offset',
      detailType: 'Balance.Changed',
      path: 'occurredAt',
      value: '2025-06-01T09:30:00',
      reason: 'detail.occurredAt: invalid ISO-8601 date-time with offset',
    },
    {
      rule: 'occurredAt on a day that does not exist',
      detailType: 'Balance.Changed',
      path: 'occurredAt',
      value: '2025-02-30T09:30:00Z',
      reason: 'detail.occurredAt: invalid ISO-8601 date-time with offset: no such calendar date',
    },
    {
      rule: 'occurredAt inside an array item',
      detailType: 'Fraud.Suspected',
      path: 'transactions.0.occurredAt',
      value: '2025-06-01 06:12:44',
      reason: 'detail.transactions[0].occurredAt: invalid ISO-8601 date-time with offset',
    },
    {
      rule: 'phone not in E.164',
      detailType: 'Customer.Upserted',
      path: 'contacts.phone',
      value: '0712345678',
      reason: 'detail.contacts.phone: expected an E.164 phone number such as "+40712345678"',
    },
    {
      rule: 'malformed e-mail',
      detailType: 'Customer.Upserted',
      path: 'contacts.email',
      value: 'ana.popescu@',
      reason: 'detail.contacts.email: expected an e-mail address',
    },
    {
      rule: 'locale with an underscore',
      detailType: 'Customer.Upserted',
      path: 'locale',
      value: 'en_US',
      reason: 'detail.locale: expected a BCP-47 locale such as "en-GB"',
    },
    {
      rule: 'locale that is a language name',
      detailType: 'Customer.Upserted',
      path: 'locale',
      value: 'english',
      reason: 'detail.locale: expected a BCP-47 locale such as "en-GB"',
    },
    {
      rule: 'unknown time zone',
      detailType: 'Customer.Upserted',
      path: 'timeZone',
      value: 'Mars/Olympus_Mons',
      reason: 'detail.timeZone: expected an IANA time zone such as "Europe/Bucharest"',
    },
    {
      rule: 'offset instead of a time zone',
      detailType: 'Customer.Upserted',
      path: 'timeZone',
      value: '+02:00',
      reason: 'detail.timeZone: expected an IANA time zone such as "Europe/Bucharest"',
    },
    {
      rule: 'missing customerId',
      detailType: 'Balance.Changed',
      path: 'customerId',
      value: REMOVE,
      reason: 'detail.customerId: required field missing',
    },
    {
      rule: 'empty eventId',
      detailType: 'Balance.Changed',
      path: 'eventId',
      value: '',
      reason: 'detail.eventId: must not be empty',
    },
    {
      rule: 'wrong enum value',
      detailType: 'Consent.Changed',
      path: 'channel',
      value: 'fax',
      reason: 'detail.channel: expected one of email | sms | push | whatsapp',
    },
    {
      rule: 'enum of the wrong type',
      detailType: 'Kyc.StepCompleted',
      path: 'step',
      value: 2,
      reason: 'detail.step: expected one of selfie | id_document | proof_of_address, got number',
    },
    {
      rule: 'boolean as a string',
      detailType: 'Payment.Due',
      path: 'autopay',
      value: 'false',
      reason: 'detail.autopay: expected true or false, got string',
    },
    {
      rule: 'quiet hours not HH:MM',
      detailType: 'AlertSettings.Changed',
      path: 'quietHours.start',
      value: '7:00',
      reason: 'detail.quietHours.start: expected a time of day "HH:MM" such as "22:00"',
    },
    {
      rule: 'repeated channel in channelOrder',
      detailType: 'AlertSettings.Changed',
      path: 'channelOrder',
      value: ['sms', 'sms'],
      reason: 'detail.channelOrder: must not repeat a channel',
    },
    {
      rule: 'date not YYYY-MM-DD',
      detailType: 'Payment.Due',
      path: 'dueDate',
      value: '15/06/2025',
      reason: 'detail.dueDate: expected a date "YYYY-MM-DD"',
    },
    {
      rule: 'risk score out of range',
      detailType: 'Fraud.Suspected',
      path: 'riskScore',
      value: 1.5,
      reason: 'detail.riskScore: must be from 0 to 1',
    },
    {
      rule: 'nested object is null',
      detailType: 'Transaction.Posted',
      path: 'merchant',
      value: null,
      reason: 'detail.merchant: expected an object, got null',
    },
    {
      rule: 'unsupported version in v',
      detailType: 'Balance.Changed',
      path: 'v',
      value: 2,
      reason: 'unsupported contract version 2',
    },
    {
      rule: 'unsupported version in version',
      detailType: 'Balance.Changed',
      path: 'version',
      value: '2',
      reason: 'unsupported contract version "2"',
    },
    {
      rule: 'contacts as an array (v.object alone takes it: a profile without contacts)',
      detailType: 'Customer.Upserted',
      path: 'contacts',
      value: [],
      reason: 'detail.contacts: expected an object, got array',
    },
    {
      rule: 'contacts as an array of contacts',
      detailType: 'Customer.Upserted',
      path: 'contacts',
      value: [{ email: 'ana.popescu@example.com' }],
      reason: 'detail.contacts: expected an object, got array',
    },
    {
      rule: 'name as an array',
      detailType: 'Customer.Upserted',
      path: 'name',
      value: ['Ana', 'Popescu'],
      reason: 'detail.name: expected an object, got array',
    },
    {
      rule: 'a push token as an array',
      detailType: 'Customer.Upserted',
      path: 'contacts.pushTokens.0',
      value: ['fcm', 'fcm-token-0001'],
      reason: 'detail.contacts.pushTokens[0]: expected an object, got array',
    },
    {
      rule: 'contacts as a Date (a JavaScript caller)',
      detailType: 'Customer.Upserted',
      path: 'contacts',
      value: new Date(0),
      reason: 'detail.contacts: expected an object, got date',
    },
    {
      rule: 'merchant as an array',
      detailType: 'Transaction.Posted',
      path: 'merchant',
      value: ['eMAG', 'Bucharest'],
      reason: 'detail.merchant: expected an object, got array',
    },
    {
      rule: 'lowBalance as an array',
      detailType: 'AlertSettings.Changed',
      path: 'lowBalance',
      value: [],
      reason: 'detail.lowBalance: expected an object, got array',
    },
    {
      rule: 'a suspected transaction as an array',
      detailType: 'Fraud.Suspected',
      path: 'transactions.0',
      value: ['899.99', 'EUR'],
      reason: 'detail.transactions[0]: expected an object, got array',
    },
    {
      rule: 'transactions as an object',
      detailType: 'Fraud.Suspected',
      path: 'transactions',
      value: { 0: examples['Fraud.Suspected'].transactions[0] },
      reason: 'detail.transactions: expected an array, got object',
    },
    {
      rule: 'channelOrder as an object',
      detailType: 'AlertSettings.Changed',
      path: 'channelOrder',
      value: { first: 'sms' },
      reason: 'detail.channelOrder: expected an array, got object',
    },
    {
      rule: 'pushTokens as an object',
      detailType: 'Customer.Upserted',
      path: 'contacts.pushTokens',
      value: { platform: 'fcm', token: 'fcm-token-0001' },
      reason: 'detail.contacts.pushTokens: expected an array, got object',
    },
    {
      rule: 'channelOrder longer than the channels there are',
      detailType: 'AlertSettings.Changed',
      path: 'channelOrder',
      value: ['push', 'sms', 'email', 'whatsapp', 'sms'],
      reason: 'detail.channelOrder: must have at most 4 items',
    },
    {
      rule: 'risk score 1e308',
      detailType: 'Fraud.Suspected',
      path: 'riskScore',
      value: 1e308,
      reason: 'detail.riskScore: must be from 0 to 1',
    },
    {
      rule: 'risk score -1e308',
      detailType: 'Fraud.Suspected',
      path: 'riskScore',
      value: -1e308,
      reason: 'detail.riskScore: must be from 0 to 1',
    },
    {
      rule: 'risk score NaN (a JavaScript caller)',
      detailType: 'Fraud.Suspected',
      path: 'riskScore',
      value: Number.NaN,
      reason: 'detail.riskScore: not a number',
    },
    {
      rule: 'credit utilisation 1e308',
      detailType: 'AlertSettings.Changed',
      path: 'creditUtilization.percent',
      value: 1e308,
      reason: 'detail.creditUtilization.percent: must be from 1 to 100',
    },
    {
      rule: 'customerId of spaces only',
      detailType: 'Balance.Changed',
      path: 'customerId',
      value: '   ',
      reason: 'detail.customerId: must not be blank or start or end with whitespace',
    },
    {
      rule: 'eventId with a trailing space',
      detailType: 'Balance.Changed',
      path: 'eventId',
      value: 'evt-bc-0001 ',
      reason: 'detail.eventId: must not be blank or start or end with whitespace',
    },
    {
      rule: 'accountId of a no-break space only',
      detailType: 'Balance.Changed',
      path: 'accountId',
      value: '\u00a0',
      reason: 'detail.accountId: must not be blank or start or end with whitespace',
    },
    {
      rule: 'caseId with a tab',
      detailType: 'Customer.Replied',
      path: 'caseId',
      value: 'case\t0001',
      reason: 'detail.caseId: must be on one line (no line break or tab)',
    },
    {
      rule: 'payee of spaces only',
      detailType: 'Payment.Completed',
      path: 'payee',
      value: '  ',
      reason: 'detail.payee: must not be blank',
    },
    {
      rule: 'merchant name on two lines',
      detailType: 'Transaction.Posted',
      path: 'merchant.name',
      value: 'eMAG\nSubject: win',
      reason: 'detail.merchant.name: must be on one line (no line break or tab)',
    },
    {
      rule: 'consent granted as a string',
      detailType: 'Consent.Changed',
      path: 'granted',
      value: 'true',
      reason: 'detail.granted: expected true or false, got string',
    },
    {
      rule: 'occurredAt in 1970',
      detailType: 'Balance.Changed',
      path: 'occurredAt',
      value: '1970-01-01T00:00:00Z',
      reason: 'detail.occurredAt: year must be from 2000 to 2099',
    },
    {
      rule: 'occurredAt in year 0',
      detailType: 'Balance.Changed',
      path: 'occurredAt',
      value: '0000-01-01T00:00:00Z',
      reason: 'detail.occurredAt: year must be from 2000 to 2099',
    },
    {
      rule: 'occurredAt in 9999',
      detailType: 'Balance.Changed',
      path: 'occurredAt',
      value: '9999-12-31T23:59:59+14:00',
      reason: 'detail.occurredAt: year must be from 2000 to 2099',
    },
    {
      rule: 'a suspected transaction in 2100',
      detailType: 'Fraud.Suspected',
      path: 'transactions.0.occurredAt',
      value: '2100-01-01T00:00:00Z',
      reason: 'detail.transactions[0].occurredAt: year must be from 2000 to 2099',
    },
    {
      rule: 'an offer expiring in 2100',
      detailType: 'Loan.PreApproved',
      path: 'expiresAt',
      value: '2100-01-01T00:00:00+03:00',
      reason: 'detail.expiresAt: year must be from 2000 to 2099',
    },
    {
      rule: 'a bill due in 1999',
      detailType: 'Payment.Due',
      path: 'dueDate',
      value: '1999-12-31',
      reason: 'detail.dueDate: year must be from 2000 to 2099',
    },
    {
      rule: 'a tax date in 2100',
      detailType: 'TaxReminder.Set',
      path: 'date',
      value: '2100-01-01',
      reason: 'detail.date: year must be from 2000 to 2099',
    },
    {
      rule: 'a version that is not a version number (never echoed)',
      detailType: 'Balance.Changed',
      path: 'v',
      value: 'ana.popescu@example.com',
      reason: 'unsupported contract version (string)',
    },
  ])('$rule → "$reason"', ({ detailType, path, value, reason }) => {
    // Prepare
    const event = eventOf(detailType);
    const detail = withField(examples[detailType as DetailType], path, value);

    // Act
    const result = parseDetail(event.schema, detail);

    // Assess
    expect(result).toEqual({ ok: false, reason });
  });

  it('lists every broken rule, joined with "; "', () => {
    // Prepare
    const detail = { ...examples['Balance.Changed'], balance: 10, currency: 'euro', accountId: undefined };

    // Act
    const result = parseDetail(balanceChanged.schema, detail);

    // Assess
    expect(result).toEqual({
      ok: false,
      reason:
        'detail.accountId: required field missing; ' +
        'detail.balance: expected a decimal string such as "1250.00", got number; ' +
        'detail.currency: expected an ISO-4217 currency code such as "EUR"',
    });
  });

  it('never echoes the rejected value (it may be personal data)', () => {
    // Prepare
    const detail = withField(examples['Customer.Upserted'], 'contacts.email', 'ana.popescu(at)example.com');

    // Act
    const result = parseDetail(eventOf('Customer.Upserted').schema, detail);

    // Assess
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('popescu');
  });

  it.each([
    ['an array', [], 'detail: expected a JSON object, got array'],
    ['null', null, 'detail: expected a JSON object, got null'],
    ['a number', 42, 'detail: expected a JSON object, got number'],
  ])('rejects a Detail that is %s', (_kind, detail, reason) => {
    // Act
    const result = parseDetail(balanceChanged.schema, detail);

    // Assess
    expect(result).toEqual({ ok: false, reason });
  });
});

/** `{a:{a:…'x'}}` or `[[…'x']]`, `depth` levels, built without recursion. */
function nested(depth: number, as: 'object' | 'array' = 'object'): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = as === 'object' ? { a: value } : [value];
  return value;
}

/** `detail` with `field` set to `value`, without cloning `value` (too deep for structuredClone). */
function withExtra(detail: object, field: string, value: unknown): Record<string, unknown> {
  return { ...structuredClone(detail), [field]: value };
}

describe('event contract v1: pathological input is rejected naming the field, never thrown', () => {
  const base = examples['Balance.Changed'];
  const schema = balanceChanged.schema;

  it.each([
    ['an object', 'object'],
    ['an array', 'array'],
  ] as const)('a field nested 10,000 deep as %s: rejected at the first level too deep', (_kind, as) => {
    // Prepare
    const detail = withExtra(base, 'extra', nested(10_000, as));

    // Act
    const result = parseDetail(schema, detail);

    // Assess
    const path =
      as === 'object' ? 'detail.extra.a.a.a.a.a.a.a.a.a' : 'detail.extra[0][0][0][0][0][0][0][0][0]';
    expect(result).toEqual({
      ok: false,
      reason: `${path}: nested deeper than ${DETAIL_LIMITS.maxDepth} levels`,
    });
  });

  it('a known field nested 100,000 deep in a Detail given as JSON text: rejected naming the field', () => {
    // Prepare
    const depth = 100_000;
    const text = JSON.stringify(base).replace('"-45.10"', `${'['.repeat(depth)}1${']'.repeat(depth)}`);

    // Act
    const result = parseEntryDetail(schema, text);

    // Assess
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(/^detail\.balance(\[0\])+: nested deeper than 10 levels$/);
  });

  it('nesting up to the limit is accepted; one level more is not', () => {
    // Prepare: the Detail is level 1, so an extra field holds at most maxDepth - 1 levels.
    const atLimit = withExtra(base, 'extra', nested(DETAIL_LIMITS.maxDepth - 1));
    const overLimit = withExtra(base, 'extra', nested(DETAIL_LIMITS.maxDepth));

    // Act
    const accepted = parseDetail(schema, atLimit);
    const rejected = parseDetail(schema, overLimit);

    // Assess
    expect(accepted.ok).toBe(true);
    expect(rejected.ok).toBe(false);
  });

  it('a cyclic object (a JavaScript caller) is rejected, not walked for ever', () => {
    // Prepare
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;

    // Act
    const result = parseDetail(schema, withExtra(base, 'extra', cycle));

    // Assess
    expect(result).toEqual({
      ok: false,
      reason: `detail.extra${'.self'.repeat(DETAIL_LIMITS.maxDepth - 1)}: nested deeper than 10 levels`,
    });
  });

  it.each([
    ['a 256 KB string in a known field', 'accountId', 'a'.repeat(256 * 1024)],
    [
      'a string one character over the limit in an extra field',
      'note',
      'a'.repeat(DETAIL_LIMITS.maxStringLength + 1),
    ],
  ])('%s: rejected naming the field', (_case, field, value) => {
    // Act
    const result = parseDetail(schema, withExtra(base, field, value));

    // Assess
    expect(result).toEqual({
      ok: false,
      reason: `detail.${field}: string longer than ${DETAIL_LIMITS.maxStringLength} characters`,
    });
  });

  it('a string as long as the limit is accepted in an extra field', () => {
    // Act
    const result = parseDetail(schema, withExtra(base, 'note', 'a'.repeat(DETAIL_LIMITS.maxStringLength)));

    // Assess
    expect(result.ok).toBe(true);
  });

  it.each([
    ['U+0000', '\u0000'],
    ['U+0008', '\u0008'],
    ['U+000B', '\u000b'],
    ['U+001B', '\u001b'],
    ['U+001F', '\u001f'],
    ['U+007F', '\u007f'],
    ['U+0085', '\u0085'],
    ['U+009F', '\u009f'],
  ])('control character %s: rejected naming the field and the character', (code, character) => {
    // Prepare
    const detail = withField(examples['Transaction.Posted'], 'merchant.name', `eMAG${character}ro`);

    // Act
    const result = parseDetail(eventOf('Transaction.Posted').schema, detail);

    // Assess
    expect(result).toEqual({
      ok: false,
      reason: `detail.merchant.name: control character ${code} not allowed`,
    });
  });

  it('tab, line feed and carriage return pass the walk (the schema says where they may go)', () => {
    // Prepare
    const detail = withExtra(base, 'comment', 'first line\r\n\tsecond line');

    // Act
    const result = parseDetail(schema, detail);

    // Assess
    expect(result.ok).toBe(true);
  });

  it.each([
    ['a lone high surrogate', 'acc-\ud800'],
    ['a lone low surrogate', '\udc00acc'],
    ['two high surrogates', 'acc\ud83d\ud83d'],
  ])('%s: rejected naming the field', (_case, value) => {
    // Act
    const result = parseDetail(schema, withField(base, 'accountId', value));

    // Assess
    expect(result).toEqual({
      ok: false,
      reason: 'detail.accountId: lone surrogate (not well-formed Unicode)',
    });
  });

  it('a surrogate pair (an emoji) is well-formed and accepted', () => {
    // Act
    const result = parseDetail(schema, withField(base, 'accountId', 'acc-😀'));

    // Assess
    expect(result.ok).toBe(true);
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'a reserved key %s, as JSON.parse makes it (an own property): rejected naming it',
    (key) => {
      // Prepare
      const text = JSON.stringify(examples['Customer.Upserted']).replace(
        '"contacts":{',
        `"contacts":{"${key}":{"email":"someone.else@example.com"},`,
      );

      // Act
      const result = parseEntryDetail(eventOf('Customer.Upserted').schema, text);

      // Assess
      expect(result).toEqual({ ok: false, reason: `detail.contacts.${key}: reserved key not allowed` });
    },
  );

  it('a key that is not a field name is shown by its position, never spelled out', () => {
    // Prepare
    const detail = withExtra(base, 'ana.popescu@example.com', 'x\u0000');

    // Act
    const result = parseDetail(schema, detail);

    // Assess
    const position = Object.keys(detail).indexOf('ana.popescu@example.com') + 1;
    expect(result).toEqual({
      ok: false,
      reason: `detail.(key ${position}): control character U+0000 not allowed`,
    });
  });

  it.each([
    ['longer than the limit', 'k'.repeat(DETAIL_LIMITS.maxKeyLength + 1), 'key longer than 128 characters'],
    ['with a line feed', 'a\nb', 'key with a control character'],
    ['with a lone surrogate', 'a\ud800', 'key with a lone surrogate'],
  ])('a key %s: rejected', (_case, key, problem) => {
    // Prepare
    const detail = withExtra(base, key, 1);

    // Act
    const result = parseDetail(schema, detail);

    // Assess
    const position = Object.keys(detail).indexOf(key) + 1;
    expect(result).toEqual({ ok: false, reason: `detail.(key ${position}): ${problem}` });
  });

  it('more items or keys than the limit: rejected naming the container; the limit itself is accepted', () => {
    // Prepare
    const items = (n: number) => Array.from({ length: n }, (_, i) => i);
    const keys = (n: number) => Object.fromEntries(items(n).map((i) => [`k${i}`, i]));

    // Act
    const results = [items, keys].map((make) => [
      parseDetail(schema, withExtra(base, 'extra', make(DETAIL_LIMITS.maxEntries))),
      parseDetail(schema, withExtra(base, 'extra', make(DETAIL_LIMITS.maxEntries + 1))),
    ]);

    // Assess
    expect(results).toEqual([
      [expect.objectContaining({ ok: true }), { ok: false, reason: 'detail.extra: more than 1000 items' }],
      [expect.objectContaining({ ok: true }), { ok: false, reason: 'detail.extra: more than 1000 keys' }],
    ]);
  });

  it('a number JSON.parse reads as Infinity (1e999): rejected naming the field', () => {
    // Prepare
    const text = JSON.stringify(examples['Fraud.Suspected']).replace('"riskScore":0.93', '"riskScore":1e999');

    // Act
    const result = parseEntryDetail(eventOf('Fraud.Suspected').schema, text);

    // Assess
    expect(result).toEqual({ ok: false, reason: 'detail.riskScore: number out of range' });
  });

  it('never echoes the value, whatever the problem (property)', () => {
    // Prepare: a secret inside each kind of pathological value
    const secret = 'ana.popescu@example.com';
    const values = fc.constantFrom(
      `${secret}\u0000`,
      `${secret}\ud800`,
      secret.repeat(1000),
      { [secret]: nested(20) },
      [secret, nested(20)],
    );

    // Act + Assess
    fc.assert(
      fc.property(values, fc.constantFrom('accountId', 'extra', 'balance'), (value, field) => {
        const result = parseDetail(schema, withExtra(base, field, value));
        expect(result.ok).toBe(false);
        expect(JSON.stringify(result)).not.toContain('popescu');
      }),
    );
  });
});

describe('event contract v1: Detail as EventBridge entries carry it', () => {
  it('parses a Detail given as a JSON string', () => {
    // Prepare
    const detail = JSON.stringify(examples['Balance.Changed']);

    // Act
    const result = parseEntryDetail(balanceChanged.schema, detail);

    // Assess
    expect(result).toEqual({ ok: true, value: examples['Balance.Changed'] });
  });

  it('parses a Detail given as an object', () => {
    // Act
    const result = parseEntryDetail(balanceChanged.schema, examples['Balance.Changed']);

    // Assess
    expect(result).toEqual({ ok: true, value: examples['Balance.Changed'] });
  });

  it.each(['{"eventId": "evt-1",', '', 'undefined'])('rejects invalid JSON %j', (detail) => {
    // Act
    const result = parseEntryDetail(balanceChanged.schema, detail);

    // Assess
    expect(result).toEqual({ ok: false, reason: 'Detail is not valid JSON' });
  });

  it('validates the parsed JSON string like an object', () => {
    // Prepare
    const detail = JSON.stringify({ ...examples['Balance.Changed'], balance: 12.5 });

    // Act
    const result = parseEntryDetail(balanceChanged.schema, detail);

    // Assess
    expect(result).toEqual({
      ok: false,
      reason: 'detail.balance: expected a decimal string such as "1250.00", got number',
    });
  });
});

describe('event contract v1: amounts (property)', () => {
  it('any decimal string matching the amount regex parses and any finite JS number is rejected', () => {
    // Prepare
    const base = examples['Balance.Changed'];
    const numbers = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));

    // Act + Assess
    fc.assert(
      fc.property(fc.stringMatching(AMOUNT_REGEX), (balance) => {
        const result = parseDetail(balanceChanged.schema, { ...base, balance });
        expect(result).toEqual({ ok: true, value: { ...base, balance } });
      }),
    );
    fc.assert(
      fc.property(numbers, (balance) => {
        const result = parseDetail(balanceChanged.schema, { ...base, balance });
        expect(result).toEqual({
          ok: false,
          reason: 'detail.balance: expected a decimal string such as "1250.00", got number',
        });
      }),
    );
  });
});

describe('event contract v1: registry and modules', () => {
  it('lists every event module exactly once, under its detailType, with version 1', async () => {
    // Prepare
    const files = (await readdir(eventsDir)).filter((file) => file.endsWith('.ts')).sort();

    // Act
    const modules = await Promise.all(
      files.map(async (file) => {
        const module: unknown = await import(pathToFileURL(join(eventsDir, file)).href);
        return { file, module: module as EventModule };
      }),
    );

    // Assess
    expect(modules.map(({ module }) => module.detailType).sort()).toEqual([...allDetailTypes].sort());
    for (const { file, module } of modules) {
      expect(file).toBe(`${kebab(module.detailType)}.ts`);
      expect(module.version).toBe(1);
      expect(module.description.length).toBeGreaterThan(0);
      expect(isBankDetailType(module.detailType) !== isHeraldDetailType(module.detailType)).toBe(true);
    }
    expect(bankDetailTypes).toHaveLength(24);
    expect(bankDetailTypes).toContain('Customer.ConsentEvidenceRequested');
    expect(heraldDetailTypes).toEqual([
      'Card.HoldRequested',
      'Fraud.CustomerReplied',
      'Notification.Failed',
      'Notification.StatusChanged',
      'Customer.Erased',
      'Payment.AutopayRequested',
      'Consent.ChangedByCustomer',
      'Customer.ConsentEvidence',
    ]);
  });

  it('event modules import only valibot and common.ts, and validate.ts only valibot and common.ts (no registry, no barrel)', async () => {
    // Prepare
    const files = (await readdir(eventsDir)).filter((file) => file.endsWith('.ts'));

    // Act
    const eventImports = (await Promise.all(files.map((file) => importsOf(join(eventsDir, file))))).flat();
    const commonImports = await importsOf(join(contractDir, 'common.ts'));
    const validateImports = await importsOf(join(contractDir, 'validate.ts'));

    // Assess
    expect(new Set(eventImports)).toEqual(new Set(['valibot', '../common.ts']));
    expect(commonImports).toEqual(['valibot']);
    expect(validateImports).toEqual(['valibot', './common.ts']);
  });

  it('a Lambda bundle of one event module and validate.ts holds no other event module', async () => {
    // Prepare
    const entry = [
      "import * as balanceChanged from './events/balance-changed.ts';",
      "import { parseDetail } from './validate.ts';",
      'export const parse = (detail) => parseDetail(balanceChanged.schema, detail);',
    ].join('\n');

    // Act
    const result = await build({
      stdin: { contents: entry, resolveDir: contractDir, loader: 'ts', sourcefile: 'entry.ts' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      minify: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });

    // Assess
    const inputs = Object.keys(result.metafile.inputs).map((input) =>
      input.replace(/^.*shared\/contract\//, ''),
    );
    expect(inputs.filter((input) => !input.includes('node_modules')).sort()).toEqual([
      'common.ts',
      'entry.ts',
      'events/balance-changed.ts',
      'validate.ts',
    ]);
    expect(result.outputFiles[0]?.text.length ?? 0).toBeLessThan(40_000);
  });
});

describe('event contract v1: JSON Schemas', () => {
  let outDir = '';

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'herald-schemas-'));
    await run(tsx, [join(contractDir, 'export-json-schemas.ts'), outDir], { timeout: 60_000 });
  });

  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('exports one file per DetailType of the registry', async () => {
    // Act
    const files = await readdir(outDir);

    // Assess
    expect(files.sort()).toEqual(allDetailTypes.map((detailType) => `${detailType}.json`).sort());
  });

  it.each(allDetailTypes)(
    '%s.json is a draft-07 schema with $id, title, description and required fields',
    async (detailType) => {
      // Prepare
      const event = eventOf(detailType);
      const entries = (event.schema as unknown as { entries: Record<string, { type: string }> }).entries;
      const expectedRequired = Object.keys(entries).filter((key) => entries[key]?.type !== 'optional');

      // Act
      const schema = JSON.parse(await readFile(join(outDir, `${detailType}.json`), 'utf8')) as Record<
        string,
        unknown
      >;

      // Assess
      expect(schema).toMatchObject({
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: `urn:herald:contract:v1:${detailType}`,
        title: detailType,
        type: 'object',
        examples: [examples[detailType]],
      });
      expect(schema.description).toEqual(expect.stringContaining(event.description));
      expect(schema.required).toEqual(expectedRequired);
      expect(schema.required).toEqual(expect.arrayContaining(['eventId', 'occurredAt']));
      if (detailType !== 'Market.PriceTick') expect(schema.required).toContain('customerId');
      expect(JSON.stringify(schema)).not.toContain('"required":[]');
    },
  );

  it('Balance.Changed.json carries the regex patterns as "pattern"', async () => {
    // Act
    const schema = JSON.parse(await readFile(join(outDir, 'Balance.Changed.json'), 'utf8')) as {
      properties: Record<string, { pattern?: string; format?: string }>;
    };

    // Assess
    expect(schema.properties.balance?.pattern).toBe(AMOUNT_REGEX.source);
    expect(schema.properties.currency?.pattern).toBe('^[A-Z]{3}$');
    expect(schema.properties.occurredAt?.format).toBe('date-time');
    expect(new RegExp(schema.properties.occurredAt?.pattern ?? '^$').test('2025-06-01T09:30:00')).toBe(false);
  });

  it('an identifier carries both of its rules: one line as "pattern", no outer whitespace in "allOf"', async () => {
    // Prepare
    const schema = JSON.parse(await readFile(join(outDir, 'Balance.Changed.json'), 'utf8')) as {
      properties: Record<string, { pattern?: string; allOf?: { pattern: string }[] }>;
    };
    const customerId = schema.properties.customerId;
    const patterns = [customerId?.pattern ?? '', ...(customerId?.allOf ?? []).map((rule) => rule.pattern)];

    // Act
    const accepts = (value: string) => patterns.every((pattern) => new RegExp(pattern).test(value));

    // Assess
    expect(patterns).toHaveLength(2);
    expect(accepts('cust 0001')).toBe(true);
    expect(accepts('cust-0001 ')).toBe(false);
    expect(accepts('cust\t0001')).toBe(false);
    expect(accepts('   ')).toBe(false);
  });

  it('the committed shared/contract/json is up to date (run `npm run schemas`)', async () => {
    // Prepare
    const committedDir = join(contractDir, 'json');

    // Act
    const files = (await readdir(outDir)).sort();
    const committed = await Promise.all(files.map((file) => readFile(join(committedDir, file), 'utf8')));
    const fresh = await Promise.all(files.map((file) => readFile(join(outDir, file), 'utf8')));

    // Assess
    expect((await readdir(committedDir)).sort()).toEqual(files);
    expect(committed).toEqual(fresh);
  });
});
