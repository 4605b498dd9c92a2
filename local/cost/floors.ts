// The floors the cost meter's figures are read against: what the least any design could do for the same
// outcome costs at a price table's prices (local/cost/prices.ts), in requests, with no Lambda duration, log
// line or trace (those are part of what the meter compares with them).
//
// - A bank event that alerts no one: the event put on the bus, one invocation to look at it, and one strongly
//   consistent read (one read unit: the customer's item is under 4 KB) to find that nothing fires.
// - A sent message, on top of the bank event that led to it: claim it (one conditional write, one write unit,
//   so that it goes out once), queue it (SendMessage, and the event source mapping's ReceiveMessage and
//   DeleteMessageBatch, the message alone in its batch), send it (one invocation; the provider's fee is a
//   channel fee, apart) and record the outcome (one write unit).
import type { PriceTable } from './prices.ts';

export interface Floors {
  /** Dollars per million bank events that alert no one. */
  noAlertEvent: number;
  /** Dollars per million messages sent, on top of the events that led to them. */
  sentMessage: number;
}

/** The floors at `prices`, per million. */
export function floorsOf(prices: PriceTable): Floors {
  const readUnit = prices.dynamoDb.readRequestUnitsPerMillion;
  const writeUnit = prices.dynamoDb.writeRequestUnitsPerMillion;
  const invocation = prices.lambda.requestsPerMillion;
  const sqsRequest = prices.sqs.requestsPerMillion;
  return {
    noAlertEvent: prices.eventBridge.eventsPerMillion + invocation + readUnit,
    sentMessage: writeUnit + 3 * sqsRequest + invocation + writeUnit,
  };
}
