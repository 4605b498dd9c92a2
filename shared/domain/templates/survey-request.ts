// survey.request (marketing): one survey per lifecycle milestone; the copy names the milestone.
import type { Channel } from '../profile.ts';
import { surveyRequestCopy } from './compiled/survey-request.ts';
import type { SurveyRequestData } from './data.ts';
import { type RenderedMessage, type RenderOptions, render } from './render.ts';

/** The marketing unsubscribe link: the data's, or the brand's marketing preferences page. */
const unsubscribe = (options: RenderOptions<SurveyRequestData>): { unsubscribeUrl?: string } => {
  const url =
    options.data.unsubscribeUrl ??
    (options.brand.url ? `${options.brand.url.replace(/\/+$/, '')}/preferences/marketing` : undefined);
  return url ? { unsubscribeUrl: url } : {};
};

export function renderSurveyRequest(
  channel: Channel,
  options: RenderOptions<SurveyRequestData>,
): RenderedMessage {
  const { data, brand } = options;
  const survey =
    data.url ??
    (brand.url ? `${brand.url.replace(/\/+$/, '')}/survey/${encodeURIComponent(data.milestone)}` : undefined);
  return render(
    surveyRequestCopy,
    channel,
    options,
    { milestone: data.milestone },
    { links: { cta: survey }, ...unsubscribe(options) },
  );
}
