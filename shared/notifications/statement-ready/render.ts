// statement.ready: a new statement is available (no figures in the SMS).
import type { Format } from '../../domain/templates/copy.ts';
import { accountShown, period } from '../../domain/templates/render.ts';
import type { StatementReadyArgs } from './compiled.ts';
import type { StatementReadyData } from './data.ts';

export const format: Format<StatementReadyData, StatementReadyArgs> = (data, { locale, brand }) => ({
  args: { ...accountShown(data.accountLast4), period: period(locale, data.period) },
  links: { cta: data.url ?? brand.url },
});
