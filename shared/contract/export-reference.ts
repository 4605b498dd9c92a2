/**
 * Writes the event reference of contract v1, `docs/event-reference.md`, from the contract itself:
 *
 *   tsx shared/contract/export-reference.ts [OUT_FILE]      (npm run contract-docs)
 *
 * Every DetailType of `bankEvents` and `heraldEvents` in registry order, its fields as its JSON Schema
 * (`jsonSchemaOf`) states them (required or optional, type, format and bounds, description) and its example
 * from `examples.ts` as one entry line. The page is generated, never edited: a test regenerates it and
 * compares it with the committed file, so a schema change without the docs fails the suite.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JsonSchema } from '@valibot/to-json-schema';
import { HERALD_SOURCE } from './common.ts';
import { examples } from './examples.ts';
import { jsonSchemaOf } from './export-json-schemas.ts';
import { bankEvents, type DetailType, type EventModule, heraldEvents } from './registry.ts';
import { CONTRACT_VERSION } from './validate.ts';

export const DEFAULT_OUT_FILE = fileURLToPath(new URL('../../docs/event-reference.md', import.meta.url));

/** The Source of the bank examples: the default allow-listed producer (`DEFAULT_ALLOWED_SOURCES`). */
export const EXAMPLE_BANK_SOURCE = 'bank.core';

/** Fields every schema declares for the version; described once in the introduction. */
const VERSION_FIELDS = new Set(['v', 'version']);

type Direction = 'bank' | 'herald';

interface FieldRow {
  readonly path: string;
  readonly required: boolean;
  readonly schema: JsonSchema;
}

/** Text for a Markdown table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

function code(text: string): string {
  return `\`${text}\``;
}

/** Every field of an object schema, depth first, nested objects and array items included. */
function fieldRows(schema: JsonSchema, prefix = ''): FieldRow[] {
  const required = new Set(schema.required ?? []);
  const rows: FieldRow[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (prefix === '' && VERSION_FIELDS.has(name)) continue;
    if (typeof property !== 'object') continue;
    const path = `${prefix}${name}`;
    rows.push({ path, required: required.has(name), schema: property });
    if (property.type === 'object') rows.push(...fieldRows(property, `${path}.`));
    const items = property.items;
    if (property.type === 'array' && items && typeof items === 'object' && !Array.isArray(items)) {
      if (items.type === 'object') rows.push(...fieldRows(items, `${path}[].`));
    }
  }
  return rows;
}

function typeOf(schema: JsonSchema): string {
  if (schema.type === 'array') {
    const items = schema.items;
    const itemType =
      items && typeof items === 'object' && !Array.isArray(items) ? typeOf(items) : 'any value';
    return `array of ${itemType}`;
  }
  const type = Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'any value');
  return schema.format ? `${type} (${schema.format})` : type;
}

/** `1 to 256`, `at most 64`, `at least 1`, or nothing when unbounded. */
function range(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `${min} to ${max}`;
  if (max !== undefined) return `at most ${max}`;
  if (min !== undefined) return `at least ${min}`;
  return '';
}

/** Bounds and allowed values; regex patterns stay in the JSON Schema the section links to. */
function rulesOf(schema: JsonSchema): string {
  const rules: string[] = [];
  if (schema.enum) rules.push(`one of ${schema.enum.map((value) => code(JSON.stringify(value))).join(', ')}`);
  const length = range(schema.minLength, schema.maxLength);
  if (length) rules.push(`${length} characters`);
  const value = range(schema.minimum, schema.maximum);
  if (value) rules.push(value);
  const count = range(schema.minItems, schema.maxItems);
  if (count) rules.push(`${count} items`);
  if (schema.uniqueItems) rules.push('no repeated item');
  const items = schema.items;
  if (items && typeof items === 'object' && !Array.isArray(items) && items.type !== 'object') {
    const itemRules = rulesOf(items);
    if (itemRules) rules.push(`each item: ${itemRules}`);
  }
  return rules.join('; ');
}

function descriptionOf(schema: JsonSchema): string {
  const items = schema.items;
  if (!schema.description && items && typeof items === 'object' && !Array.isArray(items)) {
    return items.description ?? '';
  }
  return schema.description ?? '';
}

/** GitHub's anchor of a heading. */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/ /g, '-');
}

function sourceOf(direction: Direction): string {
  return direction === 'herald' ? HERALD_SOURCE : EXAMPLE_BANK_SOURCE;
}

/** The example as one EventBridge entry line, as `herald replay` reads it. */
function exampleLine(event: EventModule<DetailType>, direction: Direction): string {
  const detail = examples[event.detailType] as Readonly<Record<string, unknown>>;
  const occurredAt = typeof detail.occurredAt === 'string' ? detail.occurredAt : undefined;
  const time = occurredAt ? new Date(occurredAt).toISOString().replace('.000Z', 'Z') : undefined;
  return JSON.stringify({
    Source: sourceOf(direction),
    DetailType: event.detailType,
    ...(time ? { Time: time } : {}),
    Detail: detail,
  });
}

function section(event: EventModule<DetailType>, direction: Direction): string[] {
  const schema = jsonSchemaOf(event, direction);
  const rows = fieldRows(schema);
  const lines = [
    `### ${event.detailType}`,
    '',
    event.description,
    '',
    `Source ${code(sourceOf(direction))}${direction === 'bank' ? ' (or another allow-listed producer)' : ''}; ` +
      `contract v${event.version}; JSON Schema [${code(`${event.detailType}.json`)}]` +
      `(../shared/contract/json/${event.detailType}.json).`,
    '',
    '| field | required | type | rules | description |',
    '|---|---|---|---|---|',
    ...rows.map(
      ({ path, required, schema: field }) =>
        `| ${code(path)} | ${required ? 'yes' : 'no'} | ${cell(typeOf(field))} | ${cell(rulesOf(field))} | ${cell(
          descriptionOf(field),
        )} |`,
    ),
    '',
    direction === 'bank' ? 'Example, as a `herald replay` line:' : 'Example, as Herald puts it on the bus:',
    '',
    '```json',
    exampleLine(event, direction),
    '```',
    '',
  ];
  return lines;
}

function contents(events: readonly EventModule<DetailType>[]): string[] {
  return events.map((event) => `- [${event.detailType}](#${anchorOf(event.detailType)})`);
}

/** The whole page. */
export function renderEventReference(): string {
  const bank = Object.values(bankEvents) as EventModule<DetailType>[];
  const herald = Object.values(heraldEvents) as EventModule<DetailType>[];
  const lines = [
    '# Event reference',
    '',
    '<!-- Generated by `npm run contract-docs` (shared/contract/export-reference.ts) from the contract. ' +
      'Do not edit by hand: test/unit/event-reference.test.ts fails when this file and the schemas differ. -->',
    '',
    `Every DetailType of event contract v${CONTRACT_VERSION}, in both directions. An event is an EventBridge ` +
      'entry: `Source`, `DetailType`, `Detail` (the fields below) and optionally `Time`. A field in an ' +
      'optional object is required only when that object is present; `a[].b` is field `b` of each item of ' +
      'array `a`.',
    '',
    `Every \`Detail\` may also state its contract version as \`v\` or \`version\`; when present it must be ` +
      `the number ${CONTRACT_VERSION}, anything else is rejected. Unknown extra fields are accepted. Every ` +
      '`Detail` is held to the limits `DETAIL_LIMITS` (depth, sizes, characters) before its schema runs: see ' +
      'the [event contract](../README.md#event-contract) in the README. Rules checked in code (real calendar ' +
      'dates, BCP-47 locales, IANA time zones) are described in the field; the exact patterns are in each ' +
      "event's JSON Schema. What may change within this version: " +
      '[contract versioning policy](contract-versioning.md).',
    '',
    '## Bank → Herald',
    '',
    ...contents(bank),
    '',
    ...bank.flatMap((event) => section(event, 'bank')),
    '## Herald → bank',
    '',
    ...contents(herald),
    '',
    ...herald.flatMap((event) => section(event, 'herald')),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outFile = resolve(process.argv[2] ?? DEFAULT_OUT_FILE);
  await writeFile(outFile, renderEventReference());
  process.stderr.write(`wrote the event reference to ${outFile}\n`);
}
