/**
 * Validation of an EventBridge `Detail` against an event contract v1 schema.
 *
 * This file goes into every Lambda bundle: it imports valibot and `common.ts` only (both tree-shake),
 * never the registry nor the event modules.
 *
 * Two passes. First every Detail, whatever its DetailType and unknown extra fields included, is held to
 * `DETAIL_LIMITS` (depth, sizes, control characters, well-formed Unicode, no reserved keys) by an
 * iterative walk; then its schema runs. Either way a rejection names the field's path and the rule, and
 * never echoes the received value (it may be personal data).
 *
 * Versioning: the contract version is implicit, every event is version 1 (`CONTRACT_VERSION`). A Detail
 * may state it as `v` or `version`; when either field is present it must be the number 1, otherwise the
 * event is rejected with the reason `unsupported contract version N`. A breaking change to a DetailType
 * will ship as version 2 of that DetailType and be accepted here only when Herald knows it; adding an
 * optional field is not a breaking change, and unknown extra fields are accepted by every schema.
 */
import * as v from 'valibot';
import { isPlainObject, typeName } from './common.ts';

/** The version of the event contract this code implements. */
export const CONTRACT_VERSION = 1;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** At most this many issues are listed in a reason; the rest are counted. */
const MAX_ISSUES = 10;

/**
 * Bounds every Detail is held to before its schema runs, whatever its DetailType, unknown extra fields
 * included. They keep a pathological event (a 10,000-deep nesting, a 256 KB string, a NUL byte) away
 * from code that recurses into it or renders it.
 */
export const DETAIL_LIMITS = {
  /**
   * Objects and arrays nested at most this deep, the Detail itself being level 1. The contract's deepest
   * field, `detail.contacts.pushTokens[0].token`, sits in level 4: extra fields have room to spare.
   */
  maxDepth: 10,
  /** Keys of one object, or items of one array (the contract's longest list has 50 items). */
  maxEntries: 1000,
  /**
   * Characters (UTF-16 code units) of one string. The contract's longest field is a push token of 4,096;
   * an EventBridge entry holds at most 256 KB; no field a notification uses needs more than this.
   */
  maxStringLength: 16_384,
  /** Characters of one key. */
  maxKeyLength: 128,
} as const;

/**
 * Control characters no string may hold: C0 but tab, line feed and carriage return (the schemas say which
 * fields may span lines: only free text such as a reminder's note), DEL and C1.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: this regex exists to find control characters
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Keys hold no control character at all. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: this regex exists to find control characters
const KEY_CONTROL_CHARACTER = /[\u0000-\u001F\u007F-\u009F]/;
/** Keys that mean something to JavaScript objects (prototype pollution), never a field of an event. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** A key shown as it is in a path; any other key is shown by its position only (it may be personal data). */
const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]{0,63}$/;

interface Container {
  value: object;
  depth: number;
  parent: Container | undefined;
  /** Where it sits in its parent: an array index, or an object key and its position. */
  key: string | number;
  position: number;
}

/** `.name`, `[0]`, or `.(key 3)` for a key that is not a plain field name (it may be personal data). */
function segment(key: string | number, position: number): string {
  if (typeof key === 'number') return `[${key}]`;
  return PLAIN_KEY.test(key) ? `.${key}` : `.(key ${position + 1})`;
}

/** `detail.contacts.pushTokens[0]`; built only for a reason, never on the way. */
function pathTo(container: Container, key?: string | number, position = 0): string {
  const segments = key === undefined ? [] : [segment(key, position)];
  for (let node: Container | undefined = container; node.parent; node = node.parent) {
    segments.push(segment(node.key, node.position));
  }
  return `detail${segments.reverse().join('')}`;
}

/** `U+0000`: the first character of `text` that `pattern` finds. */
function codePointOf(text: string, pattern: RegExp): string {
  const found = pattern.exec(text)?.[0] ?? '';
  return `U+${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `String.prototype.isWellFormed` (Node 20+; not in the ES2023 library types). */
function isWellFormed(text: string): boolean {
  return (text as unknown as { isWellFormed(): boolean }).isWellFormed();
}

/** What is wrong with a string or a number of the Detail, if anything. */
function valueProblem(value: unknown): string | undefined {
  if (typeof value === 'string') {
    if (value.length > DETAIL_LIMITS.maxStringLength) {
      return `string longer than ${DETAIL_LIMITS.maxStringLength} characters`;
    }
    if (CONTROL_CHARACTER.test(value)) {
      return `control character ${codePointOf(value, CONTROL_CHARACTER)} not allowed`;
    }
    if (!isWellFormed(value)) return 'lone surrogate (not well-formed Unicode)';
    return undefined;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    // JSON has no NaN or Infinity, but JSON.parse reads 1e999 as Infinity.
    return Number.isNaN(value) ? 'not a number' : 'number out of range';
  }
  return undefined;
}

function keyProblem(key: string): string | undefined {
  if (key.length > DETAIL_LIMITS.maxKeyLength) {
    return `key longer than ${DETAIL_LIMITS.maxKeyLength} characters`;
  }
  if (KEY_CONTROL_CHARACTER.test(key)) return 'key with a control character';
  if (!isWellFormed(key)) return 'key with a lone surrogate';
  if (RESERVED_KEYS.has(key)) return 'reserved key not allowed';
  return undefined;
}

/**
 * The first field of `detail` that breaks `DETAIL_LIMITS`, as a reason naming its path
 * (`detail.merchant.name: control character U+0000 not allowed`), or undefined when there is none.
 * Breadth first over an explicit queue: no recursion, so no nesting can overflow the stack, and the walk
 * stops at the first level deeper than allowed. Its cost is one step per key or item of the Detail.
 */
export function detailProblem(detail: object): string | undefined {
  const queue: Container[] = [{ value: detail, depth: 1, parent: undefined, key: '', position: 0 }];
  for (let next = 0; next < queue.length; next++) {
    const container = queue[next] as Container;
    if (container.depth > DETAIL_LIMITS.maxDepth) {
      return `${pathTo(container)}: nested deeper than ${DETAIL_LIMITS.maxDepth} levels`;
    }
    const items = Array.isArray(container.value) ? (container.value as unknown[]) : undefined;
    const keys = items ? undefined : Object.keys(container.value);
    const size = items ? items.length : (keys as string[]).length;
    if (size > DETAIL_LIMITS.maxEntries) {
      return `${pathTo(container)}: more than ${DETAIL_LIMITS.maxEntries} ${items ? 'items' : 'keys'}`;
    }
    for (let i = 0; i < size; i++) {
      let key: string | number = i;
      let value: unknown;
      if (items) {
        value = items[i];
      } else {
        key = (keys as string[])[i] as string;
        const problem = keyProblem(key);
        if (problem) return `${pathTo(container, key, i)}: ${problem}`;
        value = (container.value as Record<string, unknown>)[key];
      }
      if (typeof value === 'object' && value !== null) {
        queue.push({ value, depth: container.depth + 1, parent: container, key, position: i });
      } else {
        const problem = valueProblem(value);
        if (problem) return `${pathTo(container, key, i)}: ${problem}`;
      }
    }
  }
  return undefined;
}

/** `detail.transactions[0].amount` (`root` names the value itself: `detail`, `planned job`…) */
function pathOf(issue: v.BaseIssue<unknown>, root: string): string {
  let path = root;
  for (const item of issue.path ?? []) {
    path += typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`;
  }
  return path;
}

function describe(issue: v.BaseIssue<unknown>, root: string): string {
  // A required key that is absent (or, in a JS object, set to undefined): JSON has no undefined.
  const missing = issue.kind === 'schema' && issue.input === undefined;
  return `${pathOf(issue, root)}: ${missing ? 'required field missing' : issue.message}`;
}

/**
 * The reason of a failed parse: each issue's field path under `root` and the rule broken, joined with
 * '; ' (at most `MAX_ISSUES`, the rest counted). Received values are never echoed.
 */
export function issuesReason(issues: readonly v.BaseIssue<unknown>[], root: string): string {
  const reasons = issues.slice(0, MAX_ISSUES).map((issue) => describe(issue, root));
  const more = issues.length - MAX_ISSUES;
  if (more > 0) reasons.push(`and ${more} more`);
  return reasons.join('; ');
}

function showVersion(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // A string is shown only when it reads as a version number: anything else may be personal data.
  if (typeof value === 'string' && /^\d{1,4}(\.\d{1,4}){0,2}$/.test(value)) return JSON.stringify(value);
  return `(${typeName(value)})`;
}

/** `unsupported contract version N` when `v` or `version` is present and not 1. */
function versionProblem(detail: Record<string, unknown>): string | undefined {
  for (const field of ['v', 'version']) {
    const value = detail[field];
    if (value !== undefined && value !== CONTRACT_VERSION) {
      return `unsupported contract version ${showVersion(value)}`;
    }
  }
  return undefined;
}

/**
 * Validates a Detail object against `schema`. On failure, `reason` names each field path and the rule
 * broken (`detail.balance: expected a decimal string such as "1250.00", got number`), issues joined
 * with '; '. Received values are never echoed: they may be personal data. Never throws.
 */
export function parseDetail<T>(schema: v.GenericSchema<unknown, T>, detail: unknown): ParseResult<T> {
  if (!isPlainObject(detail)) {
    return { ok: false, reason: `detail: expected a JSON object, got ${typeName(detail)}` };
  }
  const limitReason = detailProblem(detail);
  if (limitReason) return { ok: false, reason: limitReason };
  const versionReason = versionProblem(detail);
  if (versionReason) return { ok: false, reason: versionReason };
  const result = v.safeParse(schema, detail, { abortPipeEarly: true });
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, reason: issuesReason(result.issues, 'detail') };
}

/**
 * Like `parseDetail`, for a `Detail` as EventBridge entries (PutEvents, replay files) carry it: a JSON
 * string, or an already parsed object.
 */
export function parseEntryDetail<T>(schema: v.GenericSchema<unknown, T>, detail: unknown): ParseResult<T> {
  if (typeof detail !== 'string') return parseDetail(schema, detail);
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return { ok: false, reason: 'Detail is not valid JSON' };
  }
  return parseDetail(schema, parsed);
}
