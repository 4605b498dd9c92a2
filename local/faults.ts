// Faults the local stack can inject, as `herald replay --fault NAME=VALUE [--seed N]` names them, and the
// seeded random streams that decide where they fall: a replay of the same file with the same faults and
// seed takes the same decisions, so it prints the same records.
import { type Channel, channels } from '../shared/domain/profile.ts';

/**
 * Provider faults to simulate. `throttleEmails` and `rejectEmails` take the next so many SendEmail calls;
 * the percentages draw for each send call of a channel's provider (SES SendEmail, SNS Publish, Pinpoint
 * SendMessages, Social SendWhatsAppMessage; locally the SDK makes one attempt per call) from a stream seeded by
 * `seed`, so the same calls in the same order meet the same faults.
 */
export interface EndpointFaults {
  /** Answered 429 (throttled): retried. */
  throttleEmails?: number;
  /** Answered 400 MessageRejected: the message fails for good. */
  rejectEmails?: number;
  /**
   * Percent of a channel's send calls answered with the provider's throttling error: SES 429
   * TooManyRequestsException, SNS 429 Throttled (ThrottledException), Pinpoint 429
   * TooManyRequestsException, Social 429 ThrottledRequestException.
   */
  throttlePercent?: Partial<Record<Channel, number>>;
  /**
   * Percent of a channel's send calls rejected for good, as the sender maps to a permanent failure: SES
   * 400 MessageRejected, SNS 400 InvalidParameter, Pinpoint PERMANENT_FAILURE (400 BadDeviceToken) for the
   * address, Social 400 ValidationException.
   */
  rejectPercent?: Partial<Record<Channel, number>>;
  /** The first so many sends of a channel that the provider accepts lose their answer (`answerLost`). */
  timeoutAfterSend?: Partial<Record<Channel, number>>;
  /** Seeds the percentages' draws (default DEFAULT_FAULT_SEED). */
  seed?: number;
}

/** Everything the local stack can inject: the providers' faults and the bus's redeliveries. */
export interface Faults extends EndpointFaults {
  /** Every event put on the local bus reaches each of its rule targets this many times (default 1). */
  duplicateDelivery?: number;
}

/** The seed when none is given: faults are deterministic whether or not one is. */
export const DEFAULT_FAULT_SEED = 1;
/** The extra copies of a duplicated delivery arrive within this long after the first (simulated). */
export const DUPLICATE_DELIVERY_WINDOW_MS = 5 * 60_000;
const MAX_DUPLICATE_DELIVERY = 10;

/** The `--fault` forms, for usage and error messages. */
export const FAULT_USAGE = [
  "throttle-<channel>=P            P % of the channel's provider calls get its throttling error",
  'reject-<channel>=P              P % of them are rejected for good',
  `duplicate-delivery=N            every bus event reaches its targets N times (1 to ${MAX_DUPLICATE_DELIVERY})`,
  'timeout-after-send=<channel>:N  the first N accepted sends lose their answer: the sender times out',
  `<channel>: ${channels.join(', ')}; P: 0 to 100; --seed N (default ${DEFAULT_FAULT_SEED}) fixes the draws`,
];

export class FaultError extends Error {
  override name = 'FaultError';
}

const isChannel = (value: string): value is Channel => (channels as readonly string[]).includes(value);

function percent(name: string, text: string): number {
  const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= 0 && value <= 100))
    throw new FaultError(`--fault ${name}=${text}: a percentage from 0 to 100`);
  return value;
}

function count(what: string, text: string, min: number, max: number): number {
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= min && value <= max)) throw new FaultError(`${what}: a whole number from ${min} to ${max}`);
  return value;
}

/** The seed of `--seed N`: a whole number from 0 to 4294967295. */
export function parseSeed(text: string): number {
  return count(`--seed ${text}`, text, 0, 0xffffffff);
}

/**
 * The faults of the `--fault` values of a command line, e.g. `throttle-email=40`, `reject-sms=5`,
 * `duplicate-delivery=3`, `timeout-after-send=email:2`. Throws FaultError naming the value that is wrong.
 */
export function parseFaults(values: readonly string[], seed?: string): Faults {
  const faults: Faults = { seed: seed === undefined ? DEFAULT_FAULT_SEED : parseSeed(seed) };
  const seen = new Set<string>();
  for (const value of values) {
    const match = /^([a-z-]+)=(.*)$/.exec(value);
    if (!match) throw new FaultError(`--fault ${value}: expected NAME=VALUE`);
    const [, name = '', text = ''] = match;
    if (seen.has(name)) throw new FaultError(`--fault ${name} is given twice`);
    seen.add(name);
    const rate = /^(throttle|reject)-(.+)$/.exec(name);
    if (rate) {
      const [, kind, channel = ''] = rate;
      if (!isChannel(channel))
        throw new FaultError(`--fault ${value}: unknown channel ${channel} (${channels.join(', ')})`);
      const key = kind === 'throttle' ? 'throttlePercent' : 'rejectPercent';
      faults[key] = { ...faults[key], [channel]: percent(name, text) };
      continue;
    }
    if (name === 'duplicate-delivery') {
      faults.duplicateDelivery = count(`--fault ${value}`, text, 1, MAX_DUPLICATE_DELIVERY);
      continue;
    }
    if (name === 'timeout-after-send') {
      const [channel = '', n, ...rest] = text.split(':');
      if (!isChannel(channel) || n === undefined || rest.length > 0)
        throw new FaultError(
          `--fault ${value}: expected timeout-after-send=<channel>:N, <channel> one of ${channels.join(', ')}`,
        );
      faults.timeoutAfterSend = {
        ...faults.timeoutAfterSend,
        [channel]: count(`--fault ${value}`, n, 1, 1000),
      };
      continue;
    }
    throw new FaultError(`--fault ${name}: unknown fault`);
  }
  for (const channel of channels) {
    const total = (faults.throttlePercent?.[channel] ?? 0) + (faults.rejectPercent?.[channel] ?? 0);
    if (total > 100)
      throw new FaultError(`--fault throttle-${channel} and reject-${channel} add up to more than 100 %`);
  }
  return faults;
}

/**
 * A seeded stream of numbers in [0, 1) (SplitMix32), one per purpose: `stream` names it, so one fault's
 * draws do not move when another fault is added.
 */
export function seededRandom(seed: number, stream: string): () => number {
  let state = seed >>> 0;
  for (let i = 0; i < stream.length; i++) state = Math.imul(state ^ stream.charCodeAt(i), 0x01000193) >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return ((z ^ (z >>> 16)) >>> 0) / 0x100000000;
  };
}
