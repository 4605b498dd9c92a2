// onboarding.self_employed (marketing): the onboarding lessons of the segment; the call to action opens the lesson's
// feature in the app.
import type { Format } from '../../domain/templates/copy.ts';
import { pageLink, unsubscribeLink } from '../../domain/templates/links.ts';
import type { OnboardingSelfEmployedArgs } from './compiled.ts';
import type { OnboardingSelfEmployedData } from './data.ts';

export const format: Format<OnboardingSelfEmployedData, OnboardingSelfEmployedArgs> = (data, { brand }) => ({
  args: { topic: data.topic },
  links: { cta: pageLink(data.url, brand, `/learn/${data.topic.replace(/_/g, '-')}`) },
  ...unsubscribeLink(data.unsubscribeUrl, brand),
});
