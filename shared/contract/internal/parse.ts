/**
 * Reading the messages Herald's functions hand each other (queues, schedules, state machines, environment
 * variables): each is parsed with its schema where it is read, never cast. A reason names the field and
 * the rule broken (`planned job.data: expected an object, got string`), never the value received.
 */
import * as v from 'valibot';
import { expected, typeName } from '../common.ts';
import { issuesReason, type ParseResult } from '../validate.ts';

/** `value` as `schema` reads it, or the reason it is not one; `root` names the message in the reason. */
export function parseInternal<T>(
  schema: v.GenericSchema<unknown, T>,
  value: unknown,
  root: string,
): ParseResult<T> {
  const result = v.safeParse(schema, value, { abortPipeEarly: true });
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, reason: issuesReason(result.issues, root) };
}

/** Like `parseInternal`, for a message written as JSON text (a queue message's body, a variable). */
export function parseInternalJson<T>(
  schema: v.GenericSchema<unknown, T>,
  text: unknown,
  root: string,
): ParseResult<T> {
  if (typeof text !== 'string')
    return { ok: false, reason: `${root}: expected JSON text, got ${typeName(text)}` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: `${root}: not valid JSON` };
  }
  return parseInternal(schema, value, root);
}

/** A message between Herald's functions that is not what its schema says: a bug, never a customer's doing. */
export class MalformedMessageError extends Error {
  override readonly name = 'MalformedMessageError';
}

/** The parsed value, or a MalformedMessageError whose message is the reason. */
export function valueOrThrow<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new MalformedMessageError(result.reason);
  return result.value;
}

// ---- pieces the internal schemas share ---------------------------------------------------------------

/** A non-empty string: an id, a name, an address. */
export const text = /* @__PURE__ */ v.pipe(v.string(expected('a string')), v.nonEmpty('must not be empty'));

/** An instant as ISO-8601 text (`2026-05-04T09:00:00.000Z`). */
export const instant = /* @__PURE__ */ v.pipe(
  v.string(expected('an ISO-8601 time')),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'expected an ISO-8601 time'),
);

/** A whole number ≥ 0. */
export const count = /* @__PURE__ */ v.pipe(
  v.number(expected('a whole number')),
  v.integer('expected a whole number'),
  v.minValue(0, 'must not be negative'),
);

/** A JSON object of any fields. */
export const anyObject = /* @__PURE__ */ v.record(v.string(), v.unknown(), expected('an object'));

/** A JSON object of strings. */
export const textRecord = /* @__PURE__ */ v.record(
  v.string(),
  v.string(expected('a string')),
  expected('an object'),
);
