/**
 * Validation of an EventBridge `Detail` against an event contract v1 schema.
 *
 * This file goes into every Lambda bundle: it imports valibot only (`import * as v` tree-shakes), never
 * the registry nor the event modules.
 *
 * Versioning: the contract version is implicit, every event is version 1 (`CONTRACT_VERSION`). A Detail
 * may state it as `v` or `version`; when either field is present it must be the number 1, otherwise the
 * event is rejected with the reason `unsupported contract version N`. A breaking change to a DetailType
 * will ship as version 2 of that DetailType and be accepted here only when Herald knows it; adding an
 * optional field is not a breaking change, and unknown extra fields are accepted by every schema.
 */
import * as v from 'valibot';

/** The version of the event contract this code implements. */
export const CONTRACT_VERSION = 1;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** At most this many issues are listed in a reason; the rest are counted. */
const MAX_ISSUES = 10;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** `detail.transactions[0].amount` */
function pathOf(issue: v.BaseIssue<unknown>): string {
  let path = 'detail';
  for (const item of issue.path ?? []) {
    path += typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`;
  }
  return path;
}

function describe(issue: v.BaseIssue<unknown>): string {
  // A required key that is absent (or, in a JS object, set to undefined): JSON has no undefined.
  const missing = issue.kind === 'schema' && issue.input === undefined;
  return `${pathOf(issue)}: ${missing ? 'required field missing' : issue.message}`;
}

function showVersion(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 16));
  return typeName(value);
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
 * with '; '. Received values are never echoed: they may be personal data.
 */
export function parseDetail<T>(schema: v.GenericSchema<unknown, T>, detail: unknown): ParseResult<T> {
  if (!isPlainObject(detail)) {
    return { ok: false, reason: `detail: expected a JSON object, got ${typeName(detail)}` };
  }
  const versionReason = versionProblem(detail);
  if (versionReason) return { ok: false, reason: versionReason };
  const result = v.safeParse(schema, detail, { abortPipeEarly: true });
  if (result.success) return { ok: true, value: result.output };
  const reasons = result.issues.slice(0, MAX_ISSUES).map(describe);
  const more = result.issues.length - MAX_ISSUES;
  if (more > 0) reasons.push(`and ${more} more`);
  return { ok: false, reason: reasons.join('; ') };
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
