/**
 * Amazon EventBridge event-pattern matching for the local bus.
 *
 * Follows the EventBridge user guide ("Amazon EventBridge event patterns", "Content filtering in Amazon
 * EventBridge event patterns", "Arrays in ...", "Matching null values and empty strings ...") and, where the
 * guide is silent, aws/event-ruler, the open-source engine behind it:
 *
 * - every field of the pattern must match (AND); the values of a field's array are alternatives (OR);
 * - a pattern array is matched against the leaf values of the event field; an event array offers each of its
 *   elements (flattened), and objects inside event arrays are matched one element at a time;
 * - a field that is absent, or holds no leaf value (an object, an empty array), only satisfies
 *   `{"exists": false}`; `anything-but` never matches it;
 * - string operators only match strings, `numeric` only JSON numbers, `cidr` only IP address strings.
 *
 * A pattern is compiled (and so validated) in one pass into a predicate; invalid patterns throw.
 */
import { isIPv4, isIPv6 } from 'node:net';

type JsonObject = Record<string, unknown>;
type Leaf = string | number | boolean | null;
type ObjectMatcher = (node: JsonObject) => boolean;
type LeafTest = (value: Leaf) => boolean;

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

/** Whether the EventBridge `event` matches `pattern` (an EventPattern object or its JSON text). */
export function matchesPattern(pattern: unknown, event: unknown): boolean {
  return compilePattern(pattern)(isObject(event) ? event : {});
}

/** Throws an Error explaining what is wrong with `pattern`; returns normally for a valid pattern. */
export function validatePattern(pattern: unknown): void {
  compilePattern(pattern);
}

function compilePattern(pattern: unknown): ObjectMatcher {
  let parsed = pattern;
  if (typeof pattern === 'string') {
    try {
      parsed = JSON.parse(pattern);
    } catch (error) {
      fail('', `pattern is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  if (!isObject(parsed)) fail('', `pattern must be a JSON object, got ${describe(parsed)}`);
  return compileObject(parsed, '', false);
}

// ---------------------------------------------------------------------------------------------------------
// Structure: objects, fields, $or

function compileObject(pattern: JsonObject, path: string, insideOr: boolean): ObjectMatcher {
  const entries = Object.entries(pattern);
  if (entries.length === 0) fail(path, 'empty objects are not allowed');
  const tests = entries.map(([key, value]) => compileField(key, value, path, insideOr));
  return (node) => tests.every((test) => test(node));
}

function compileField(key: string, value: unknown, path: string, insideOr: boolean): ObjectMatcher {
  const at = path ? `${path}.${key}` : key;
  if (key === '$or') {
    if (!Array.isArray(value) || value.length < 2 || !value.every(isObject)) {
      fail(at, '"$or" must be an array of at least 2 pattern objects');
    }
    const branches = value.map((branch) => compileObject(branch, path, true));
    return (node) => branches.some((branch) => branch(node));
  }
  if (insideOr && OPERATORS.includes(key)) {
    fail(at, `"${key}" is an operator name and cannot be used as a field name inside "$or"`);
  }
  if (Array.isArray(value)) {
    const test = compileValues(value, at);
    return (node) => test(Object.hasOwn(node, key) ? leavesOf(node[key]) : []);
  }
  if (isObject(value)) {
    const nested = compileObject(value, at, insideOr);
    return (node) => {
      const candidates = Object.hasOwn(node, key) ? objectsOf(node[key]) : [];
      // A missing (or non-object) intermediate node still satisfies e.g. {"exists": false} below it.
      return candidates.length === 0 ? nested({}) : candidates.some(nested);
    };
  }
  return fail(
    at,
    `value must be an array of match values or a nested object, got ${describe(value)} (write [${describe(value)}])`,
  );
}

/** The leaf values an event field offers: scalars, with arrays flattened and objects left out. */
function leavesOf(value: unknown): Leaf[] {
  if (Array.isArray(value)) return value.flatMap(leavesOf);
  return isLeaf(value) ? [value] : [];
}

/** The objects an event field offers to a nested pattern, with arrays flattened. */
function objectsOf(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(objectsOf);
  return isObject(value) ? [value] : [];
}

// ---------------------------------------------------------------------------------------------------------
// Leaf arrays: exact values and operators

function compileValues(values: unknown[], at: string): (leaves: Leaf[]) => boolean {
  if (values.length === 0) fail(at, 'empty arrays are not allowed');
  const existence: boolean[] = [];
  const tests: LeafTest[] = [];
  for (const value of values) {
    if (isObject(value)) {
      const operator = compileOperator(value, at);
      if (typeof operator === 'boolean') existence.push(operator);
      else tests.push(operator);
    } else if (isLeaf(value)) {
      tests.push(exactTest(value));
    } else {
      fail(
        at,
        `match values must be strings, numbers, booleans, null or operator objects, got ${describe(value)}`,
      );
    }
  }
  return (leaves) =>
    existence.includes(leaves.length > 0) || leaves.some((leaf) => tests.some((test) => test(leaf)));
}

function exactTest(expected: Leaf): LeafTest {
  // event-ruler compares IP address literals as addresses, so "::1" also matches "0:0:0:0:0:0:0:1".
  const ip = typeof expected === 'string' ? parseIp(expected) : undefined;
  return (value) => {
    if (value === expected) return true;
    if (ip === undefined || typeof value !== 'string') return false;
    const other = parseIp(value);
    return other !== undefined && other.v6 === ip.v6 && other.value === ip.value;
  };
}

/** Compiles one `{operator: operand}` object; `exists` compiles to the boolean it asks for. */
function compileOperator(expression: JsonObject, at: string): LeafTest | boolean {
  const entries = Object.entries(expression);
  const [entry] = entries;
  if (entry === undefined) fail(at, `empty operator object; expected one of ${OPERATORS.join(', ')}`);
  if (entries.length > 1) {
    fail(at, `only one operator allowed per match object, got ${entries.map(([name]) => name).join(', ')}`);
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
      if (typeof operand !== 'boolean') fail(where, `must be true or false, got ${describe(operand)}`);
      return operand;
    case 'cidr': {
      const range = parseCidr(operand, where);
      return (value) => {
        const ip = typeof value === 'string' ? parseIp(value) : undefined;
        return ip !== undefined && ip.v6 === range.v6 && ip.value >= range.low && ip.value <= range.high;
      };
    }
    default:
      return fail(at, `unknown operator "${operator}"; expected one of ${OPERATORS.join(', ')}`);
  }
}

/** The operators that only match strings (and that anything-but can negate). */
function stringTest(operator: string, operand: unknown, where: string): LeafTest {
  if (operator === 'wildcard') {
    const glob = compileWildcard(requireString(operand, where), where);
    return (value) => typeof value === 'string' && glob(value);
  }
  let expected: string;
  let ignoreCase = operator === 'equals-ignore-case';
  if (isObject(operand) && operator !== 'equals-ignore-case') {
    const keys = Object.keys(operand);
    if (keys.length !== 1 || keys[0] !== 'equals-ignore-case') {
      fail(
        where,
        `the only nested operator allowed is {"equals-ignore-case": "..."}, got ${describe(operand)}`,
      );
    }
    expected = requireString(operand['equals-ignore-case'], `${where} equals-ignore-case`);
    ignoreCase = true;
  } else {
    expected = requireString(operand, where);
  }
  if (ignoreCase) expected = expected.toLowerCase();
  return (value) => {
    if (typeof value !== 'string') return false;
    const text = ignoreCase ? value.toLowerCase() : value;
    if (operator === 'prefix') return text.startsWith(expected);
    if (operator === 'suffix') return text.endsWith(expected);
    return text === expected;
  };
}

function anythingButTest(operand: unknown, where: string): LeafTest {
  if (isObject(operand)) {
    const entries = Object.entries(operand);
    const [entry] = entries;
    if (entries.length !== 1 || entry === undefined || !ANYTHING_BUT_NESTED.includes(entry[0])) {
      fail(
        where,
        `nested operator must be one of ${ANYTHING_BUT_NESTED.join(', ')}, got ${describe(operand)}`,
      );
    }
    const [nested, values] = entry;
    const inner = (Array.isArray(values) && values.length > 0 ? values : [values]).map((value) => {
      const text = requireString(value, `${where} ${nested}`);
      if ((nested === 'prefix' || nested === 'suffix') && text === '') {
        fail(where, `${nested} must not be empty`);
      }
      return stringTest(nested, text, where);
    });
    // Only strings can match the nested operator, so every other leaf value (number, boolean, null) passes.
    return (value) => !inner.some((test) => test(value));
  }
  const excluded = Array.isArray(operand) ? operand : [operand];
  const strings = excluded.every((value) => typeof value === 'string');
  const numbers = excluded.every((value) => typeof value === 'number');
  if (excluded.length === 0 || !(strings || numbers)) {
    fail(
      where,
      `must be a string, a number, a non-empty list of only strings or only numbers, or one of {${ANYTHING_BUT_NESTED.join('|')}: ...}; got ${describe(operand)}`,
    );
  }
  return (value) => !excluded.some((item) => item === value);
}

function numericTest(operand: unknown, where: string): LeafTest {
  if (!Array.isArray(operand)) {
    fail(where, `must be an array such as [">", 0, "<=", 5], got ${describe(operand)}`);
  }
  const conditions: Array<[string, number]> = [];
  for (let index = 0; index < operand.length; index += 2) {
    const operator: unknown = operand[index];
    const limit: unknown = operand[index + 1];
    if (typeof operator !== 'string' || !Object.hasOwn(COMPARE, operator)) {
      fail(where, `unknown comparison ${describe(operator)}; expected one of =, <, <=, >, >=`);
    }
    if (typeof limit !== 'number' || !Number.isFinite(limit)) {
      fail(where, `value of "${operator}" must be a number, got ${describe(limit)}`);
    }
    conditions.push([operator, limit]);
  }
  const [first, second, ...rest] = conditions;
  if (first === undefined) fail(where, 'must not be empty; expected e.g. [">", 0, "<=", 5]');
  if (second !== undefined) {
    if (rest.length > 0 || !RANGE_START.includes(first[0]) || !RANGE_END.includes(second[0])) {
      fail(
        where,
        `a range is written as a lower bound (">" or ">=") then an upper bound ("<" or "<="), got ${JSON.stringify(operand)}`,
      );
    }
    if (first[1] >= second[1]) {
      fail(where, `lower bound ${first[1]} must be less than upper bound ${second[1]}`);
    }
  }
  return (value) =>
    typeof value === 'number' && conditions.every(([operator, limit]) => COMPARE[operator]?.(value, limit));
}

// ---------------------------------------------------------------------------------------------------------
// Wildcards and IP addresses

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

interface IpAddress {
  v6: boolean;
  value: bigint;
}

function parseIp(text: string): IpAddress | undefined {
  if (isIPv4(text)) {
    return { v6: false, value: text.split('.').reduce((sum, octet) => (sum << 8n) | BigInt(octet), 0n) };
  }
  if (!isIPv6(text) || text.includes('.') || text.includes('%')) return undefined;
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros: string[] = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  const groups = [...left, ...zeros, ...right];
  return { v6: true, value: groups.reduce((sum, group) => (sum << 16n) | BigInt(`0x${group}`), 0n) };
}

/** Like event-ruler: the range runs from the given address up to the last address of its block. */
function parseCidr(operand: unknown, where: string): IpAddress & { low: bigint; high: bigint } {
  const text = requireString(operand, where);
  const [address = '', bits, ...extra] = text.split('/');
  if (bits === undefined || extra.length > 0 || !/^\d+$/.test(bits)) {
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
  return { ...ip, low: ip.value, high: ip.value | host };
}

// ---------------------------------------------------------------------------------------------------------
// Helpers

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLeaf(value: unknown): value is Leaf {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function requireString(value: unknown, where: string): string {
  if (typeof value !== 'string') fail(where, `must be a string, got ${describe(value)}`);
  return value;
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

function fail(path: string, reason: string): never {
  throw new Error(`Invalid event pattern${path ? ` at "${path}"` : ''}: ${reason}`);
}
