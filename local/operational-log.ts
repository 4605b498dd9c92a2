// What `herald replay` shows on stderr of the operational log: the functions' Powertools JSON lines and the
// local stack's own lines. Routine lines (level INFO and below: "message processed", "journey step", …) are
// not shown by default: they go to DIR/functions.log with --out, or to stderr as they are with --verbose.
// A warning or an error is shown as one short line; the local stack's own lines (a function that failed, an
// event no rule matches) are shown as they are.

/** The keys Powertools puts on every line; the rest of a line is what the function logged. */
const POWERTOOLS_KEYS = new Set([
  'level',
  'message',
  'timestamp',
  'service',
  'cold_start',
  'function_arn',
  'function_memory_size',
  'function_name',
  'function_request_id',
  'sampling_rate',
  'xray_trace_id',
]);
const ROUTINE_LEVELS = new Set(['TRACE', 'DEBUG', 'INFO']);

/**
 * The line to show on stderr for one operational log line, or undefined for a routine one:
 * `WARN send-email 2026-03-03T10:00:00.000Z: message will be retried {"messageId":"…"}`.
 */
export function notableLine(line: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return line;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return line;
  const fields = parsed as Record<string, unknown>;
  if (typeof fields.level !== 'string') return line;
  if (ROUTINE_LEVELS.has(fields.level.toUpperCase())) return undefined;
  const extra = Object.fromEntries(Object.entries(fields).filter(([key]) => !POWERTOOLS_KEYS.has(key)));
  const where = [fields.function_name, fields.timestamp].filter((v) => typeof v === 'string').join(' ');
  return `${fields.level.toUpperCase()}${where ? ` ${where}` : ''}: ${String(fields.message ?? '')}${
    Object.keys(extra).length > 0 ? ` ${JSON.stringify(extra)}` : ''
  }`;
}
