// statement.ready: a new statement is available (no figures in the SMS).
import type { Channel } from '../profile.ts';
import { statementReadyCopy } from './compiled/statement-ready.ts';
import type { StatementReadyData } from './data.ts';
import { lastFour, period, type RenderedMessage, type RenderOptions, render } from './render.ts';

export function renderStatementReady(
  channel: Channel,
  options: RenderOptions<StatementReadyData>,
): RenderedMessage {
  const { data } = options;
  return render(
    statementReadyCopy,
    channel,
    options,
    { account: lastFour(data.accountId), period: period(options.locale, data.period) },
    { links: { cta: data.url ?? options.brand.url } },
  );
}
