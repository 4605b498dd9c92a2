// JSON text of any value the local stack handles, however deeply nested. `JSON.stringify` recurses and
// throws RangeError past a few thousand levels, while `JSON.parse` reads any depth: a bank's 10,000-deep
// Detail parses, so the local stack must be able to write it back (an entry's size, a dead letter).

type Frame =
  | { kind: 'array'; items: unknown[]; next: number }
  | { kind: 'object'; source: Record<string, unknown>; keys: string[]; next: number; written: number };

/** The JSON text of a scalar, a frame to open for an array or object, or undefined when omitted. */
function step(input: unknown): string | Frame | undefined {
  let value = input;
  if (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  )
    value = (value as { toJSON: () => unknown }).toJSON();
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return String(value);
    case 'bigint':
      throw new TypeError('Do not know how to serialize a BigInt');
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return { kind: 'array', items: value, next: 0 };
      return {
        kind: 'object',
        source: value as Record<string, unknown>,
        keys: Object.keys(value),
        next: 0,
        written: 0,
      };
    default:
      return undefined;
  }
}

/** What `JSON.stringify(value)` gives, without recursion (no toJSON key argument, no cycle check). */
function stringifyIteratively(value: unknown): string | undefined {
  const first = step(value);
  if (first === undefined || typeof first === 'string') return first;
  const out: string[] = [first.kind === 'array' ? '[' : '{'];
  const stack: Frame[] = [first];
  const open = (frame: Frame) => {
    out.push(frame.kind === 'array' ? '[' : '{');
    stack.push(frame);
  };
  for (let top = stack.at(-1); top; top = stack.at(-1)) {
    if (top.kind === 'array') {
      if (top.next >= top.items.length) {
        out.push(']');
        stack.pop();
        continue;
      }
      if (top.next > 0) out.push(',');
      const item = step(top.items[top.next++]);
      if (item === undefined) out.push('null');
      else if (typeof item === 'string') out.push(item);
      else open(item);
      continue;
    }
    if (top.next >= top.keys.length) {
      out.push('}');
      stack.pop();
      continue;
    }
    const key = top.keys[top.next++] as string;
    const item = step(top.source[key]);
    if (item === undefined) continue;
    if (top.written++ > 0) out.push(',');
    out.push(JSON.stringify(key), ':');
    if (typeof item === 'string') out.push(item);
    else open(item);
  }
  return out.join('');
}

/**
 * `JSON.stringify(value)` for any depth: the native one first, the iterative one when it runs out of
 * stack. Still throws for what JSON cannot hold (a cycle, a BigInt, a text longer than a string can be).
 */
export function jsonText(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return stringifyIteratively(value);
  }
}
