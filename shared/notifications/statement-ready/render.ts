// statement.ready: a new statement is available (no figures in the SMS).
import type { Format } from '../../domain/templates/copy.ts';
import { lastFour, period } from '../../domain/templates/render.ts';
import type { StatementReadyArgs } from './compiled.ts';
import type { StatementReadyData } from './data.ts';

export const format: Format<StatementReadyData, StatementReadyArgs> = (data, { locale, brand }) => ({
  args: { account: lastFour(data.accountId), period: period(locale, data.period) },
  links: { cta: data.url ?? brand.url },
});
