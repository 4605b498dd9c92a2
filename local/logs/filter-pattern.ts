// CloudWatch Logs filter patterns, as far as Herald's subscription filters use them: the empty pattern
// (every line) and JSON patterns made of `$.field = "value"` / `!=` comparisons (strings, numbers, `*`
// prefixes) joined by `&&` or `||`, with parentheses. Any other pattern is refused when the local stack
// reads the template, naming it, so that a filter it cannot honour never silently drops or passes lines.

type Test = (event: unknown) => boolean;

const valueAt = (event: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        typeof node === 'object' && node !== null && !Array.isArray(node)
          ? (node as Record<string, unknown>)[key]
          : undefined,
      event,
    );

const COMPARISON =
  /^\(?\s*\$\.([A-Za-z0-9_.]+)\s*(=|!=)\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|[A-Za-z0-9_*.-]+)\s*\)?$/;

function comparison(text: string, pattern: string): Test {
  const match = COMPARISON.exec(text.trim());
  if (!match) throw new Error(`filter pattern not supported by the local stack: ${pattern}`);
  const [, path = '', operator, literal = ''] = match;
  const quoted = literal.startsWith('"');
  const expected = quoted ? (JSON.parse(literal) as string) : literal;
  const numeric = !quoted && /^-?\d/.test(literal);
  const equals = (value: unknown): boolean => {
    if (numeric) return typeof value === 'number' && value === Number(expected);
    if (typeof value !== 'string') return false;
    return expected.endsWith('*') ? value.startsWith(expected.slice(0, -1)) : value === expected;
  };
  return operator === '=' ? (e) => equals(valueAt(e, path)) : (e) => !equals(valueAt(e, path));
}

/** Splits `text` at `separator` outside parentheses and quotes. */
function splitTop(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' && text[i - 1] !== '\\') quoted = !quoted;
    if (quoted) continue;
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i));
      start = i + separator.length;
      i += separator.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The index of the parenthesis that closes the one `text` starts with (outside quotes), or -1. */
function closingParenOf(text: string): number {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' && text[i - 1] !== '\\') quoted = !quoted;
    if (quoted) continue;
    if (c === '(') depth++;
    if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

function expression(text: string, pattern: string): Test {
  const trimmed = text.trim();
  const ors = splitTop(trimmed, '||');
  if (ors.length > 1) {
    const tests = ors.map((part) => expression(part, pattern));
    return (e) => tests.some((t) => t(e));
  }
  const ands = splitTop(trimmed, '&&');
  if (ands.length > 1) {
    const tests = ands.map((part) => expression(part, pattern));
    return (e) => tests.every((t) => t(e));
  }
  if (trimmed.startsWith('(') && closingParenOf(trimmed) === trimmed.length - 1)
    return expression(trimmed.slice(1, -1), pattern);
  return comparison(trimmed, pattern);
}

/** A log line test for `pattern`: JSON patterns test the line's JSON (a line that is not JSON never matches). */
export function compileFilterPattern(pattern: string): (line: string) => boolean {
  const trimmed = pattern.trim();
  if (trimmed === '' || trimmed === '""') return () => true;
  if (!(trimmed.startsWith('{') && trimmed.endsWith('}')))
    throw new Error(`filter pattern not supported by the local stack: ${pattern}`);
  const test = expression(trimmed.slice(1, -1), pattern);
  return (line) => {
    const start = line.indexOf('{');
    if (start < 0) return false;
    try {
      return test(JSON.parse(line.slice(start)));
    } catch {
      return false;
    }
  };
}
