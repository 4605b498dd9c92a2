import { interpretSesEvent, type SesEvent } from '../domain/ses-feedback.ts';
import type { DeliveryLog } from '../ports/delivery.ts';
import type { SuppressionList } from '../ports/policy.ts';

export interface FeedbackDeps {
  log: DeliveryLog;
  suppressions: SuppressionList;
}

/**
 * One SES event (bounce, complaint, delivery, open, click, reject):
 * 1. reads which Herald message it is about from the message's tags;
 * 2. suppresses the address after a hard bounce or a complaint, before anything else can be sent to it;
 * 3. writes the outcome to the delivery log.
 * Returns why nothing was recorded, for events about mail Herald did not send.
 */
export async function recordFeedback(event: SesEvent, deps: FeedbackDeps): Promise<string | undefined> {
  const outcome = interpretSesEvent(event);
  if (outcome.kind === 'ignored') return outcome.why;
  if (outcome.suppress) {
    for (const address of outcome.suppress.addresses) {
      await deps.suppressions.suppress(
        'email',
        address,
        outcome.suppress.reason,
        new Date(outcome.record.time),
      );
    }
  }
  deps.log.write(outcome.record);
  return undefined;
}
