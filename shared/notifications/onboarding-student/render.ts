// onboarding.student (marketing): the onboarding lessons of the segment; the call to action opens the lesson's
// feature in the app.
import type { Format } from '../../domain/templates/copy.ts';
import { pageLink, unsubscribeLink } from '../../domain/templates/links.ts';
import type { OnboardingStudentArgs } from './compiled.ts';
import type { OnboardingStudentData } from './data.ts';

export const format: Format<OnboardingStudentData, OnboardingStudentArgs> = (data, { brand }) => ({
  args: { topic: data.topic },
  links: { cta: pageLink(data.url, brand, `/learn/${data.topic.replace(/_/g, '-')}`) },
  ...unsubscribeLink(data.unsubscribeUrl, brand),
});
