// JSON read as EventBridge's matching engine (aws/event-ruler, on Jackson's streaming parser) reads it, for
// the local bus's pattern matcher. Two things `JSON.parse` loses are kept:
// - every member of an object, in document order, duplicate names included (event-ruler flattens each one);
// - a number's literal text: `9007199254740993` and `9007199254740992` are one JavaScript number but two
//   different values to event-ruler, which compares numbers that a double cannot hold by their text.

/** A JSON value as written. */
export type JsonNode =
  | { kind: 'object'; members: Array<readonly [string, JsonNode]> }
  | { kind: 'array'; items: JsonNode[] }
  | JsonScalar;

/** A leaf: a string, a number with its literal text, or `true` / `false` / `null`. */
export type JsonScalar =
  | { kind: 'string'; value: string }
  | { kind: 'number'; text: string }
  | { kind: 'literal'; text: 'true' | 'false' | 'null' };

/** Parses JSON text (RFC 8259); throws SyntaxError naming the position of the first error. */
export function parseJsonNode(text: string): JsonNode {
  const reader = new Reader(text);
  reader.space();
  const node = reader.value(0);
  reader.space();
  if (reader.at < text.length) reader.fail('unexpected text after the JSON value');
  return node;
}

/**
 * A JavaScript value as a JsonNode, the way JSON.stringify would write it: non-finite numbers as null,
 * undefined / functions / symbols left out of objects and null in arrays, a BigInt as its digits.
 */
export function toJsonNode(value: unknown, depth = 0): JsonNode {
  if (typeof value === 'string') return { kind: 'string', value };
  if (typeof value === 'bigint') return { kind: 'number', text: value.toString() };
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'number', text: JSON.stringify(value) } : NULL;
  }
  if (typeof value === 'boolean') return { kind: 'literal', text: value ? 'true' : 'false' };
  if (Array.isArray(value)) {
    if (depth >= MAX_DEPTH) return { kind: 'array', items: [] };
    return { kind: 'array', items: value.map((item) => toJsonNode(item, depth + 1)) };
  }
  if (typeof value === 'object' && value !== null) {
    if (depth >= MAX_DEPTH) return { kind: 'object', members: [] };
    const members: Array<readonly [string, JsonNode]> = [];
    for (const [key, member] of Object.entries(value)) {
      if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
      members.push([key, toJsonNode(member, depth + 1)]);
    }
    return { kind: 'object', members };
  }
  return NULL;
}

const NULL: JsonScalar = { kind: 'literal', text: 'null' };
/**
 * How deep the matcher reads: an object or array nested deeper is read as an empty one. No pattern names a
 * field that deep, and reading on would overflow the stack; the event itself still reaches the functions its
 * rules route it to, which reject what the contract refuses.
 */
const MAX_DEPTH = 1000;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

class Reader {
  at = 0;

  constructor(private readonly text: string) {}

  fail(reason: string): never {
    throw new SyntaxError(`${reason} at position ${this.at} of the JSON text`);
  }

  space(): void {
    while (this.at < this.text.length && ' \t\n\r'.includes(this.text.charAt(this.at))) this.at += 1;
  }

  value(depth: number): JsonNode {
    const char = this.text.charAt(this.at);
    if (depth > MAX_DEPTH && (char === '{' || char === '[')) return this.skipContainer(char);
    if (char === '{') return this.object(depth);
    if (char === '[') return this.array(depth);
    if (char === '"') return { kind: 'string', value: this.string() };
    for (const text of ['true', 'false', 'null'] as const) {
      if (this.text.startsWith(text, this.at)) {
        this.at += text.length;
        return { kind: 'literal', text };
      }
    }
    NUMBER.lastIndex = this.at;
    const number = NUMBER.exec(this.text);
    if (number === null)
      return this.fail(char === '' ? 'unexpected end' : `unexpected ${JSON.stringify(char)}`);
    this.at += number[0].length;
    return { kind: 'number', text: number[0] };
  }

  /** Steps over an object or array nested deeper than MAX_DEPTH, without recursion (see MAX_DEPTH). */
  private skipContainer(open: '{' | '['): JsonNode {
    let depth = 0;
    for (;;) {
      const char = this.text.charAt(this.at);
      if (char === '') this.fail('unexpected end');
      if (char === '"') {
        this.string();
        continue;
      }
      this.at += 1;
      if (char === '{' || char === '[') depth += 1;
      else if (char === '}' || char === ']') depth -= 1;
      if (depth === 0) return open === '{' ? { kind: 'object', members: [] } : { kind: 'array', items: [] };
    }
  }

  private object(depth: number): JsonNode {
    const members: Array<readonly [string, JsonNode]> = [];
    this.at += 1;
    this.space();
    if (this.text.charAt(this.at) === '}') {
      this.at += 1;
      return { kind: 'object', members };
    }
    for (;;) {
      if (this.text.charAt(this.at) !== '"') this.fail('expected a member name');
      const key = this.string();
      this.space();
      if (this.text.charAt(this.at) !== ':') this.fail('expected ":"');
      this.at += 1;
      this.space();
      members.push([key, this.value(depth + 1)]);
      this.space();
      const next = this.text.charAt(this.at);
      this.at += 1;
      if (next === '}') return { kind: 'object', members };
      if (next !== ',') this.fail('expected "," or "}"');
      this.space();
    }
  }

  private array(depth: number): JsonNode {
    const items: JsonNode[] = [];
    this.at += 1;
    this.space();
    if (this.text.charAt(this.at) === ']') {
      this.at += 1;
      return { kind: 'array', items };
    }
    for (;;) {
      items.push(this.value(depth + 1));
      this.space();
      const next = this.text.charAt(this.at);
      this.at += 1;
      if (next === ']') return { kind: 'array', items };
      if (next !== ',') this.fail('expected "," or "]"');
      this.space();
    }
  }

  private string(): string {
    let out = '';
    this.at += 1;
    for (;;) {
      const char = this.text.charAt(this.at);
      if (char === '') this.fail('unterminated string');
      this.at += 1;
      if (char === '"') return out;
      if (char < ' ') this.fail('control character in a string');
      if (char !== '\\') {
        out += char;
        continue;
      }
      const escaped = this.text.charAt(this.at);
      this.at += 1;
      if (escaped === 'u') {
        const hex = this.text.slice(this.at, this.at + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('invalid \\u escape');
        out += String.fromCharCode(Number.parseInt(hex, 16));
        this.at += 4;
      } else {
        const decoded = ESCAPES[escaped];
        if (decoded === undefined) this.fail(`invalid escape \\${escaped}`);
        out += decoded;
      }
    }
  }
}
