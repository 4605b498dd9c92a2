// The correlation ids read from a bank event before it is validated.
import { describe, expect, it } from 'vitest';
import { eventCorrelation } from '../../shared/adapters/lambda/correlation.ts';

describe('eventCorrelation', () => {
  it('takes the eventId the contract accepts', () => {
    // Act
    const keys = eventCorrelation({ detail: { eventId: 'evt-1', customerId: 'c-1' } });
    // Assess
    expect(keys).toEqual({ eventId: 'evt-1' });
  });

  it.each([
    ['16 KB of text', 'x'.repeat(16_000)],
    ['a control character', 'evt\u0000'],
    ['several lines', 'evt\nDear Ana, your card 4111 1111 1111 1111'],
    ['not a string', { nested: true }],
  ])('never puts a refused eventId on a log line: %s', (_label, eventId) => {
    // Act
    const keys = eventCorrelation({ detail: { eventId } });
    // Assess
    expect(keys).toEqual({});
  });
});
