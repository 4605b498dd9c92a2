// The From header a customer sees: the bank's display name, quoted (RFC 5322) or encoded (RFC 2047), never
// a bare address, and never a name that could inject a header.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHeader, parseFromHeader, senderNameFor, senderNameProblem } from '../../shared/domain/sender.ts';

describe('the From header', () => {
  it('quotes an ASCII name, escaping quotes and backslashes', () => {
    expect(fromHeader('Demo Bank', 'alerts@bank.example')).toBe('"Demo Bank" <alerts@bank.example>');
    expect(fromHeader('Demo "Safe" Bank\\', 'a@b.example')).toBe('"Demo \\"Safe\\" Bank\\\\" <a@b.example>');
  });

  it('encodes a name that is not ASCII as RFC 2047 encoded words of at most 75 characters', () => {
    // Prepare
    const long = 'بنك ديمو للتمويل والاستثمار في الإمارات العربية المتحدة';

    // Act
    const header = fromHeader(long, 'alerts@bank.example');

    // Assess
    const words = header.replace(/ <alerts@bank\.example>$/, '').split(' ');
    expect(words.length).toBeGreaterThan(1);
    for (const word of words) {
      expect(word).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
      expect(word.length).toBeLessThanOrEqual(75);
    }
    expect(parseFromHeader(header)).toEqual({ name: long, address: 'alerts@bank.example' });
  });

  it('reads back any usable name it wrote', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 64 }).filter((n) => !senderNameProblem(n)),
        (name) => {
          expect(parseFromHeader(fromHeader(name, 'alerts@bank.example'))).toEqual({
            name,
            address: 'alerts@bank.example',
          });
        },
      ),
      // Two spaces inside an encoded name were once read back as one.
      { examples: [['!  ¡']] },
    );
  });

  it('refuses a name with a line break (header injection), an empty one and an over-long one', () => {
    expect(() => fromHeader('Demo Bank\r\nBcc: all@example.com', 'a@b.example')).toThrow(/line breaks/);
    expect(senderNameProblem('')).toBe('must not be empty');
    expect(senderNameProblem('x'.repeat(65))).toBe('must be at most 64 characters');
  });

  it('takes the name of the message’s language, else the default', () => {
    const names = { default: 'Demo Bank', ar: 'بنك ديمو' };
    expect(senderNameFor(names, 'ar')).toBe('بنك ديمو');
    expect(senderNameFor(names, 'de')).toBe('Demo Bank');
  });
});
