// The shared harness of the end-to-end tests: bank events written as replay lines, and a replay through
// the local stack with its records split by kind.
import { type ReplayOptions, replay } from '../../local/replay.ts';
import type { EmittedRecord } from '../../local/runtime.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';

/** One replay line: an EventBridge entry from `bank.core` put at `time`, whose event occurred then too. */
export const entry = (time: string, detailType: string, detail: Record<string, unknown>): string =>
  JSON.stringify({
    Source: 'bank.core',
    DetailType: detailType,
    Time: time,
    Detail: { occurredAt: time, ...detail },
  });

/** Replays the lines (operational log silenced) and returns the runtime with its records by kind. */
export async function runReplay(lines: string[], options: ReplayOptions = {}) {
  const herald = await replay(lines.join('\n'), { operationalLog: () => undefined, ...options });
  return {
    herald,
    deliveries: herald.records.filter((r): r is DeliveryRecord => r.kind === 'delivery'),
    rejected: herald.records.filter((r): r is RejectedRecord => r.kind === 'rejected'),
    emitted: herald.records.filter((r): r is EmittedRecord => r.kind === 'emitted'),
  };
}
