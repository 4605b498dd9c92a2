// The shared harness of the end-to-end tests: bank events written as replay lines, and a replay through
// the local stack with its records split by kind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUTBOX_INDEX, type OutboxIndexEntry } from '../../local/outbox.ts';
import type { EmittedRecord } from '../../local/records.ts';
import { type ReplayOptions, replay } from '../../local/replay.ts';
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

/**
 * The path of one file of a message in the outbox `dir` of a finished run, found through the outbox index by
 * the provider's message id: the `.eml` or `.html` of an e-mail, the `.json` of an SMS, push or WhatsApp.
 */
export function outboxFile(
  dir: string,
  providerMessageId: string | undefined,
  ending: '.eml' | '.html' | '.json',
): string {
  const entry = readFileSync(join(dir, OUTBOX_INDEX), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as OutboxIndexEntry)
    .find((e) => e.providerMessageId === providerMessageId);
  const file = ending === '.html' ? entry?.html : entry?.file;
  if (!file?.endsWith(ending)) throw new Error(`no ${ending} file of ${providerMessageId} in ${dir}`);
  return join(dir, file);
}
