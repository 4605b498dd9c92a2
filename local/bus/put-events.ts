// EventBridge PutEvents, checked as EventBridge checks it. Two levels, as on AWS:
// - the request: not 1 to 10 entries, a total entry size over 256 KB, or a value of the wrong type (a
//   `Time` that is no timestamp) fails the whole call with HTTP 400 (PutEventsRequestError);
// - each entry: a missing Source, DetailType or Detail is `InvalidArgument`, a Detail that is not a JSON
//   object is `MalformedDetail`; the call answers 200 with one result per entry, in order, and
//   `FailedEntryCount`.
// Codes and messages are EventBridge's own (PutEventsResultEntry; the recorded answers of the real service
// for the same malformed entries). Used by the local PutEvents endpoint (local/aws-endpoints.ts) and by
// `herald dev`'s EventBridge endpoint.

/** An entry as PutEvents receives it on the wire (AWS JSON 1.1): nothing is trusted. */
export interface PutEventsEntryIn {
  Source?: unknown;
  DetailType?: unknown;
  /** A JSON text holding an object. */
  Detail?: unknown;
  /** Epoch seconds, as the SDKs send a timestamp (an ISO-8601 text is taken too). */
  Time?: unknown;
  Resources?: unknown;
  EventBusName?: unknown;
  TraceHeader?: unknown;
}

/** An entry EventBridge takes: its fields checked, Detail parsed. */
export interface AcceptedEntry {
  source: string;
  detailType: string;
  /** The Detail text as sent. */
  detailText: string;
  detail: Record<string, unknown>;
  /** The entry's Time, when it gave one. */
  time?: Date;
  resources: string[];
  eventBusName?: string;
}

export interface EntryError {
  ErrorCode: 'InvalidArgument' | 'MalformedDetail';
  ErrorMessage: string;
}

export type PutEventsResultEntry = { EventId: string } | EntryError;

export interface PutEventsResponse {
  FailedEntryCount: number;
  Entries: PutEventsResultEntry[];
}

/** The whole call fails (HTTP 400, `x-amzn-errortype` = `type`). */
export class PutEventsRequestError extends Error {
  constructor(
    readonly type: 'ValidationException' | 'SerializationException',
    message: string,
  ) {
    super(message);
    this.name = type;
  }
}

/** At most this many entries a call. */
export const MAX_ENTRIES = 10;
/** The entries of one call together (entrySize) may not be larger than 256 KB. */
export const MAX_REQUEST_BYTES = 256 * 1024;

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * An entry's size as EventBridge counts it: 14 bytes for a Time, then the UTF-8 bytes of Source,
 * DetailType, Detail and each of Resources.
 */
export function entrySize(entry: PutEventsEntryIn): number {
  const text = (value: unknown) => (typeof value === 'string' ? utf8(value) : 0);
  const resources = Array.isArray(entry.Resources) ? entry.Resources : [];
  return (
    (entry.Time !== undefined && entry.Time !== null ? 14 : 0) +
    text(entry.Source) +
    text(entry.DetailType) +
    text(entry.Detail) +
    resources.reduce<number>((sum, r) => sum + text(r), 0)
  );
}

const required = (name: string): EntryError => ({
  ErrorCode: 'InvalidArgument',
  ErrorMessage: `Parameter ${name} is not valid. Reason: ${name} is a required argument.`,
});

const MALFORMED: EntryError = { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };

/** A timestamp as the JSON protocol carries it: epoch seconds, or an ISO-8601 text. */
function timestamp(value: unknown): Date | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value * 1000);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(value)) {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return new Date(ms);
  }
  return undefined;
}

/**
 * One entry's result as EventBridge gives it: the error for an entry it fails, or the entry as taken.
 * (An empty string counts as missing, as on AWS.)
 */
export function checkEntry(entry: PutEventsEntryIn): { error: EntryError } | { entry: AcceptedEntry } {
  if (typeof entry.Source !== 'string' || entry.Source === '') return { error: required('Source') };
  if (typeof entry.DetailType !== 'string' || entry.DetailType === '')
    return { error: required('DetailType') };
  if (typeof entry.Detail !== 'string' || entry.Detail === '') return { error: required('Detail') };
  let detail: unknown;
  try {
    detail = JSON.parse(entry.Detail);
  } catch {
    return { error: MALFORMED };
  }
  if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) return { error: MALFORMED };
  const time = timestamp(entry.Time);
  return {
    entry: {
      source: entry.Source,
      detailType: entry.DetailType,
      detailText: entry.Detail,
      detail: detail as Record<string, unknown>,
      ...(time ? { time } : {}),
      resources: Array.isArray(entry.Resources) ? entry.Resources.map(String) : [],
      ...(typeof entry.EventBusName === 'string' && entry.EventBusName !== ''
        ? { eventBusName: entry.EventBusName }
        : {}),
    },
  };
}

/**
 * The request-level checks: throws PutEventsRequestError when EventBridge would refuse the whole call.
 * `entries` is the request's `Entries` member as received.
 */
function checkRequest(entries: unknown): asserts entries is PutEventsEntryIn[] {
  if (!Array.isArray(entries))
    throw new PutEventsRequestError(
      'ValidationException',
      "1 validation error detected: Value null at 'entries' failed to satisfy constraint: Member must not be null",
    );
  if (entries.length < 1 || entries.length > MAX_ENTRIES)
    throw new PutEventsRequestError(
      'ValidationException',
      `1 validation error detected: Value '[${entries.length} entries]' at 'entries' failed to satisfy constraint: Member must have length ${entries.length < 1 ? 'greater than or equal to 1' : `less than or equal to ${MAX_ENTRIES}`}`,
    );
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      throw new PutEventsRequestError(
        'SerializationException',
        'Start of structure or map found where not expected.',
      );
    const time = (entry as PutEventsEntryIn).Time;
    if (time !== undefined && time !== null && !timestamp(time))
      throw new PutEventsRequestError(
        'SerializationException',
        `Time: ${JSON.stringify(time)} is not a timestamp (epoch seconds)`,
      );
  }
  const total = entries.reduce<number>((sum, e) => sum + entrySize(e as PutEventsEntryIn), 0);
  if (total > MAX_REQUEST_BYTES)
    throw new PutEventsRequestError(
      'ValidationException',
      'Total size of the entries in the request is over the limit.',
    );
}

/**
 * A whole PutEvents call: the request checks (throws PutEventsRequestError), then each entry, in order;
 * `accept` is called with each entry EventBridge takes and returns its EventId.
 */
export function putEvents(
  entries: unknown,
  accept: (entry: AcceptedEntry, index: number) => string,
): PutEventsResponse {
  checkRequest(entries);
  const results = entries.map((entry, index): PutEventsResultEntry => {
    const checked = checkEntry(entry);
    return 'error' in checked ? checked.error : { EventId: accept(checked.entry, index) };
  });
  return { FailedEntryCount: results.filter((r) => 'ErrorCode' in r).length, Entries: results };
}
