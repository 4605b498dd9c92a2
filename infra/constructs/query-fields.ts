// Which record fields a Logs Insights query reads. The saved queries (observability.ts) and their local
// implementations (local/insights.ts) are both held to this list, so neither can drift from the record.

/**
 * The fields the customer-timeline query shows, in its `fields` order: the saved query and its local
 * implementation read this one list.
 */
export const CUSTOMER_TIMELINE_FIELDS = [
  'time',
  'kind',
  'type',
  'channel',
  'status',
  'reason',
  'journey',
  'step',
  'variant',
  'template',
  'notificationId',
  'eventId',
] as const;
export const CUSTOMER_TIMELINE_LIMIT = 1000;

/** Logs Insights commands and keywords: words in a query that are not field names. */
export const QUERY_KEYWORDS: readonly string[] = [
  'fields',
  'filter',
  'stats',
  'sort',
  'limit',
  'by',
  'as',
  'asc',
  'desc',
  'in',
  'and',
  'or',
  'not',
];

/** Record field names a Logs Insights query refers to: identifiers that are not strings, functions, @-fields, keywords or aliases. */
export function fieldsOf(text: string): string[] {
  const code = text.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/@\w+/g, '');
  const aliases = new Set([...code.matchAll(/\bas\s+(\w+)/g)].map((match) => match[1]));
  const identifiers = [...code.matchAll(/\b([A-Za-z_]\w*)\b(?!\s*\()/g)].map((match) => match[1] ?? '');
  return [...new Set(identifiers.filter((name) => !QUERY_KEYWORDS.includes(name) && !aliases.has(name)))];
}
