// What becomes of a message job that cannot be processed now: it waits on its queue (provider throttling,
// another attempt holding its lease), or, failing on its last receive, it goes to the dead-letter queue.
import { createHash } from 'node:crypto';

/** The failure reason of a message whose job ended in a dead-letter queue (delivery log, message ledger). */
export const DEAD_LETTERED = 'dead_lettered';

/** The first wait of a job put back on its queue (provider throttling, or waiting for another attempt). */
export const REQUEUE_BASE_SECONDS = 30;
/** SQS's longest `DelaySeconds`: no wait is longer. */
export const SQS_MAX_DELAY_SECONDS = 900;

/**
 * How long a job waits before its next try, the `attempt`-th time it is put back on its queue: a ceiling
 * that starts at 30 s and doubles with each attempt up to SQS's 900 s, and a delay between half that
 * ceiling and the ceiling ("equal jitter"), so that jobs throttled together do not all come back in the
 * same second. The jitter is a hash of the notification id and the attempt: the same job waits the same
 * on every run (a replay prints the same records), different jobs spread out. There is no last attempt: a
 * job waits, at most 15 minutes at a time, for as long as the provider throttles.
 *
 * While the ceiling doubles, each wait is at least the ceiling of the attempt before, so the waits grow
 * (15–30 s, 30–60 s, … 240–480 s); from the sixth attempt on they stay between 450 and 900 s.
 */
export function requeueDelaySeconds(notificationId: string, attempt: number): number {
  const n = Number.isFinite(attempt) ? Math.max(1, Math.floor(attempt)) : 1;
  // 2^(n−1) overflows to Infinity for very large n, which the cap absorbs.
  const ceiling = Math.min(SQS_MAX_DELAY_SECONDS, REQUEUE_BASE_SECONDS * 2 ** (n - 1));
  const half = ceiling / 2;
  return Math.min(ceiling, Math.ceil(half + jitter(notificationId, n) * half));
}

/** A fraction in [0, 1) from the notification id and the attempt. */
function jitter(notificationId: string, attempt: number): number {
  const digest = createHash('sha256').update(`${notificationId}\u0000${attempt}`).digest();
  return digest.readUInt32BE(0) / 2 ** 32;
}
