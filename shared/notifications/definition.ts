// What a notification type's definition.ts says: how the type is delivered, and which render function
// writes it. Type-only module: a definition imports nothing at run time, so the catalogue of every type
// (catalogue.ts, generated) is cheap to import anywhere.
import type { Experiment } from '../domain/experiments.ts';
import type { Urgency } from '../domain/policy/quiet-hours.ts';
import type { Category, Channel } from '../domain/profile.ts';

/**
 * The function that writes the type's messages, and whose queue its triggers put them on: `render` (alerts,
 * notices and the journeys' messages), `render-security` (fraud alerts and the fraud reply loop: it alone
 * may sign reply links, so it alone holds the reply-link key).
 */
export type RenderFunction = 'render' | 'render-security';

export const RENDER_FUNCTIONS: readonly RenderFunction[] = ['render', 'render-security'];

/** How one notification type is delivered. */
export interface NotificationDefinition {
  /** Dotted type, as in the delivery log: `balance.low`; its folder is the kebab-case name (`balance-low`). */
  type: string;
  category: Category;
  /** `immediate` ignores quiet hours (security alerts do anyway). */
  urgency: Urgency;
  /**
   * The type's channels in their default order; the customer's `channelOrder` puts its channels first.
   * Exactly the channels the copy is written for (the build checks it).
   */
  channels: readonly Channel[];
  /**
   * `every`: one message on each channel the customer can and may be reached on (alerts the customer
   * asked for on several channels); `first`: one message on the first such channel.
   */
  delivery: 'every' | 'first';
  render: RenderFunction;
  /** An A/B test of this type's copy: each customer's variant is recorded on every delivery record. */
  experiment?: Experiment;
}
