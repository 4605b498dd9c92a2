// onboarding.general (marketing): the onboarding lessons of the segment; the call to action opens the lesson's
// feature in the app.
import type { Format } from '../../domain/templates/copy.ts';
import { pageLink, unsubscribeLink } from '../../domain/templates/links.ts';
import type { OnboardingGeneralArgs } from './compiled.ts';
import type { OnboardingGeneralData } from './data.ts';

export const format: Format<OnboardingGeneralData, OnboardingGeneralArgs> = (data, { brand }) => ({
  args: { topic: data.topic },
  links: { cta: pageLink(data.url, brand, `/learn/${data.topic.replace(/_/g, '-')}`) },
  ...unsubscribeLink(data.unsubscribeUrl, brand),
});
