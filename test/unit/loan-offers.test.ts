// A loan offer carries the representative example the bank configures (APR, interest rate, term, amount
// borrowed, monthly repayment, total payable) in the offer's currency; without one it is not sent.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../infra/config.ts';
import { decideLoanPreApproval } from '../../shared/domain/account-notices.ts';
import {
  LOAN_OFFERS_DISABLED,
  type LoanOfferSettings,
  loanOfferProblems,
  NO_REPRESENTATIVE_EXAMPLE,
} from '../../shared/domain/loan-offers.ts';
import { renderCase } from './templates-fixtures.ts';

const settings: LoanOfferSettings = {
  representativeExample: {
    apr: '9.9',
    interestRate: '9.5',
    termMonths: 60,
    amounts: { AED: { borrowed: '40000.00', monthlyRepayment: '840.12', totalPayable: '50407.20' } },
  },
};
const offer = (currency: string) => ({
  eventId: 'e-loan',
  occurredAt: '2026-03-09T09:00:00Z',
  customerId: 'c-1',
  offerId: 'LOAN-1',
  amount: '150000.00',
  currency,
  expiresAt: '2026-04-09T09:00:00Z',
});
const now = new Date('2026-03-09T09:00:00Z');

describe('the representative example of a loan offer', () => {
  it('goes with the offer, in the offer’s currency', () => {
    const decision = decideLoanPreApproval(offer('AED'), now, settings);
    expect(decision.suppress).toBeUndefined();
    expect(decision.intent.data.representativeExample).toEqual({
      apr: '9.9',
      interestRate: '9.5',
      termMonths: '60',
      borrowed: '40000.00',
      monthlyRepayment: '840.12',
      totalPayable: '50407.20',
    });
  });

  it('is missing for a currency the bank gave none for, or with offers off: the offer is suppressed', () => {
    expect(decideLoanPreApproval(offer('EUR'), now, settings).suppress).toBe(NO_REPRESENTATIVE_EXAMPLE);
    expect(decideLoanPreApproval(offer('AED'), now, { enabled: false }).suppress).toBe(LOAN_OFFERS_DISABLED);
    expect(decideLoanPreApproval(offer('AED'), now, undefined).suppress).toBe(LOAN_OFFERS_DISABLED);
  });

  it('is quoted in the e-mail and the push, formatted for the customer', () => {
    const email = renderCase('loan.preapproved', 'email', {
      locale: 'en-GB',
      timeZone: 'UTC',
      currency: 'GBP',
    });
    expect(email.text).toContain(
      'Representative example: if you borrow £10,000.00 over 60 months at a fixed interest rate of 9.5% a year, you repay £210.03 a month and £12,601.80 in total. Representative APR 9.9%.',
    );
    const push = renderCase('loan.preapproved', 'push', {
      locale: 'de-DE',
      timeZone: 'UTC',
      currency: 'EUR',
    });
    expect(push.push?.body).toMatch(/Effektiver Jahreszins: 9,9\s%/);
  });

  it.each([
    ['en-GB', /Representative APR 9\.9%/],
    ['id-ID', /APR representatif 9,9%/],
    ['ar-AE', /المعدل السنوي التمثيلي/],
    ['ro-RO', /DAE reprezentativ. 9,9\s?%/],
    ['vi-VN', /APR dai dien 9,9\s?%/],
    ['de-DE', /Effektiver Jahreszins 9,9\s%/],
  ])('is quoted in the SMS that names the amount (%s)', (locale, apr) => {
    // Act
    const sms = renderCase('loan.preapproved', 'sms', { locale, timeZone: 'UTC', currency: 'EUR' });
    // Assess
    expect(sms.text).toMatch(apr);
  });

  it('is required to write the offer: without one the renderer refuses', () => {
    expect(() =>
      renderCase(
        'loan.preapproved',
        'email',
        { locale: 'en-GB', timeZone: 'UTC' },
        { representativeExample: undefined },
      ),
    ).toThrow(/representative example/);
  });

  it('is required in the config while the offers are on; each bad field is named', () => {
    expect(() => loadConfig('dev', { loanOffers: undefined })).toThrow(
      /loanOffers: representativeExample: required while loan.preapproved is enabled/,
    );
    expect(() => loadConfig('dev', { loanOffers: { enabled: false } })).not.toThrow();
    expect(
      loanOfferProblems({
        representativeExample: {
          apr: '9,9',
          interestRate: '9.5',
          termMonths: 0,
          amounts: { eur: { borrowed: '10000', monthlyRepayment: '210', totalPayable: 'lots' } },
        },
      }),
    ).toEqual([
      'representativeExample.apr: must be a decimal string of percent points such as "9.9"',
      'representativeExample.termMonths: must be a whole number of months from 1 to 480',
      'representativeExample.amounts.eur: must be keyed by an ISO-4217 code such as "EUR"',
      'representativeExample.amounts.eur.totalPayable: must be a decimal string such as "10000.00"',
    ]);
  });
});
