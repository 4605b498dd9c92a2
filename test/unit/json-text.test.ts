// JSON text of any value, at any depth (shared/domain/json-text.ts), as the local stack and the DLQ write it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonText, writeIteratively } from '../../shared/domain/json-text.ts';

describe('jsonText', () => {
  it('writes, without recursion, what JSON.stringify writes wherever that works', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (value, text) => {
        // Act / Assess: the fallback writer alone, on any JSON value and any string (lone surrogates too)
        expect(writeIteratively(value)).toBe(JSON.stringify(value));
        expect(writeIteratively({ [text]: [text, undefined] })).toBe(
          JSON.stringify({ [text]: [text, undefined] }),
        );
      }),
    );
  });

  it('writes a value inside itself as "[Circular]" instead of throwing', () => {
    // Prepare
    const value: Record<string, unknown> = { a: 1 };
    value.self = value;
    // Act / Assess
    expect(jsonText(value)).toBe('{"a":1,"self":"[Circular]"}');
  });

  it('writes what JSON.parse reads back, 10,000 levels deep, where JSON.stringify throws RangeError', () => {
    // Prepare
    const text = `${'{"a":['.repeat(10_000)}"\\ud800\\u0000",{"k":1.5}${']}'.repeat(10_000)}`;
    const value: unknown = JSON.parse(text);
    expect(() => JSON.stringify(value)).toThrow(RangeError);
    // Act
    const written = jsonText(value);
    // Assess
    expect(written).toBe(text);
  });

  it('leaves out undefined members and writes undefined array items as null, as JSON.stringify does', () => {
    // Prepare: 20,000 levels of { a: [inner, undefined], b: undefined }
    let value: unknown = true;
    let expected = 'true';
    for (let i = 0; i < 20_000; i++) {
      value = { a: [value, undefined], b: undefined };
      expected = `{"a":[${expected},null]}`;
    }
    // Act
    const written = jsonText(value);
    // Assess
    expect(written).toBe(expected);
  });
});
