/**
 * Building blocks shared by the event contract v1 schemas (README "Event contract"; every DetailType and
 * field: docs/event-reference.md).
 *
 * Rules that hold for every piece here:
 * - Error messages say which rule was broken and, for a wrong JSON type, which type was received, but
 *   never echo the received value: a rejected Detail may carry an e-mail address or a phone number, and
 *   the reason goes to the delivery log and the dead-letter queue.
 * - Formats that have a regular expression use `v.regex` (no flags), so the JSON Schema exporter emits
 *   the same rule as `pattern`; rules that need code (calendar dates, locales, time zones) use `v.check`
 *   and are described in the JSON Schema with `format` / `description` only.
 * - Objects use `objectOf`: a plain JSON object (never an array), unknown extra fields accepted (forward
 *   compatible) and left out of the parsed value.
 * - Free text is non-blank and on one line (a line break or tab in a merchant name or a payee would end
 *   up in an e-mail subject or an SMS); only fields documented as multi-line (`multilineText`) take line
 *   breaks. Identifiers (`identifier`) also may not start or end with whitespace: `"c-1 "` would be a
 *   different customer from `"c-1"`.
 * - Dates and date-times have a year from 2000 to 2099: anything else is a producer's bug (a zero date,
 *   a year typed twice), never an event a customer should hear about.
 * - Where a string may hold anything, `validate.ts` has already refused control characters, lone
 *   surrogates, oversized strings and deep nesting before these schemas run.
 *
 * Event modules import this file; it must never import the registry.
 */
import * as v from 'valibot';

/** Decimal amount as a string: up to 15 integer digits, optionally 1 to 6 decimals, optional minus sign. */
export const AMOUNT_REGEX = /^-?\d{1,15}(\.\d{1,6})?$/;
/** ISO-4217 alphabetic currency code. */
export const CURRENCY_REGEX = /^[A-Z]{3}$/;
/** E.164 phone number. */
export const E164_REGEX = /^\+[1-9]\d{6,14}$/;
/** ISO-8601 / RFC 3339 date-time with seconds and a mandatory offset (`Z` or `±HH:MM`). */
export const DATE_TIME_REGEX =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
/** Calendar date `YYYY-MM-DD`. */
export const DATE_REGEX = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** The year of a date or date-time (its first characters): 2000 to 2099. */
export const YEAR_REGEX = /^20\d\d-/;
const YEAR_MESSAGE = 'year must be from 2000 to 2099';
/** Local time of day `HH:MM`, 24-hour clock. */
export const TIME_OF_DAY_REGEX = /^([01]\d|2[0-3]):[0-5]\d$/;
/** ISO 3166-1 alpha-2 country code. */
export const COUNTRY_REGEX = /^[A-Z]{2}$/;
/** Last four digits of a card number (never the full number). */
export const CARD_LAST4_REGEX = /^\d{4}$/;

/** The EventBridge `Source` of every event Herald puts on the bus (Herald → bank events). */
export const HERALD_SOURCE = 'herald';

/** The delivery channels Herald knows. */
export const CHANNELS = ['email', 'sms', 'push', 'whatsapp'] as const;

/** True for an object that is neither an array nor a built-in such as a Date or a Map: what JSON calls an object. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.prototype.toString.call(value) === '[object Object]'
  );
}

/** The JSON type of a value, for messages; the value itself is never echoed. */
export function typeName(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'NaN';
  if (typeof input === 'object' && !isPlainObject(input)) {
    // A Date, a Map...: only JavaScript callers can pass one; JSON has none.
    return Object.prototype.toString.call(input).slice(8, -1).toLowerCase();
  }
  return typeof input;
}

/**
 * Message factory: `expected <what>`, plus `, got <type>` when the JSON type is wrong (a schema issue,
 * e.g. a number where a decimal string is expected). The received value itself is never echoed.
 */
export function expected(what: string): (issue: v.BaseIssue<unknown>) => string {
  return (issue) => {
    const wrongType =
      issue.kind === 'schema' && !(issue.type === 'picklist' && typeof issue.input === 'string');
    return wrongType ? `expected ${what}, got ${typeName(issue.input)}` : `expected ${what}`;
  };
}

/** True when `YYYY-MM-DD` (the first 10 characters of `value`) is a real calendar date. */
export function isCalendarDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True for a well-formed BCP-47 language tag whose language subtag is an ISO 639 code (2 or 3 letters). */
export function isLocale(tag: string): boolean {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical !== undefined && new Intl.Locale(canonical).language.length <= 3;
  } catch {
    return false;
  }
}

/** True for a time zone name the runtime's IANA database knows (offsets such as `+02:00` are refused). */
export function isTimeZone(zone: string): boolean {
  if (KNOWN_TIME_ZONES.has(zone)) return true;
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return false;
  try {
    const valid = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone !== '';
    if (valid) KNOWN_TIME_ZONES.add(zone);
    return valid;
  } catch {
    return false;
  }
}
/**
 * Zones already found valid: building a DateTimeFormat is most of the cost of checking a profile event.
 * Only valid names are kept, so the set is bounded by the IANA database (a few hundred names).
 */
const KNOWN_TIME_ZONES = new Set<string>();

// ---- generic builders -----------------------------------------------------------------------------

/** A string with a character that is not whitespace. */
export const NOT_BLANK_REGEX = /\S/;
/** A string without a line break or a tab. */
export const SINGLE_LINE_REGEX = /^[^\t\n\r\u2028\u2029]*$/;
/** A string that neither starts nor ends with whitespace (and so is not blank). */
export const TRIMMED_REGEX = /^\S(?:.*\S)?$/;

/** A non-blank string of at most `max` characters, on one line. */
export function text(max: number) {
  return v.pipe(multilineText(max), v.regex(SINGLE_LINE_REGEX, 'must be on one line (no line break or tab)'));
}

/** A non-blank string of at most `max` characters that may span lines (a note the customer wrote). */
export function multilineText(max: number) {
  return v.pipe(
    v.string(expected('a string')),
    v.nonEmpty('must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
    v.regex(NOT_BLANK_REGEX, 'must not be blank'),
  );
}

/** An identifier of at most `max` characters: one line, not blank, no leading or trailing whitespace. */
export function identifier(max: number) {
  return v.pipe(
    v.string(expected('a string')),
    v.nonEmpty('must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
    v.regex(SINGLE_LINE_REGEX, 'must be on one line (no line break or tab)'),
    v.regex(TRIMMED_REGEX, 'must not be blank or start or end with whitespace'),
  );
}

/** One of a fixed list of string values. */
export function oneOf<const TOptions extends readonly [string, ...string[]]>(options: TOptions) {
  return v.picklist(options, expected(`one of ${options.join(' | ')}`));
}

/**
 * A JSON object; unknown extra fields are accepted and dropped from the parsed value.
 *
 * `v.object` alone takes anything whose `typeof` is `'object'`, arrays included (a `contacts` array would
 * read as a profile without contacts): this one refuses an array, or a Date, Map..., with `expected an
 * object, got array`. It stays a `v.object` schema otherwise (same entries, same JSON Schema).
 */
export function objectOf<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  const schema = v.object(entries, expected('an object'));
  const runObject = schema['~run'];
  return v._standardSchema<typeof schema>({
    ...schema,
    '~run'(dataset, config) {
      const input = dataset.value;
      if (typeof input === 'object' && input !== null && !isPlainObject(input)) {
        v._addIssue(this, 'type', dataset, config);
        return dataset as unknown as ReturnType<typeof runObject>;
      }
      return runObject.call(this, dataset, config);
    },
  });
}

/** An array of 1 to `max` items. */
export function listOf<const TItem extends v.GenericSchema>(item: TItem, max: number) {
  return v.pipe(
    v.array(item, expected('an array')),
    v.nonEmpty('must have at least 1 item'),
    v.maxLength(max, `must have at most ${max} items`),
  );
}

// ---- common pieces ----------------------------------------------------------------------------------

/** An identifier issued by the bank (account, card, case, offer...). */
export const id = /* @__PURE__ */ identifier(128);

/** The bank's unique id of the event: the idempotency key. */
export const eventId = /* @__PURE__ */ v.pipe(
  identifier(256),
  v.description("The producer's unique id of the event (idempotency key)."),
);

/** ISO-8601 date-time with offset (`Z` or `±HH:MM`), e.g. `2025-06-01T09:30:00+03:00`. */
export const dateTime = /* @__PURE__ */ v.pipe(
  v.string(expected('an ISO-8601 date-time with offset')),
  v.regex(DATE_TIME_REGEX, 'invalid ISO-8601 date-time with offset'),
  v.check(isCalendarDate, 'invalid ISO-8601 date-time with offset: no such calendar date'),
  v.regex(YEAR_REGEX, YEAR_MESSAGE),
  v.metadata({ format: 'date-time' }),
  v.description(
    'ISO-8601 date-time with seconds and an offset (Z or ±HH:MM), e.g. "2025-06-01T09:30:00+03:00"; ' +
      'year 2000 to 2099.',
  ),
);

/** When the event happened at the producer. */
export const occurredAt = dateTime;

/** The bank's customer id. */
export const customerId = /* @__PURE__ */ v.pipe(identifier(128), v.description("The bank's customer id."));

/** Amount as a decimal string, never a number. */
export const amount = /* @__PURE__ */ v.pipe(
  v.string(expected('a decimal string such as "1250.00"')),
  v.regex(AMOUNT_REGEX, expected('a decimal string such as "1250.00"')),
  v.description('Decimal amount as a string (never a number): up to 15 digits, optional 1-6 decimals.'),
);

/** ISO-4217 currency code. */
export const currency = /* @__PURE__ */ v.pipe(
  v.string(expected('an ISO-4217 currency code such as "EUR"')),
  v.regex(CURRENCY_REGEX, expected('an ISO-4217 currency code such as "EUR"')),
  v.description('ISO-4217 currency code, e.g. "EUR".'),
);

/** E.164 phone number. */
export const phone = /* @__PURE__ */ v.pipe(
  v.string(expected('an E.164 phone number such as "+40712345678"')),
  v.regex(E164_REGEX, expected('an E.164 phone number such as "+40712345678"')),
  v.description('E.164 phone number, e.g. "+40712345678".'),
);

/** E-mail address. */
export const email = /* @__PURE__ */ v.pipe(
  v.string(expected('an e-mail address')),
  v.maxLength(254, 'must be at most 254 characters'),
  v.email(expected('an e-mail address')),
);

/** BCP-47 locale, e.g. `en-GB`, `ar-EG`, `id`. */
export const locale = /* @__PURE__ */ v.pipe(
  v.string(expected('a BCP-47 locale such as "en-GB"')),
  v.maxLength(64, 'must be at most 64 characters'),
  v.check(isLocale, expected('a BCP-47 locale such as "en-GB"')),
  v.description('BCP-47 language tag, e.g. "en-GB", "ar-EG", "id".'),
);

/** IANA time zone, e.g. `Europe/Bucharest`. */
export const timeZone = /* @__PURE__ */ v.pipe(
  v.string(expected('an IANA time zone such as "Europe/Bucharest"')),
  v.maxLength(64, 'must be at most 64 characters'),
  v.check(isTimeZone, expected('an IANA time zone such as "Europe/Bucharest"')),
  v.description('IANA time zone name, e.g. "Europe/Bucharest".'),
);

/** Local time of day `HH:MM`. */
export const timeOfDay = /* @__PURE__ */ v.pipe(
  v.string(expected('a time of day "HH:MM" such as "22:00"')),
  v.regex(TIME_OF_DAY_REGEX, expected('a time of day "HH:MM" such as "22:00"')),
  v.description('Local time of day, 24-hour "HH:MM".'),
);

/** Calendar date `YYYY-MM-DD`. */
export const calendarDate = /* @__PURE__ */ v.pipe(
  v.string(expected('a date "YYYY-MM-DD"')),
  v.regex(DATE_REGEX, expected('a date "YYYY-MM-DD"')),
  v.check(isCalendarDate, 'invalid date: no such calendar date'),
  v.regex(YEAR_REGEX, YEAR_MESSAGE),
  v.metadata({ format: 'date' }),
  v.description('Calendar date "YYYY-MM-DD", year 2000 to 2099.'),
);

/** ISO 3166-1 alpha-2 country code. */
export const country = /* @__PURE__ */ v.pipe(
  v.string(expected('an ISO 3166-1 alpha-2 country code such as "RO"')),
  v.regex(COUNTRY_REGEX, expected('an ISO 3166-1 alpha-2 country code such as "RO"')),
);

/** The last four digits of a card number. */
export const cardLast4 = /* @__PURE__ */ v.pipe(
  v.string(expected('the last 4 digits of the card as a string')),
  v.regex(CARD_LAST4_REGEX, expected('the last 4 digits of the card as a string')),
);

/**
 * The last four digits of an account number, as the bank shows it to the customer ("account ending 7788"):
 * the only form of an account a message quotes. Never the bank's internal account identifier.
 */
export const accountLast4 = /* @__PURE__ */ v.pipe(
  v.string(expected('the last 4 digits of the account number as a string')),
  v.regex(CARD_LAST4_REGEX, expected('the last 4 digits of the account number as a string')),
);

/** An https URL. */
export const httpsUrl = /* @__PURE__ */ v.pipe(
  v.string(expected('an https URL')),
  v.maxLength(2048, 'must be at most 2048 characters'),
  v.url(expected('an https URL')),
  v.startsWith('https://', expected('an https URL')),
);

/** Market symbol (upper case, e.g. `AAPL`, `BRK.B`, `BTC-USD`): ticks and alerts must spell it alike. */
export const symbol = /* @__PURE__ */ v.pipe(
  v.string(expected('an upper-case market symbol such as "AAPL"')),
  v.regex(/^[A-Z0-9][A-Z0-9._:/-]{0,31}$/, expected('an upper-case market symbol such as "AAPL"')),
);

/** A delivery channel. */
export const channel = /* @__PURE__ */ oneOf(CHANNELS);

/** A boolean. */
export const bool = /* @__PURE__ */ v.boolean(expected('true or false'));

/** Fields every event carries. */
export const eventFields = { eventId, occurredAt };

/** Fields every customer event carries (all but `Market.PriceTick`). */
export const customerEventFields = { eventId, occurredAt, customerId };
