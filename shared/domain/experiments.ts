import { createHash } from 'node:crypto';

/** An A/B test on a message type: its variants of copy or call to action. */
export interface Experiment {
  id: string;
  variants: readonly [string, ...string[]];
}

/**
 * The customer's variant: the same customer always gets the same variant of an experiment, customers
 * spread evenly over the variants, and different experiments assign independently.
 */
export function assignVariant(customerId: string, experiment: Experiment): string {
  const hash = createHash('sha256').update(`${experiment.id}\u0000${customerId}`).digest();
  return experiment.variants[hash.readUInt32BE(0) % experiment.variants.length] ?? experiment.variants[0];
}
