// The representative example a loan offer carries. Consumer-credit rules in most markets (the EU Consumer
// Credit Directive, the UK's CONC 3.5) require one next to any amount or rate in an advertisement: the APR,
// the interest rate, the term, and what a typical borrowing costs in repayments and in total. The bank
// configures it (infra/config.ts `loanOffers`), per currency for the amounts; Herald quotes it as given and
// never sends an offer without one.

/** What a typical borrowing costs, in one currency (decimal strings). */
export interface ExampleAmounts {
  /** The amount borrowed in the example. */
  borrowed: string;
  monthlyRepayment: string;
  /** What the customer pays back in total over the term. */
  totalPayable: string;
}

export interface RepresentativeExample {
  /** The APR, representative, in percent points: "9.9". */
  apr: string;
  /** The fixed yearly interest rate, in percent points: "9.5". */
  interestRate: string;
  /** The term in months. */
  termMonths: number;
  /** The example's amounts per ISO-4217 currency; an offer in another currency is not sent. */
  amounts: Readonly<Record<string, ExampleAmounts>>;
}

/** `loanOffers` in the config: the example, or the offers turned off (`loan.preapproved` never sent). */
export type LoanOfferSettings =
  | { enabled: false }
  | { enabled?: true; representativeExample: RepresentativeExample };

/** Why an offer is recorded suppressed instead of sent. */
export const LOAN_OFFERS_DISABLED = 'loan_offers_disabled';
export const NO_REPRESENTATIVE_EXAMPLE = 'no_representative_example_for_currency';

const DECIMAL = /^\d{1,12}(\.\d{1,4})?$/;

/** Checks the settings; returns the problems, each naming the field. */
export function loanOfferProblems(settings: LoanOfferSettings | undefined): string[] {
  if (settings && settings.enabled === false) return [];
  const example =
    settings && 'representativeExample' in settings ? settings.representativeExample : undefined;
  if (!example)
    return [
      'representativeExample: required while loan.preapproved is enabled (the APR, interest rate, term and amounts the offer must quote), or set loanOffers: { enabled: false }',
    ];
  const problems: string[] = [];
  for (const field of ['apr', 'interestRate'] as const)
    if (typeof example[field] !== 'string' || !DECIMAL.test(example[field]))
      problems.push(
        `representativeExample.${field}: must be a decimal string of percent points such as "9.9"`,
      );
  if (!Number.isInteger(example.termMonths) || example.termMonths < 1 || example.termMonths > 480)
    problems.push('representativeExample.termMonths: must be a whole number of months from 1 to 480');
  const amounts = Object.entries(example.amounts ?? {});
  if (amounts.length === 0)
    problems.push('representativeExample.amounts: must give the example in at least one currency');
  for (const [currency, value] of amounts) {
    if (!/^[A-Z]{3}$/.test(currency))
      problems.push(
        `representativeExample.amounts.${currency}: must be keyed by an ISO-4217 code such as "EUR"`,
      );
    for (const field of ['borrowed', 'monthlyRepayment', 'totalPayable'] as const)
      if (typeof value?.[field] !== 'string' || !DECIMAL.test(value[field]))
        problems.push(
          `representativeExample.amounts.${currency}.${field}: must be a decimal string such as "10000.00"`,
        );
  }
  return problems;
}

/** The example for an offer in `currency` (the message data's shape), or why the offer is not sent. */
export function exampleFor(
  settings: LoanOfferSettings | undefined,
  currency: string,
):
  | { ok: true; example: { apr: string; interestRate: string; termMonths: string } & ExampleAmounts }
  | { ok: false; reason: string } {
  if (!settings || settings.enabled === false || !('representativeExample' in settings))
    return { ok: false, reason: LOAN_OFFERS_DISABLED };
  const example = settings.representativeExample;
  const amounts = Object.hasOwn(example.amounts, currency) ? example.amounts[currency] : undefined;
  if (!amounts) return { ok: false, reason: NO_REPRESENTATIVE_EXAMPLE };
  return {
    ok: true,
    example: {
      apr: example.apr,
      interestRate: example.interestRate,
      termMonths: String(example.termMonths),
      ...amounts,
    },
  };
}
