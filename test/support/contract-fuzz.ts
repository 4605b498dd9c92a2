// Generators of valid and broken Details for every bank DetailType, shared by the contract fuzz (unit)
// and the end-to-end fuzz through the local stack. A broken Detail carries the path of the field it broke,
// so a test can check that the rejection names it.
import fc from 'fast-check';
import type * as v from 'valibot';

export type Path = readonly (string | number)[];
type Kind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'picklist';

/** One field of a Detail, as its schema declares it. */
export interface Field {
  path: Path;
  kind: Kind;
  /** Required by its object (array items are neither required nor optional: `required` is false). */
  required: boolean;
  /** The field is in the base Detail (its value is `value`). */
  present: boolean;
  value: unknown;
  /** For an object: the names its schema declares. */
  entries?: readonly string[];
}

/** A Detail one mutation made invalid, and the field it broke. */
export interface Broken {
  detail: Record<string, unknown>;
  path: Path;
  mutation: string;
}

/** `detail.transactions[0].amount` */
export function renderPath(path: Path): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${key}`),
    'detail',
  );
}

/** True when `reason` names `path`: the path, followed by the end of the path (`:`, `.` or `[`). */
export function namesPath(reason: string, path: Path): boolean {
  const rendered = renderPath(path);
  return [':', '.', '['].some((end) => reason.includes(`${rendered}${end}`));
}

/** A nesting `depth` deep, built without recursion: `{a:{a:…}}` or `[[…]]`. */
export function deepNest(depth: number, as: 'object' | 'array'): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = as === 'object' ? { a: value } : [value];
  return value;
}

/**
 * A value JSON text can carry but `JSON.stringify` cannot write: a nesting deeper than its recursion
 * allows, or a number out of double range (`1e999` reads as Infinity). `toJsonText` writes it verbatim.
 */
export class RawJson {
  /** How fast-check shows it in a counterexample (the text may be megabytes). */
  [fc.toStringMethod](): string {
    return `RawJson(${this.text.length > 40 ? `${this.text.slice(0, 20)}… ${this.text.length} characters` : this.text})`;
  }

  constructor(
    readonly text: string,
    /** The value JSON.parse makes of `text`, for the contract-level tests. */
    readonly parsed: () => unknown,
  ) {}
}

const rawDeep = (depth: number, as: 'object' | 'array') =>
  new RawJson(
    as === 'object'
      ? `${'{"a":'.repeat(depth)}"x"${'}'.repeat(depth)}`
      : `${'['.repeat(depth)}"x"${']'.repeat(depth)}`,
    () => deepNest(depth, as),
  );
const rawNumber = (text: '1e999' | '-1e999') => new RawJson(text, () => JSON.parse(text));

/** `value` with every RawJson replaced by what JSON.parse makes of its text. */
export function materialize(value: unknown): unknown {
  if (value instanceof RawJson) return value.parsed();
  if (Array.isArray(value)) return value.map(materialize);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(out, key, { value: materialize(item), enumerable: true, writable: true });
    }
    return out;
  }
  return value;
}

/** JSON text of `value`, RawJson pieces written verbatim (own `__proto__` keys kept). */
export function toJsonText(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof RawJson) {
      raws.push(item.text);
      return `\u0000raw${raws.length - 1}\u0000`;
    }
    return item;
  });
  return text.replace(/"\\u0000raw(\d+)\\u0000"/g, (_match, index: string) => raws[Number(index)] ?? '');
}

// ---- the fields of a Detail, read from its schema ------------------------------------------------

interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
}

/** Every field of `detail` its schema declares (and, of absent optional fields, where they would go). */
export function fieldsOf(schema: v.GenericSchema, detail: Record<string, unknown>): Field[] {
  const fields: Field[] = [];
  const visit = (node: SchemaNode, path: Path, value: unknown, present: boolean, required: boolean) => {
    const base = node.type === 'optional' && node.wrapped ? node.wrapped : node;
    const kind = base.type as Kind;
    const field: Field = { path, kind, required, present, value };
    if (kind === 'object') field.entries = Object.keys(base.entries ?? {});
    if (path.length > 0) fields.push(field);
    if (!present) return;
    if (kind === 'object' && base.entries) {
      const object = value as Record<string, unknown>;
      for (const [key, entry] of Object.entries(base.entries)) {
        visit(entry, [...path, key], object[key], Object.hasOwn(object, key), entry.type !== 'optional');
      }
    }
    if (kind === 'array' && base.item) {
      (value as unknown[]).forEach((item, index) => {
        visit(base.item as SchemaNode, [...path, index], item, true, false);
      });
    }
  };
  visit(schema as unknown as SchemaNode, [], detail, true, true);
  return fields;
}

/** A deep copy of `detail` with the field at `path` set to `value`, or removed when `value` is REMOVE. */
export const REMOVE = Symbol('remove');
export function withValue(
  detail: Record<string, unknown>,
  path: Path,
  value: unknown,
): Record<string, unknown> {
  const copy = structuredClone(detail);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === REMOVE) Reflect.deleteProperty(node, last);
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

// ---- broken values -----------------------------------------------------------------------------------

/** Characters no string of a Detail may hold (C0 but tab/LF/CR, DEL, C1): a sample of each range. */
export const FORBIDDEN_CONTROL = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u000b',
  '\u001b',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u009f',
];
const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff'];

const DATE_TIME = /^\d{4}-\d\d-\d\dT/;
const DATE = /^\d{4}-\d\d-\d\d$/;

/** Values of another JSON type than `kind`. */
function wrongTyped(field: Field): unknown[] {
  const sample = field.present ? field.value : undefined;
  switch (field.kind) {
    case 'string':
    case 'picklist':
      return [42, 0, true, null, {}, [], sample === undefined ? ['x'] : [sample]];
    case 'number':
      return [String(sample ?? '0.5'), '0.5', true, null, {}, [0.5]];
    case 'boolean':
      return ['true', 'false', 1, 0, null, {}, []];
    case 'object':
      return ['{}', 1, true, null];
    case 'array':
      return ['[]', 1, true, null, sample === undefined ? 'x' : JSON.stringify(sample)];
  }
}

/** Values of the right JSON type but out of any sensible range. */
function extreme(field: Field): unknown[] {
  switch (field.kind) {
    case 'number':
      return [1e308, -1e308, rawNumber('1e999'), rawNumber('-1e999'), -1, 101];
    case 'string':
    case 'picklist': {
      const values: unknown[] = ['', '   ', '\u00a0', '\t', 'x'.repeat(16_385), 'é'.repeat(100_000)];
      if (typeof field.value === 'string' && DATE_TIME.test(field.value)) {
        values.push(
          '0000-01-01T00:00:00Z',
          '1899-12-31T23:59:59+02:00',
          '2100-01-01T00:00:00Z',
          '9999-12-31T23:59:59Z',
        );
      } else if (typeof field.value === 'string' && DATE.test(field.value)) {
        values.push('0000-01-01', '1999-12-31', '2100-01-01', '9999-12-31');
      }
      return values;
    }
    case 'array': {
      const first = (field.value as unknown[] | undefined)?.[0] ?? 'x';
      return [[], Array.from({ length: 1001 }, () => first)];
    }
    case 'object': {
      const many = { ...(field.value as object | undefined) } as Record<string, unknown>;
      for (let i = 0; i < 1001; i++) many[`k${i}`] = i;
      return [many];
    }
    case 'boolean':
      return [];
  }
}

/** A value no Detail may carry anywhere, extra fields included. */
const pathological: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(rawDeep(10_000, 'object'), rawDeep(10_000, 'array'), rawDeep(11, 'object')),
  fc.constantFrom('x'.repeat(16_385), 'ü'.repeat(100_000)),
  fc
    .tuple(fc.constantFrom(...FORBIDDEN_CONTROL), fc.string({ maxLength: 20 }))
    .map(([c, s]) => `${s}${c}${s}`),
  fc.tuple(fc.constantFrom(...LONE_SURROGATES), fc.string({ maxLength: 20 })).map(([c, s]) => `${s}${c}`),
  fc.constantFrom(rawNumber('1e999'), rawNumber('-1e999')),
  fc.constant(Array.from({ length: 1001 }, (_, i) => i)),
);

const insertAt = (text: string, position: number, piece: string) => {
  const at = Math.min(position, text.length);
  return `${text.slice(0, at)}${piece}${text.slice(at)}`;
};

/** A name no schema declares. */
const extraKey = fc.stringMatching(/^x[A-Za-z0-9_]{0,15}$/);

/**
 * One mutation of `base` (a valid Detail of `schema`) that makes it invalid, with the path of the field
 * it broke: a required field missing, a field of the wrong JSON type, an array for an object, an object
 * for an array, an extreme value, deep nesting, a huge string, a control character, a lone surrogate,
 * a pathological extra field, a reserved key.
 */
export function brokenDetail(schema: v.GenericSchema, base: Record<string, unknown>): fc.Arbitrary<Broken> {
  const fields = fieldsOf(schema, base);
  const objects: Field[] = [
    { path: [], kind: 'object', required: true, present: true, value: base, entries: Object.keys(base) },
    ...fields.filter((f) => f.kind === 'object' && f.present),
  ];
  const strings = fields.filter((f) => (f.kind === 'string' || f.kind === 'picklist') && f.present);
  const set = (path: Path, mutation: string) => (value: unknown) => ({
    detail: withValue(base, path, value),
    path,
    mutation,
  });
  const arbitraries: fc.Arbitrary<Broken>[] = [];
  const required = fields.filter((f) => f.required && f.present);
  if (required.length > 0) {
    arbitraries.push(
      fc
        .constantFrom(...required)
        .map((f) => ({ detail: withValue(base, f.path, REMOVE), path: f.path, mutation: 'missing' })),
    );
  }
  arbitraries.push(
    fc
      .constantFrom(...fields)
      .chain((f) => fc.constantFrom(...wrongTyped(f)).map(set(f.path, `wrong type (${f.kind})`))),
    fc.constantFrom(...fields).chain((f) => pathological.map(set(f.path, 'pathological value'))),
    fc
      .constantFrom(...fields.filter((f) => extreme(f).length > 0))
      .chain((f) => fc.constantFrom(...extreme(f)).map(set(f.path, `extreme (${f.kind})`))),
  );
  const objectFields = fields.filter((f) => f.kind === 'object');
  if (objectFields.length > 0) {
    arbitraries.push(
      fc
        .constantFrom(...objectFields)
        .chain((f) =>
          fc.constantFrom<unknown[]>([], [f.value ?? {}], [{}, {}]).map(set(f.path, 'array for object')),
        ),
    );
  }
  const arrayFields = fields.filter((f) => f.kind === 'array');
  if (arrayFields.length > 0) {
    arbitraries.push(
      fc
        .constantFrom(...arrayFields)
        .chain((f) =>
          fc
            .constantFrom<unknown>({}, { ...((f.value as unknown[] | undefined) ?? ['x']) })
            .map(set(f.path, 'object for array')),
        ),
    );
  }
  if (strings.length > 0) {
    arbitraries.push(
      fc
        .tuple(fc.constantFrom(...strings), fc.constantFrom(...FORBIDDEN_CONTROL), fc.nat())
        .map(([f, c, at]) => set(f.path, 'control character')(insertAt(String(f.value), at, c))),
      fc
        .tuple(fc.constantFrom(...strings), fc.constantFrom(...LONE_SURROGATES), fc.nat())
        .map(([f, c, at]) => set(f.path, 'lone surrogate')(insertAt(String(f.value), at, c))),
    );
  }
  arbitraries.push(
    fc
      .tuple(fc.constantFrom(...objects), extraKey, pathological)
      .filter(([o, key]) => !(o.entries ?? []).includes(key))
      .map(([o, key, value]) => set([...o.path, key], 'pathological extra field')(value)),
    fc
      .tuple(fc.constantFrom(...objects), fc.constantFrom('__proto__', 'constructor', 'prototype'))
      .map(([o, key]) => set([...o.path, key], 'reserved key')({ customerId: 'someone-else' })),
  );
  return fc.oneof(...arbitraries);
}

// ---- valid variations ------------------------------------------------------------------------------

/** Identifiers as a bank writes them: letters, digits, punctuation, inner spaces. */
export const identifierArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ._:#/-]{0,40}[A-Za-z0-9]$/);

/** Text as people write it, in the six languages Herald speaks (and an emoji: a surrogate pair). */
const textArb = fc
  .array(
    fc.constantFrom(
      'a',
      'Z',
      '7',
      ' ',
      'ă',
      'ș',
      'ß',
      'ü',
      'ệ',
      'ư',
      'م',
      'ر',
      '😀',
      '€',
      '-',
      "'",
      '\t',
      '\n',
    ),
    {
      maxLength: 40,
    },
  )
  .map((chars) => `x${chars.join('')}`);

const jsonLeaf = fc.oneof(
  textArb,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const benignJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    jsonLeaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(extraKey, tie('value'), { maxKeys: 4 }),
  ),
})).value;

export interface Variation {
  /** What the bank sends. */
  detail: Record<string, unknown>;
  /** What parsing it must give: the Detail without the extra fields. */
  expected: Record<string, unknown>;
}

/**
 * Random valid variations of `base`: optional fields dropped, unknown extra fields added (at the top and
 * inside objects), and, unless `keepIds`, other eventId / customerId values.
 */
export function validDetail(
  schema: v.GenericSchema,
  base: Record<string, unknown>,
  options: { keepIds?: boolean } = {},
): fc.Arbitrary<Variation> {
  const optional = fieldsOf(schema, base).filter(
    (f) => f.present && !f.required && typeof f.path.at(-1) === 'string',
  );
  const objects = [
    { path: [] as Path, entries: Object.keys(base) },
    ...fieldsOf(schema, base).filter((f) => f.kind === 'object' && f.present),
  ];
  return fc
    .record({
      drop: fc.subarray(optional),
      eventId: identifierArb,
      customerId: identifierArb,
      extras: fc.array(fc.tuple(fc.constantFrom(...objects), extraKey, benignJson), { maxLength: 4 }),
    })
    .map(({ drop, eventId, customerId, extras }) => {
      let expected = structuredClone(base);
      if (!options.keepIds) {
        expected.eventId = eventId;
        if ('customerId' in expected) expected.customerId = customerId;
      }
      for (const f of drop) {
        // A dropped parent takes its optional children with it.
        if (
          drop.some(
            (d) => d !== f && d.path.length < f.path.length && d.path.every((k, i) => f.path[i] === k),
          )
        )
          continue;
        expected = withValue(expected, f.path, REMOVE);
      }
      let detail = structuredClone(expected);
      for (const [object, key, value] of extras) {
        const exists = object.path.length === 0 || hasPath(detail, object.path);
        if (!exists || (object.entries ?? []).includes(key) || key === 'v' || key === 'version') continue;
        detail = withValue(detail, [...object.path, key], value);
      }
      return { detail, expected };
    });
}

function hasPath(detail: Record<string, unknown>, path: Path): boolean {
  let node: unknown = detail;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return true;
}
