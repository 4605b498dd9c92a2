/**
 * Amazon EventBridge event-pattern matching for the local bus.
 *
 * Follows the EventBridge user guide ("Amazon EventBridge event patterns", "Content filtering in Amazon
 * EventBridge event patterns", "Arrays in ...", "Matching null values and empty strings ...") and, where the
 * guide is silent, aws/event-ruler, the open-source engine behind it (its JsonRuleCompiler, Event, ACFinder,
 * CIDR, ComparableNumber and EqualsIgnoreCaseParser), down to the details below.
 *
 * - A pattern is flattened as event-ruler compiles it: nested names are joined with dots (so `{"a.b": …}`
 *   and `{"a": {"b": …}}` are one field), a field written twice keeps its last value in document order, and
 *   each `$or` branch becomes a sub-rule of its own (the fields around the `$or` copied into each, in order).
 *   The pattern matches when one sub-rule does.
 * - An event is flattened the same way into leaf fields (strings, numbers, true, false, null; objects and
 *   empty arrays give none), each remembering which element of which array it sits in.
 * - A sub-rule's fields are matched in name order; each match must come from the same array elements as the
 *   matches before it ("array consistency"). `{"exists": false}` holds when no field of that name is
 *   consistent with the matches so far: when it is the sub-rule's first field, that means the path exists
 *   nowhere in the event, even inside other array elements.
 * - The values of one field's pattern array are alternatives; string operators only match strings,
 *   `numeric` only numbers, `cidr` only IP address strings.
 * - Numbers compare as doubles when their literal is exactly a double (5, 5.0 and 5e0 are one number);
 *   a literal no double holds (9007199254740993) only equals the same literal, and never matches `numeric`.
 * - IP addresses are read as Java's InetAddress reads them (event-ruler's parser): IPv4 parts may have
 *   leading zeros and are decimal (`010.0.0.5` is 10.0.0.5); a CIDR block runs from its network address
 *   whatever host bits the base address has (`10.0.0.200/24` is 10.0.0.0-10.0.0.255).
 * - `equals-ignore-case` (alone or with prefix, suffix or anything-but) accepts, for each UTF-16 unit of the
 *   pattern, its lower or its upper case form: "straße" matches "STRASSE" and "STRAßE" but not "strasse".
 *   A character outside the Basic Multilingual Plane is two UTF-16 units there, each read as "?".
 *
 * A pattern is compiled (and so validated) in one pass; invalid patterns throw.
 */
import { type JsonNode, type JsonScalar, parseJsonNode, toJsonNode } from './json-node.ts';

type LeafTest = (value: JsonScalar) => boolean;

/** One field of a sub-rule: the leaf tests (alternatives) and whether `{"exists": false}` is among them. */
interface FieldPattern {
  tests: LeafTest[];
  absent: boolean;
}

/** One alternative of a pattern, fields by flattened name. */
type SubRule = Map<string, FieldPattern>;

/** Which element of which event array a field sits in: array number → index. */
type Membership = ReadonlyMap<number, number>;

interface EventField {
  value: JsonScalar;
  membership: Membership;
}

const OPERATORS = [
  'prefix',
  'suffix',
  'equals-ignore-case',
  'wildcard',
  'anything-but',
  'numeric',
  'exists',
  'cidr',
];
/** Names event-ruler reserves: none can be a field name inside `$or`. */
const RESERVED_IN_OR = [
  ...OPERATORS,
  'exactly',
  '=',
  '<',
  '<=',
  '>',
  '>=',
  'regex',
  'not-wildcard',
  'not-equals-ignore-case',
  'date-after',
  'date-on-or-after',
  'date-before',
  'date-on-or-before',
  'in-date-range',
  'ip-address-in-range',
  'ip-address-not-in-range',
];
const ANYTHING_BUT_NESTED = ['prefix', 'suffix', 'wildcard', 'equals-ignore-case'];
const RANGE_START = ['>', '>='];
const RANGE_END = ['<', '<='];
const COMPARE: Record<string, (value: number, limit: number) => boolean> = {
  '=': (value, limit) => value === limit,
  '<': (value, limit) => value < limit,
  '<=': (value, limit) => value <= limit,
  '>': (value, limit) => value > limit,
  '>=': (value, limit) => value >= limit,
};

/**
 * Whether the EventBridge `event` matches `pattern` (an EventPattern object or its JSON text). `event` may be
 * given as its JSON text, which keeps what JSON.parse loses: number literals beyond a double's precision and
 * repeated member names.
 */
export function matchesPattern(pattern: unknown, event: unknown): boolean {
  return compileEventPattern(pattern)(eventFields(event));
}

/** An event's fields as a compiled pattern reads them: flatten an event once to test it against many rules. */
export type EventFields = ReadonlyMap<string, EventField[]>;

/** `event` (an object or its JSON text, as for matchesPattern) flattened for compiled patterns. */
export const eventFields = (event: unknown): EventFields =>
  flattenEvent(typeof event === 'string' ? parseJsonNode(event) : toJsonNode(event));

/**
 * `pattern` compiled once (throwing as validatePattern does for an invalid one) into a test of flattened
 * events: the local bus compiles each rule's pattern once, not once per event.
 */
export function compileEventPattern(pattern: unknown): (fields: EventFields) => boolean {
  const rules = compilePattern(pattern);
  return (fields) => rules.some((rule) => matchesSubRule(rule, fields));
}

/** Throws an Error explaining what is wrong with `pattern`; returns normally for a valid pattern. */
export function validatePattern(pattern: unknown): void {
  compilePattern(pattern);
}

function compilePattern(pattern: unknown): SubRule[] {
  let parsed: JsonNode;
  if (typeof pattern === 'string') {
    try {
      parsed = parseJsonNode(pattern);
    } catch (error) {
      fail('', `pattern is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  } else {
    parsed = toJsonNode(pattern);
  }
  if (parsed.kind !== 'object') fail('', `pattern must be a JSON object, got ${describe(parsed)}`);
  const rules: SubRule[] = [];
  compileObject(rules, [], parsed, false);
  return rules;
}

// ---------------------------------------------------------------------------------------------------------
// Structure: objects, fields, $or (as event-ruler's JsonRuleCompiler expands them)

function compileObject(
  rules: SubRule[],
  path: string[],
  pattern: JsonNode & { kind: 'object' },
  insideOr: boolean,
): void {
  if (pattern.members.length === 0) fail(path.join('.'), 'empty objects are not allowed');
  for (const [key, value] of pattern.members) {
    const at = [...path, key].join('.');
    if (key === '$or') {
      compileOr(rules, path, value, at);
      continue;
    }
    if (insideOr && RESERVED_IN_OR.includes(key)) {
      fail(at, `"${key}" is an operator name and cannot be used as a field name inside "$or"`);
    }
    if (value.kind === 'object') compileObject(rules, [...path, key], value, insideOr);
    else if (value.kind === 'array') setField(rules, at, compileValues(value.items, at));
    else {
      fail(
        at,
        `value must be an array of match values or a nested object, got ${describe(value)} (write [${describe(value)}])`,
      );
    }
  }
}

/** Each branch gets a copy of the sub-rules so far; the branches' sub-rules replace them. */
function compileOr(rules: SubRule[], path: string[], value: JsonNode, at: string): void {
  if (value.kind !== 'array' || value.items.length < 2) {
    fail(at, '"$or" must be an array of at least 2 pattern objects');
  }
  const before = rules.map((rule) => new Map(rule));
  rules.length = 0;
  for (const branch of value.items) {
    if (branch.kind !== 'object') fail(at, '"$or" must be an array of at least 2 pattern objects');
    const branchRules = before.length > 0 ? before.map((rule) => new Map(rule)) : [new Map()];
    compileObject(branchRules, path, branch, true);
    rules.push(...branchRules);
  }
}

/** A field written again (e.g. inside and outside `$or`, or as `a.b` and `a: {b}`) keeps its last value. */
function setField(rules: SubRule[], name: string, field: FieldPattern): void {
  if (rules.length === 0) rules.push(new Map());
  for (const rule of rules) rule.set(name, field);
}

// ---------------------------------------------------------------------------------------------------------
// Matching: flattened event fields, sub-rule fields in name order, array consistency

function flattenEvent(event: JsonNode): Map<string, EventField[]> {
  const fields = new Map<string, EventField[]>();
  let arrays = 0;
  const add = (name: string, value: JsonScalar, membership: Membership) => {
    const list = fields.get(name);
    const field = { value, membership };
    if (list) list.push(field);
    else fields.set(name, [field]);
  };
  const visit = (name: string, node: JsonNode, membership: Membership): void => {
    if (node.kind === 'object') {
      for (const [key, value] of node.members) visit(name ? `${name}.${key}` : key, value, membership);
    } else if (node.kind === 'array') {
      const array = arrays++;
      node.items.forEach((item, index) => {
        // Scalars in an array stand for the field itself; objects and arrays are elements to keep apart.
        visit(
          name,
          item,
          item.kind === 'object' || item.kind === 'array' ? inElement(membership, array, index) : membership,
        );
      });
    } else {
      add(name, node, membership);
    }
  };
  if (event.kind === 'object') visit('', event, new Map());
  return fields;
}

function inElement(membership: Membership, array: number, index: number): Membership {
  return new Map(membership).set(array, index);
}

/** The memberships together, or undefined when they put the match in different elements of one array. */
function consistent(soFar: Membership, field: Membership): Membership | undefined {
  let merged: Map<number, number> | undefined;
  for (const [array, index] of field) {
    const previous = soFar.get(array);
    if (previous === undefined) {
      merged ??= new Map(soFar);
      merged.set(array, index);
    } else if (previous !== index) {
      return undefined;
    }
  }
  return merged ?? soFar;
}

function matchesSubRule(rule: SubRule, fields: EventFields): boolean {
  const names = [...rule.keys()].sort();
  const step = (position: number, membership: Membership): boolean => {
    const name = names[position];
    if (name === undefined) return true;
    const field = rule.get(name) as FieldPattern;
    const candidates = fields.get(name) ?? [];
    for (const candidate of candidates) {
      const next = consistent(membership, candidate.membership);
      if (next && field.tests.some((test) => test(candidate.value)) && step(position + 1, next)) return true;
    }
    return (
      field.absent &&
      candidates.every((candidate) => consistent(membership, candidate.membership) === undefined) &&
      step(position + 1, membership)
    );
  };
  return step(0, new Map());
}

// ---------------------------------------------------------------------------------------------------------
// Leaf arrays: exact values and operators

function compileValues(values: JsonNode[], at: string): FieldPattern {
  if (values.length === 0) fail(at, 'empty arrays are not allowed');
  const field: FieldPattern = { tests: [], absent: false };
  for (const value of values) {
    if (value.kind === 'object') {
      const operator = compileOperator(value, at);
      if (operator === true) field.tests.push(() => true);
      else if (operator === false) field.absent = true;
      else field.tests.push(operator);
    } else if (value.kind === 'array') {
      fail(
        at,
        `match values must be strings, numbers, booleans, null or operator objects, got ${describe(value)}`,
      );
    } else {
      field.tests.push(exactTest(value));
    }
  }
  return field;
}

function exactTest(expected: JsonScalar): LeafTest {
  if (expected.kind === 'string') {
    // event-ruler turns an IP address literal into the range of that one address: "10.0.0.5" also matches
    // "010.0.0.5", and "::1" matches "0:0:0:0:0:0:0:1".
    const ip = parseIp(expected.value);
    if (ip) return (value) => value.kind === 'string' && sameAddress(parseIp(value.value), ip);
    return (value) => value.kind === 'string' && value.value === expected.value;
  }
  if (expected.kind === 'number') {
    const number = comparableNumber(expected.text);
    return (value) =>
      value.kind === 'number' &&
      (number === undefined ? value.text === expected.text : comparableNumber(value.text) === number);
  }
  return (value) => value.kind === 'literal' && value.text === expected.text;
}

/** Compiles one `{operator: operand}` object; `exists` compiles to the boolean it asks for. */
function compileOperator(expression: JsonNode & { kind: 'object' }, at: string): LeafTest | boolean {
  const [entry, ...others] = expression.members;
  if (entry === undefined) fail(at, `empty operator object; expected one of ${OPERATORS.join(', ')}`);
  if (others.length > 0) {
    fail(
      at,
      `only one operator allowed per match object, got ${expression.members.map(([name]) => name).join(', ')}`,
    );
  }
  const [operator, operand] = entry;
  const where = `${at} (${operator})`;
  switch (operator) {
    case 'prefix':
    case 'suffix':
    case 'equals-ignore-case':
    case 'wildcard':
      return stringTest(operator, operand, where);
    case 'anything-but':
      return anythingButTest(operand, where);
    case 'numeric':
      return numericTest(operand, where);
    case 'exists':
      if (operand.kind !== 'literal' || operand.text === 'null') {
        fail(where, `must be true or false, got ${describe(operand)}`);
      }
      return operand.text === 'true';
    case 'cidr': {
      const range = parseCidr(operand, where);
      return (value) => {
        const ip = value.kind === 'string' ? parseIp(value.value) : undefined;
        return ip !== undefined && ip.v6 === range.v6 && ip.value >= range.low && ip.value <= range.high;
      };
    }
    default:
      return fail(at, `unknown operator "${operator}"; expected one of ${OPERATORS.join(', ')}`);
  }
}

/** The operators that only match strings (and that anything-but can negate). */
function stringTest(operator: string, operand: JsonNode, where: string): LeafTest {
  if (operator === 'wildcard') {
    const glob = compileWildcard(requireString(operand, where), where);
    return (value) => value.kind === 'string' && glob(value.value);
  }
  let expected: string;
  let ignoreCase = operator === 'equals-ignore-case';
  if (operand.kind === 'object' && operator !== 'equals-ignore-case') {
    const [entry, ...others] = operand.members;
    if (entry === undefined || others.length > 0 || entry[0] !== 'equals-ignore-case') {
      fail(
        where,
        `the only nested operator allowed is {"equals-ignore-case": "..."}, got ${describe(operand)}`,
      );
    }
    expected = requireString(entry[1], `${where} equals-ignore-case`);
    ignoreCase = true;
  } else {
    expected = requireString(operand, where);
  }
  if (ignoreCase) {
    const anchored = operator === 'prefix' ? 'start' : operator === 'suffix' ? 'end' : 'both';
    const regex = ignoreCaseRegex(expected, anchored);
    return (value) => value.kind === 'string' && regex.test(value.value);
  }
  return (value) => {
    if (value.kind !== 'string') return false;
    if (operator === 'prefix') return value.value.startsWith(expected);
    if (operator === 'suffix') return value.value.endsWith(expected);
    return value.value === expected;
  };
}

/**
 * event-ruler's EqualsIgnoreCaseParser: each UTF-16 unit of the pattern may appear as its lower case or its
 * upper case form (Locale.ROOT), each of which may be longer than one unit ("ß" → "ß" or "SS"). A unit of a
 * surrogate pair stands alone, and a lone surrogate is "?" in UTF-8, so "😀" matches "??".
 */
function ignoreCaseRegex(pattern: string, anchored: 'start' | 'end' | 'both'): RegExp {
  const units = pattern.split('').map(loneUnit);
  const body = units
    .map((unit) => {
      const forms = [...new Set([unit.toLowerCase(), unit.toUpperCase()])].map(escapeRegex);
      return forms.length === 1 ? forms[0] : `(?:${forms.join('|')})`;
    })
    .join('');
  return new RegExp(`${anchored === 'end' ? '' : '^'}${body}${anchored === 'start' ? '' : '$'}`);
}

/** A UTF-16 unit as EqualsIgnoreCaseParser sees it: a surrogate, even one of a pair, is "?". */
function loneUnit(unit: string): string {
  const code = unit.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdfff ? '?' : unit;
}

function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

function anythingButTest(operand: JsonNode, where: string): LeafTest {
  if (operand.kind === 'object') {
    const [entry, ...others] = operand.members;
    if (entry === undefined || others.length > 0 || !ANYTHING_BUT_NESTED.includes(entry[0])) {
      fail(
        where,
        `nested operator must be one of ${ANYTHING_BUT_NESTED.join(', ')}, got ${describe(operand)}`,
      );
    }
    const [nested, values] = entry;
    const list = values.kind === 'array' && values.items.length > 0 ? values.items : [values];
    const inner = list.map((value) => {
      const text = requireString(value, `${where} ${nested}`);
      if ((nested === 'prefix' || nested === 'suffix') && text === '') {
        fail(where, `${nested} must not be empty`);
      }
      return stringTest(nested, value, where);
    });
    // Only strings can match the nested operator, so every other leaf value (number, boolean, null) passes.
    return (value) => !inner.some((test) => test(value));
  }
  const excluded = operand.kind === 'array' ? operand.items : [operand];
  const strings = excluded.every((value) => value.kind === 'string');
  const numbers = excluded.every((value) => value.kind === 'number');
  if (excluded.length === 0 || !(strings || numbers)) {
    fail(
      where,
      `must be a string, a number, a non-empty list of only strings or only numbers, or one of {${ANYTHING_BUT_NESTED.join('|')}: ...}; got ${describe(operand)}`,
    );
  }
  if (numbers) {
    const limits = excluded.map((value) => requireComparable(value, where));
    // A number no double holds is never one of the excluded numbers.
    return (value) => {
      const number = value.kind === 'number' ? comparableNumber(value.text) : undefined;
      return number === undefined || !limits.includes(number);
    };
  }
  const texts = excluded.map((value) => (value as { value: string }).value);
  return (value) => value.kind !== 'string' || !texts.includes(value.value);
}

function numericTest(operand: JsonNode, where: string): LeafTest {
  if (operand.kind !== 'array') {
    fail(where, `must be an array such as [">", 0, "<=", 5], got ${describe(operand)}`);
  }
  const conditions: Array<[string, number]> = [];
  for (let index = 0; index < operand.items.length; index += 2) {
    const operator = operand.items[index];
    const limit = operand.items[index + 1];
    if (operator?.kind !== 'string' || !Object.hasOwn(COMPARE, operator.value)) {
      fail(where, `unknown comparison ${describe(operator)}; expected one of =, <, <=, >, >=`);
    }
    if (limit?.kind !== 'number') {
      fail(where, `value of "${operator.value}" must be a number, got ${describe(limit)}`);
    }
    conditions.push([operator.value, requireComparable(limit, where)]);
  }
  const [first, second, ...rest] = conditions;
  if (first === undefined) fail(where, 'must not be empty; expected e.g. [">", 0, "<=", 5]');
  if (second !== undefined) {
    if (rest.length > 0 || !RANGE_START.includes(first[0]) || !RANGE_END.includes(second[0])) {
      fail(
        where,
        `a range is written as a lower bound (">" or ">=") then an upper bound ("<" or "<="), got ${describe(operand)}`,
      );
    }
    if (first[1] >= second[1]) {
      fail(where, `lower bound ${first[1]} must be less than upper bound ${second[1]}`);
    }
  }
  return (value) => {
    const number = value.kind === 'number' ? comparableNumber(value.text) : undefined;
    return (
      number !== undefined && conditions.every(([operator, limit]) => COMPARE[operator]?.(number, limit))
    );
  };
}

// ---------------------------------------------------------------------------------------------------------
// Numbers as event-ruler's ComparableNumber takes them

/**
 * The double a JSON number literal stands for, when the double is exactly that decimal number (what
 * ComparableNumber.generate accepts); undefined for a literal no double holds (9007199254740993,
 * 0.30000000000000001, 1e400).
 */
function comparableNumber(text: string): number | undefined {
  const number = Number(text);
  if (!Number.isFinite(number)) return undefined;
  return decimal(text) === decimal(String(number)) ? number + 0 : undefined;
}

function requireComparable(value: JsonNode, where: string): number {
  const number = value.kind === 'number' ? comparableNumber(value.text) : undefined;
  if (number === undefined) {
    fail(where, `cannot compare number ${describe(value)}: no double holds it exactly`);
  }
  return number;
}

/** A decimal literal in one canonical spelling: sign, significant digits, exponent ("-0" and "0" agree). */
function decimal(text: string): string {
  const match = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  const digits = `${whole}${fraction}`;
  const leading = digits.length - digits.replace(/^0+/, '').length;
  const significant = digits.replace(/^0+/, '').replace(/0+$/, '');
  if (significant === '') return '0';
  const scale = BigInt(exponent) + BigInt(whole.length - leading);
  return `${sign}${significant}e${scale}`;
}

// ---------------------------------------------------------------------------------------------------------
// Wildcards

/** `*` matches any run of characters (including none); `\*` is a literal star and `\\` a backslash. */
function compileWildcard(pattern: string, where: string): (value: string) => boolean {
  const parts: string[] = [];
  let current = '';
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern.charAt(index);
    if (char === '\\') {
      const next = pattern[index + 1];
      if (next !== '*' && next !== '\\') {
        fail(where, `invalid escape at position ${index} of "${pattern}": only \\* and \\\\ are allowed`);
      }
      current += next;
      index += 1;
    } else if (char === '*') {
      if (pattern[index + 1] === '*') {
        fail(where, `consecutive wildcard characters at position ${index} of "${pattern}"`);
      }
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  const [head = '', ...others] = parts;
  const tail = others.pop();
  return (value) => {
    if (tail === undefined) return value === head;
    const end = value.length - tail.length;
    if (end < head.length || !value.startsWith(head) || !value.endsWith(tail)) return false;
    let position = head.length;
    for (const middle of others) {
      const found = value.indexOf(middle, position);
      if (found < 0 || found + middle.length > end) return false;
      position = found + middle.length;
    }
    return true;
  };
}

// ---------------------------------------------------------------------------------------------------------
// IP addresses, as event-ruler reads them (a regular expression, then java.net.InetAddress)

interface IpAddress {
  v6: boolean;
  value: bigint;
}

const IPV4_SHAPE = /^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/;
const IPV6_SHAPE = /^[0-9a-fA-F:]*:[0-9a-fA-F:]*$/;

function parseIp(text: string): IpAddress | undefined {
  if (IPV4_SHAPE.test(text)) {
    // Java reads each part as a decimal number of at most 255, leading zeros allowed, in at most 15 characters.
    if (text.length > 15) return undefined;
    const parts = text.split('.').map(Number);
    if (parts.some((part) => part > 255)) return undefined;
    return { v6: false, value: parts.reduce((sum, part) => (sum << 8n) | BigInt(part), 0n) };
  }
  if (!IPV6_SHAPE.test(text)) return undefined;
  const bytes = ipv6Bytes(text);
  if (!bytes) return undefined;
  const value = bytes.reduce((sum, byte) => (sum << 8n) | BigInt(byte), 0n);
  // An IPv4-mapped address (::ffff:a.b.c.d) is the IPv4 address, as InetAddress makes it.
  if (value >> 32n === 0xffffn) return { v6: false, value: value & 0xffffffffn };
  return { v6: true, value };
}

/** IPAddressUtil.textToNumericFormatV6, for the text IPV6_SHAPE lets through (hex digits and colons). */
function ipv6Bytes(text: string): number[] | undefined {
  if (text.length < 2) return undefined;
  const bytes: number[] = [];
  let gap = -1;
  let index = 0;
  if (text[0] === ':') {
    index = 1;
    if (text[1] !== ':') return undefined;
  }
  let digits = false;
  let group = 0;
  while (index < text.length) {
    const char = text.charAt(index);
    index += 1;
    if (char !== ':') {
      group = group * 16 + Number.parseInt(char, 16);
      if (group > 0xffff) return undefined;
      digits = true;
      continue;
    }
    if (!digits) {
      if (gap !== -1) return undefined;
      gap = bytes.length;
      continue;
    }
    if (index === text.length || bytes.length + 2 > 16) return undefined;
    bytes.push(group >> 8, group & 0xff);
    digits = false;
    group = 0;
  }
  if (digits) {
    if (bytes.length + 2 > 16) return undefined;
    bytes.push(group >> 8, group & 0xff);
  }
  if (gap !== -1) {
    if (bytes.length === 16) return undefined;
    bytes.splice(gap, 0, ...Array<number>(16 - bytes.length).fill(0));
  }
  return bytes.length === 16 ? bytes : undefined;
}

function sameAddress(ip: IpAddress | undefined, other: IpAddress): boolean {
  return ip !== undefined && ip.v6 === other.v6 && ip.value === other.value;
}

/** Like event-ruler's CIDR.cidr: from the block's network address to its last address. */
function parseCidr(operand: JsonNode, where: string): IpAddress & { low: bigint; high: bigint } {
  const text = requireString(operand, where);
  const pieces = text.split('/');
  while (pieces.length > 1 && pieces.at(-1) === '') pieces.pop(); // Java's String.split drops them
  const [address = '', bits, ...extra] = pieces;
  if (bits === undefined || extra.length > 0 || !/^[+-]?\d+$/.test(bits) || Number(bits) < 0) {
    fail(where, `"${text}" is not a CIDR block such as "10.0.0.0/24"`);
  }
  const ip = parseIp(address);
  if (ip === undefined) fail(where, `"${address}" is not an IPv4 or IPv6 address`);
  const width = ip.v6 ? 128 : 32;
  if (Number(bits) >= width) {
    fail(
      where,
      `${ip.v6 ? 'IPv6' : 'IPv4'} mask bits must be < ${width}; match a single address with a plain string`,
    );
  }
  const host = (1n << BigInt(width - Number(bits))) - 1n;
  return { ...ip, low: ip.value & ~host, high: ip.value | host };
}

// ---------------------------------------------------------------------------------------------------------
// Helpers

function requireString(value: JsonNode, where: string): string {
  if (value.kind !== 'string') fail(where, `must be a string, got ${describe(value)}`);
  return value.value;
}

/** A node as JSON text, for error messages. */
function describe(value: JsonNode | undefined): string {
  if (value === undefined) return 'nothing';
  switch (value.kind) {
    case 'string':
      return JSON.stringify(value.value);
    case 'number':
    case 'literal':
      return value.text;
    case 'array':
      return `[${value.items.map(describe).join(',')}]`;
    case 'object':
      return `{${value.members.map(([key, member]) => `${JSON.stringify(key)}:${describe(member)}`).join(',')}}`;
  }
}

function fail(path: string, reason: string): never {
  throw new Error(`Invalid event pattern${path ? ` at "${path}"` : ''}: ${reason}`);
}
