// The queues between Herald's functions: planned and rendered message jobs, deferrals, wake-ups, dead letters.
import type { MessageJob, PlannedJob } from '../contract/internal/jobs.ts';

// The jobs between the functions are parsed where they are read: their schemas are the one place their
// fields are written (shared/contract/internal/jobs.ts).
export type { MessageJob, PlannedJob } from '../contract/internal/jobs.ts';

/** Where triggers hand planned messages to the render function. */
export interface PlanQueue {
  submit(job: PlannedJob): Promise<void>;
}

export interface JobQueue {
  /**
   * Queues the job for its channel's sender: at once; after `delaySeconds` (at most 900); or, with
   * `notBefore`, at that time.
   */
  enqueue(job: MessageJob, options?: { notBefore?: Date; delaySeconds?: number }): Promise<void>;
}

export interface DeadLetters {
  /** Keeps an input Herald could not accept, with the reason, for inspection and redrive. */
  reject(entry: {
    source: string;
    detailType: string;
    eventId?: string;
    reason: string;
    event: unknown;
  }): Promise<void>;
}

/** One-off wake-ups: `body` is delivered to the due-reminder consumer at `at` (once per `id`). */
export interface WakeUps {
  arrange(wakeUp: { id: string; at: Date; body: string }): Promise<void>;
}
