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
import { CONTRACT_VERSION, parseDetail, parseEntryDetail } from '#contract/validate.ts';

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
    expect(bankDetailTypes).toHaveLength(23);
    expect(heraldDetailTypes).toEqual([
      'Card.HoldRequested',
      'Fraud.CustomerReplied',
      'Notification.Failed',
      'Customer.Erased',
    ]);
  });

  it('event modules import only valibot and common.ts, and validate.ts only valibot (no registry, no barrel)', async () => {
    // Prepare
    const files = (await readdir(eventsDir)).filter((file) => file.endsWith('.ts'));

    // Act
    const eventImports = (await Promise.all(files.map((file) => importsOf(join(eventsDir, file))))).flat();
    const commonImports = await importsOf(join(contractDir, 'common.ts'));
    const validateImports = await importsOf(join(contractDir, 'validate.ts'));

    // Assess
    expect(new Set(eventImports)).toEqual(new Set(['valibot', '../common.ts']));
    expect(commonImports).toEqual(['valibot']);
    expect(validateImports).toEqual(['valibot']);
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
