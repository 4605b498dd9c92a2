/**
 * Writes one JSON Schema (draft-07) per DetailType of the event contract v1, for the bank's engineers and
 * the EventBridge Schema Registry:
 *
 *   tsx shared/contract/export-json-schemas.ts [OUT_DIR]      (default: shared/contract/json)
 *
 * Each file is `<DetailType>.json` and describes the `Detail` object. Rules with a regex become `pattern`;
 * rules checked in code (`v.check`: real calendar dates, BCP-47 locales, IANA time zones, no repeated
 * channel) are only described (`format`, `description`, `uniqueItems`), so the valibot schema stays the
 * authority and may be stricter than its JSON Schema.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type JsonSchema, toJsonSchema } from '@valibot/to-json-schema';
import { examples } from './examples.ts';
import { bankEvents, type DetailType, type EventModule, heraldEvents } from './registry.ts';
import { CONTRACT_VERSION } from './validate.ts';

export const DEFAULT_OUT_DIR = fileURLToPath(new URL('./json/', import.meta.url));

/** `$id` of a DetailType's schema. */
export function schemaId(detailType: string): string {
  return `urn:herald:contract:v${CONTRACT_VERSION}:${detailType}`;
}

const versionProperty: JsonSchema = {
  type: 'integer',
  enum: [CONTRACT_VERSION],
  description: `Optional contract version; implicitly ${CONTRACT_VERSION}. Any other value is rejected.`,
};

/** The JSON Schema document of one event module. */
export function jsonSchemaOf(event: EventModule<DetailType>, direction: 'bank' | 'herald'): JsonSchema {
  const converted = toJsonSchema(event.schema, {
    target: 'draft-07',
    errorMode: 'throw',
    // v.check pieces have no JSON Schema equivalent: keep what the rest of the pipe produced
    // (pattern, format, description). A string with several regex rules (an identifier is one line
    // and trimmed) gets the first as `pattern` and each further one in `allOf`. Anything else
    // unsupported still throws.
    overrideAction: ({ valibotAction, jsonSchema }) => {
      if (valibotAction.type === 'check') return jsonSchema;
      if (valibotAction.type === 'regex' && 'requirement' in valibotAction) {
        const { source } = valibotAction.requirement as RegExp;
        if (jsonSchema.pattern === source) return undefined;
        return { ...jsonSchema, allOf: [...(jsonSchema.allOf ?? []), { pattern: source }] };
      }
      return undefined;
    },
  });
  const { $schema: _draft, ...body } = withoutEmptyRequired(converted) as JsonSchema;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: schemaId(event.detailType),
    title: event.detailType,
    description: `${event.description} Event contract v${event.version}; Source ${
      direction === 'herald' ? '"herald"' : 'an allow-listed bank producer (default "bank.core")'
    }. Unknown extra fields are accepted.`,
    ...body,
    properties: { ...body.properties, v: versionProperty, version: versionProperty },
    additionalProperties: true,
    examples: [examples[event.detailType]],
  };
}

const LINE_WIDTH = 110;

function isPrimitive(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/**
 * JSON laid out as Biome formats it (objects expanded, arrays of primitives on one line when they fit in
 * the line width), so that `biome check` passes on freshly generated files.
 */
export function formatJson(value: unknown, indent = '', column = 0, trailing = 0): string {
  if (isPrimitive(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isPrimitive)) {
      const oneLine = `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
      if (column + oneLine.length + trailing <= LINE_WIDTH) return oneLine;
    }
    const items = value.map(
      (item, i) => `${inner}${formatJson(item, inner, inner.length, i < value.length - 1 ? 1 : 0)}`,
    );
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([key, item], i) => {
    const prefix = `${inner}${JSON.stringify(key)}: `;
    return `${prefix}${formatJson(item, inner, prefix.length, i < entries.length - 1 ? 1 : 0)}`;
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/** Drops empty `required` arrays (draft-04, which the EventBridge Schema Registry speaks, forbids them). */
function withoutEmptyRequired(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyRequired);
  if (isPrimitive(value)) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key, item]) => !(key === 'required' && Array.isArray(item) && item.length === 0))
      .map(([key, item]) => [key, withoutEmptyRequired(item)]),
  );
}

/** Writes every schema into `outDir`; returns the paths written. */
export async function exportJsonSchemas(outDir: string = DEFAULT_OUT_DIR): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const entries = [
    ...Object.values(bankEvents).map((event) => ({ event, direction: 'bank' as const })),
    ...Object.values(heraldEvents).map((event) => ({ event, direction: 'herald' as const })),
  ];
  const written: string[] = [];
  for (const { event, direction } of entries) {
    const path = join(outDir, `${event.detailType}.json`);
    await writeFile(path, `${formatJson(jsonSchemaOf(event, direction))}\n`);
    written.push(path);
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? DEFAULT_OUT_DIR);
  const written = await exportJsonSchemas(outDir);
  process.stderr.write(`wrote ${written.length} JSON Schemas to ${outDir}\n`);
}
