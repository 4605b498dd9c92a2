// JSON text of any value Herald is handed, without recursion: an event nested 10,000 levels deep (which
// makes JSON.stringify throw RangeError) is written out like any other, so a rejected event can always be
// kept and identified.

type Work = { text: string; close?: object } | { key: string } | { value: unknown };

const omitted = (value: unknown) =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

/**
 * The JSON text of `value`, as `JSON.stringify(value)` gives it (strings escaped the same way, lone
 * surrogates included; `toJSON` honoured; undefined, functions and symbols left out of objects and `null`
 * in arrays), for any depth. A value inside itself is written `"[Circular]"`; a BigInt as its decimal string.
 * Top-level undefined gives `null`. Never throws on the shape of the value.
 */
export function jsonText(value: unknown): string {
  // The native writer is much faster; it throws only on depth (RangeError), a cycle or a BigInt.
  try {
    return JSON.stringify(value) ?? 'null';
  } catch {
    return writeIteratively(value);
  }
}

/** The iterative writer on its own (what `jsonText` falls back to), exported for its tests. */
export function writeIteratively(value: unknown): string {
  const parts: string[] = [];
  const open = new Set<object>();
  const work: Work[] = [{ value }];
  for (let item = work.pop(); item !== undefined; item = work.pop()) {
    if ('key' in item) {
      parts.push(`${JSON.stringify(item.key)}:`);
      continue;
    }
    if ('text' in item) {
      parts.push(item.text);
      if (item.close) open.delete(item.close);
      continue;
    }
    let current = item.value;
    if (typeof current === 'object' && current !== null && 'toJSON' in current) {
      const toJSON = (current as { toJSON: unknown }).toJSON;
      if (typeof toJSON === 'function') {
        try {
          current = toJSON.call(current);
        } catch {
          current = null;
        }
      }
    }
    if (current === null || omitted(current)) {
      parts.push('null');
    } else if (typeof current === 'string') {
      parts.push(JSON.stringify(current));
    } else if (typeof current === 'number') {
      parts.push(Number.isFinite(current) ? String(current) : 'null');
    } else if (typeof current === 'boolean') {
      parts.push(current ? 'true' : 'false');
    } else if (typeof current === 'bigint') {
      parts.push(JSON.stringify(current.toString()));
    } else if (typeof current === 'object') {
      if (open.has(current)) {
        parts.push('"[Circular]"');
        continue;
      }
      open.add(current);
      if (Array.isArray(current)) {
        parts.push('[');
        work.push({ text: ']', close: current });
        for (let i = current.length - 1; i >= 0; i--) {
          work.push({ value: current[i] });
          if (i > 0) work.push({ text: ',' });
        }
      } else {
        parts.push('{');
        work.push({ text: '}', close: current });
        const entries = Object.entries(current).filter(([, v]) => !omitted(v));
        for (let i = entries.length - 1; i >= 0; i--) {
          const [key, v] = entries[i] as [string, unknown];
          work.push({ value: v });
          work.push({ key });
          if (i > 0) work.push({ text: ',' });
        }
      }
    }
  }
  return parts.join('');
}
