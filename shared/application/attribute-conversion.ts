import { CONVERSION_GOALS, convertedRecord, lastTouch } from '../domain/conversions.ts';
import type { DeliveryLog } from '../ports/delivery.ts';
import type { ConversionLedger } from '../ports/message-ledger.ts';

export interface ConversionDeps {
  conversions: ConversionLedger;
  log: DeliveryLog;
  now: () => Date;
  /** How long after a message its goal still counts as converted by it (config `attributionWindowDays`). */
  windowDays: number;
}

/**
 * A goal event (Card.Activated, Kyc.Completed, Payment.Completed, Customer.Active):
 * 1. reads the customer's messages of the goal's kinds sent within the attribution window before it
 *    (strictly before: a message the goal itself caused is not credited with it);
 * 2. credits the latest notification among them (last touch: each channel it went out on);
 * 3. records `converted` for each, once: a redelivered goal event, or a second goal, credits nothing more.
 * Returns how many messages were credited.
 */
export async function attributeConversion(
  goal: { detailType: string; eventId: string; occurredAt: string; customerId: string },
  deps: ConversionDeps,
): Promise<number> {
  const prefixes = Object.hasOwn(CONVERSION_GOALS, goal.detailType)
    ? CONVERSION_GOALS[goal.detailType]
    : undefined;
  if (!prefixes) return 0;
  const until = new Date(Date.parse(goal.occurredAt) - 1);
  const since = new Date(until.getTime() - deps.windowDays * 86_400_000);
  const touches = lastTouch(await deps.conversions.sentBetween(goal.customerId, prefixes, since, until));
  let credited = 0;
  for (const touch of touches) {
    const key = {
      customerId: touch.customerId,
      eventId: touch.eventId,
      type: touch.type,
      channel: touch.channel,
      ...(touch.occurrence ? { occurrence: touch.occurrence } : {}),
    };
    if (!(await deps.conversions.markConverted(key, goal.eventId, deps.now()))) continue;
    deps.log.write(convertedRecord(touch, deps.now()));
    credited += 1;
  }
  return credited;
}
