// onboarding.student (marketing): the onboarding lessons of the segment; the call to action opens the lesson's
// feature in the app.
import type { Channel } from '../profile.ts';
import { onboardingStudentCopy } from './compiled/onboarding-student.ts';
import type { OnboardingData } from './data.ts';
import { journeyLink, journeyUnsubscribe } from './journey-links.ts';
import { type RenderedMessage, type RenderOptions, render } from './render.ts';

export function renderOnboardingStudent(
  channel: Channel,
  options: RenderOptions<OnboardingData>,
): RenderedMessage {
  const { topic } = options.data;
  return render(
    onboardingStudentCopy,
    channel,
    options,
    { topic },
    {
      links: { cta: journeyLink(options, `/learn/${topic.replace(/_/g, '-')}`) },
      ...journeyUnsubscribe(options),
    },
  );
}
