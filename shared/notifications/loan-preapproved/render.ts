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
) => ({
  args: {
    amount: money(locale, data.amount, data.currency),
    expires: date(locale, timeZone, data.expiresAt),
    exBorrowed: money(locale, data.representativeExample.borrowed, data.currency),
    exTerm: Number(data.representativeExample.termMonths),
    exRate: percent(locale, data.representativeExample.interestRate),
    exMonthly: money(locale, data.representativeExample.monthlyRepayment, data.currency),
    exTotal: money(locale, data.representativeExample.totalPayable, data.currency),
    exApr: percent(locale, data.representativeExample.apr),
  },
  links: { cta: data.offerUrl ?? `${brand.url ?? ''}/offers/${encodeURIComponent(data.offerId)}` },
  unsubscribeUrl: data.unsubscribeUrl ?? `${brand.url ?? ''}/preferences/marketing`,
});
