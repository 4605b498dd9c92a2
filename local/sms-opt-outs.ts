// End User Messaging's SMS opt-out list, as the local stack keeps it. Deployed, a customer's STOP to the
// sending number puts the number on the list before the reply reaches Herald's inbound topic, and the
// provider then refuses every SMS to it, security alerts included, until an opt-in keyword (START, UNSTOP:
// README Deploy step 8 configures them) takes it off. The local SNS endpoint answers
// CheckIfPhoneNumberIsOptedOut from this list and drops a Publish to a number on it, as the provider does.
import { foldKeyword, KEYWORDS } from '../shared/domain/sms-keywords.ts';

/** The provider's own keywords: End User Messaging's default opt-out words, and START / UNSTOP to opt in. */
const PROVIDER_KEYWORDS: ReadonlyMap<string, 'opt_out' | 'opt_in'> = new Map([
  ...(KEYWORDS.opt_out.standard ?? []).map((word) => [foldKeyword(word), 'opt_out'] as const),
  ...(KEYWORDS.opt_in.standard ?? []).map((word) => [foldKeyword(word), 'opt_in'] as const),
]);

/** What the provider does with a two-way SMS before it publishes it: opt the number out or in, or nothing. */
export function providerKeywordAction(text: string): 'opt_out' | 'opt_in' | undefined {
  return PROVIDER_KEYWORDS.get(foldKeyword(text));
}

/** The numbers (E.164) on the local opt-out list. */
export class LocalSmsOptOuts {
  private readonly numbers = new Set<string>();

  /** A customer's SMS to the two-way number: the provider acts on its own keywords. */
  heard(from: string, text: string): void {
    const number = from.startsWith('+') ? from : `+${from}`;
    const action = providerKeywordAction(text);
    if (action === 'opt_out') this.numbers.add(number);
    else if (action === 'opt_in') this.numbers.delete(number);
  }

  has(number: string): boolean {
    return this.numbers.has(number);
  }
}
