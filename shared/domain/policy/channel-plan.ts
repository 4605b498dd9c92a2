import type { Category, Channel, CustomerProfile } from '../profile.ts';
import {
  type ConsentLedger,
  type ConsentLedgerDecision,
  type ConsentOptions,
  decideConsent,
} from './consent-ledger.ts';

/**
 * How long a fallback waits after the channel before it failed for good, unless the deployment says
 * otherwise (config `fallbackDelaySeconds`).
 */
export const DEFAULT_FALLBACK_DELAY_SECONDS = 120;

export type ChannelBasis = Extract<ConsentLedgerDecision, { allowed: true }>['basis'];

export interface ChannelPlanInput extends ConsentOptions {
  category: Category;
  contacts: CustomerProfile['contacts'];
  /**
   * The customer's preference (AlertSettings.Changed `channelOrder`): these channels come first, in this
   * order. It is a preference, not a filter: the type's other channels follow.
   */
  channelOrder?: readonly Channel[] | undefined;
  /** The message type's channels, in order: after the customer's ordered ones. */
  defaultOrder: readonly Channel[];
  consent: ConsentLedger;
}

export interface ChannelPlan {
  /** The channels to try, first to last: the next one after a permanent failure (`nextChannel`). */
  channels: Channel[];
  /** What each planned channel's consent rests on. */
  basis: Partial<Record<Channel, ChannelBasis>>;
  /** Channels considered and left out, with why (one `suppressed` delivery record each). */
  skipped: { channel: Channel; reason: 'no_contact' | 'consent' }[];
  /** Set when `channels` is empty: no considered channel reaches the customer, or consent refused them all. */
  reason?: 'no_contact' | 'consent';
}

/** Whether the customer has a contact for the channel; push uses the first token, as the senders do. */
export function hasContact(contacts: CustomerProfile['contacts'], channel: Channel): boolean {
  return Boolean(
    channel === 'push' ? contacts.pushTokens?.[0]?.token : contacts[channel === 'sms' ? 'phone' : channel],
  );
}

/**
 * The channels in the order they are considered: the customer's `channelOrder` first, then the type's other
 * channels in the type's order, each once.
 */
export function preferredOrder(
  channelOrder: readonly Channel[] | undefined,
  defaultOrder: readonly Channel[],
): Channel[] {
  return [...new Set([...(channelOrder ?? []), ...defaultOrder])];
}

/**
 * The ordered channels for one message (`preferredOrder`: the customer's `channelOrder` first, then the
 * type's other channels), keeping the channels the customer has a contact for and consent allows, so an
 * unreachable ordered channel never costs the customer a message the type could send elsewhere. Security
 * messages go on the channels the customer allows transactional messages on; when there is none, on the
 * first reachable channel anyway (basis 'security'), so a security message always reaches a channel unless
 * the customer has no contact at all.
 */
export function planChannels(input: ChannelPlanInput): ChannelPlan {
  const { category } = input;
  const plan: ChannelPlan = { channels: [], basis: {}, skipped: [] };
  let firstReachable: Channel | undefined;
  for (const channel of preferredOrder(input.channelOrder, input.defaultOrder)) {
    if (!hasContact(input.contacts, channel)) {
      plan.skipped.push({ channel, reason: 'no_contact' });
      continue;
    }
    firstReachable ??= channel;
    const consent = decideConsent(
      input.consent,
      channel,
      category === 'security' ? 'transactional' : category,
      input,
    );
    if (consent.allowed) {
      plan.channels.push(channel);
      plan.basis[channel] = consent.basis;
    } else plan.skipped.push({ channel, reason: 'consent' });
  }
  if (plan.channels.length === 0) {
    if (firstReachable && category === 'security') {
      plan.channels.push(firstReachable);
      plan.basis[firstReachable] = 'security';
      plan.skipped = plan.skipped.filter((skipped) => skipped.channel !== firstReachable);
    } else plan.reason = firstReachable ? 'consent' : 'no_contact';
  }
  return plan;
}

/** The channel to escalate to after a permanent failure on `failed`; undefined when there is none. */
export function nextChannel(plan: Pick<ChannelPlan, 'channels'>, failed: Channel): Channel | undefined {
  const index = plan.channels.indexOf(failed);
  return index < 0 ? undefined : plan.channels[index + 1];
}
