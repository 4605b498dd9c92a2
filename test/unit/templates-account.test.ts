// How a message names the customer's account: by the last four digits the bank sent (`accountLast4`), or,
// without them, as "your account" with no digits at all. The bank's internal accountId is never shown.
import { describe, expect, it } from 'vitest';
import type { RenderedMessage } from '../../shared/domain/templates/render.ts';
import { cases, customers, messageTypes, renderCase } from './templates-fixtures.ts';

const ACCOUNT_TYPES = messageTypes.filter((type) => 'accountId' in cases[type].data('EUR'));

/** Everything the customer reads in the message. */
const shown = (m: RenderedMessage): string =>
  [m.subject, m.html, m.text, m.push?.title, m.push?.body, ...(m.whatsapp?.parameters ?? [])].join('\n');

const everyCase = ACCOUNT_TYPES.flatMap((type) =>
  cases[type].channels.flatMap((channel) => customers.map((c) => ({ type, channel, ...c }))),
);

describe('the account in a message', () => {
  it('is a type of every balance, transaction and statement message', () => {
    expect(ACCOUNT_TYPES.sort()).toEqual([
      'balance.credit_utilization',
      'balance.low',
      'balance.overdraft',
      'statement.ready',
      'transaction.large',
    ]);
  });

  it.each(everyCase)(
    '$type $channel in $language: without accountLast4, no account digits; never the accountId',
    ({ type, channel, locale, timeZone, currency }) => {
      // Prepare: an internal account id that ends in digits, and no accountLast4.
      const accountId = 'INTERNAL-ACC-98765432';

      // Act
      const message = renderCase(type, channel, { locale, timeZone, currency }, {
        accountId,
        accountLast4: undefined,
      } as never);

      // Assess
      const text = shown(message);
      expect(text).not.toContain('5432');
      expect(text).not.toContain('INTERNAL');
      // No ICU syntax left over (the HTML has CSS braces: the text parts only).
      expect([message.subject, message.text].join('\n')).not.toMatch(/\{|\}/);
      for (const parameter of message.whatsapp?.parameters ?? []) expect(parameter).not.toBe('-');
    },
  );

  it.each(everyCase)(
    '$type $channel in $language: with accountLast4, its four digits, and not the accountId',
    ({ type, channel, locale, timeZone, currency }) => {
      // Act
      const message = renderCase(type, channel, { locale, timeZone, currency }, {
        accountId: 'INTERNAL-ACC-98765432',
        accountLast4: '2468',
      } as never);

      // Assess
      const text = shown(message);
      // The statement SMS names no account at all (it only says a statement is ready).
      if (!(type === 'statement.ready' && channel === 'sms')) expect(text).toContain('2468');
      expect(text).not.toContain('5432');
    },
  );
});
