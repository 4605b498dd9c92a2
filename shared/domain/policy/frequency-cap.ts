import type { Category } from '../profile.ts';
import { wallTime } from './zoned-time.ts';

/** Marketing messages per customer per local calendar day, unless the deployment configures another cap. */
export const DEFAULT_MARKETING_CAP = 2;

/** The customer's local calendar day at `now`, `YYYY-MM-DD`: the key a store counts marketing sends under. */
export function localDay(now: Date, timeZone: string): string {
  return new Date(wallTime(now.getTime(), timeZone)).toISOString().slice(0, 10);
}

export interface CapInput {
  category: Category;
  /** Marketing messages already sent to the customer on the current `localDay`. */
  sentToday: number;
  /** Defaults to DEFAULT_MARKETING_CAP; 0 stops marketing altogether. */
  cap?: number | undefined;
}

export type CapDecision = { allowed: true } | { allowed: false; reason: 'frequency_cap' };

/** Only marketing is capped: allowed while fewer than `cap` went out on the customer's local day. */
export function decideCap({ category, sentToday, cap = DEFAULT_MARKETING_CAP }: CapInput): CapDecision {
  return category !== 'marketing' || sentToday < cap
    ? { allowed: true }
    : { allowed: false, reason: 'frequency_cap' };
}
