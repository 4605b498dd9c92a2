// survey.request (marketing): one survey per lifecycle milestone; the copy names the milestone.
import type { Format } from '../../domain/templates/copy.ts';
import { pageLink, unsubscribeLink } from '../../domain/templates/links.ts';
import type { SurveyRequestArgs } from './compiled.ts';
import type { SurveyRequestData } from './data.ts';

export const format: Format<SurveyRequestData, SurveyRequestArgs> = (data, { brand }) => ({
  args: { milestone: data.milestone },
  links: { cta: pageLink(data.url, brand, `/survey/${encodeURIComponent(data.milestone)}`) },
  ...unsubscribeLink(data.unsubscribeUrl, brand),
});
