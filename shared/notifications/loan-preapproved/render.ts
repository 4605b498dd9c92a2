// loan.preapproved (marketing): a pre-approved loan offer. The trigger checks consent, the frequency cap
// and that the offer has not expired; format() adds the unsubscribe link and List-Unsubscribe headers.
// The type runs an A/B test (definition.ts): the customer's variant picks variant B's subject, call to
// action and push title (render.ts of the template runtime); the base copy is variant A. The offer and
// preference links live on the bank's site unless the data gives them.
import type { Format } from '../../domain/templates/copy.ts';
import { date, money, percent } from '../../domain/templates/render.ts';
import type { LoanPreapprovedArgs } from './compiled.ts';
import type { LoanPreapprovedData } from './data.ts';

export const format: Format<LoanPreapprovedData, LoanPreapprovedArgs> = (
  data,
  { locale, timeZone, brand },
) => {
  // Consumer-credit rules: no amount without the representative example (the trigger suppresses such offers).
  const example = data.representativeExample;
  if (!example) throw new RangeError('loan.preapproved needs a representative example');
  return {
    args: {
      amount: money(locale, data.amount, data.currency),
      expires: date(locale, timeZone, data.expiresAt),
      exBorrowed: money(locale, example.borrowed, data.currency),
      exTerm: Number(example.termMonths),
      exRate: percent(locale, example.interestRate),
      exMonthly: money(locale, example.monthlyRepayment, data.currency),
      exTotal: money(locale, example.totalPayable, data.currency),
      exApr: percent(locale, example.apr),
    },
    links: { cta: data.offerUrl ?? `${brand.url ?? ''}/offers/${encodeURIComponent(data.offerId)}` },
    unsubscribeUrl: data.unsubscribeUrl ?? `${brand.url ?? ''}/preferences/marketing`,
  };
};
