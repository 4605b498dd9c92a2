// `npx tsx bench/status-events.ts`: the status events the demo bank's mix leads to with the environment's
// selection (dev: the default), per thousand bank events, and what EventBridge would bill for them
// ($1.00 per million custom events put on a bus; a rule's delivery to an API destination is billed
// separately, per invocation, and is not counted here). Counts, never times.
import { demoEntries } from '../local/demo.ts';
import { replay } from '../local/replay.ts';

/** EventBridge custom events, USD per million (PutEvents, 64 KB chunks; Herald's events are well under). */
export const EVENTBRIDGE_USD_PER_MILLION = 1.0;

export interface StatusEventMix {
  bankEvents: number;
  statusChanged: number;
  failed: number;
  byStatus: Record<string, number>;
  perThousandBankEvents: number;
  usdPerMillionBankEvents: number;
}

export async function measureStatusEvents(): Promise<StatusEventMix> {
  const entries = demoEntries();
  const herald = await replay(entries.map((e) => JSON.stringify(e)).join('\n'), {
    operationalLog: () => undefined,
  });
  const bankEvents = entries.filter(
    (e) => e.Source !== 'herald' && !String(e.Source).startsWith('aws.'),
  ).length;
  const emitted = herald.records.filter((r) => r.kind === 'emitted');
  const statusChanged = emitted.filter((r) => r.detailType === 'Notification.StatusChanged');
  const failed = emitted.filter((r) => r.detailType === 'Notification.Failed').length;
  const byStatus: Record<string, number> = {};
  for (const r of statusChanged) {
    const status = String((r.detail as { status?: unknown }).status);
    byStatus[status] = (byStatus[status] ?? 0) + 1;
  }
  const perThousandBankEvents = ((statusChanged.length + failed) / bankEvents) * 1000;
  return {
    bankEvents,
    statusChanged: statusChanged.length,
    failed,
    byStatus,
    perThousandBankEvents,
    // Per million bank events: that many thousands, times the events each thousand leads to, at $1/million.
    usdPerMillionBankEvents: (perThousandBankEvents * 1000 * EVENTBRIDGE_USD_PER_MILLION) / 1_000_000,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const mix = await measureStatusEvents();
  process.stdout.write(
    `${JSON.stringify(mix, null, 2)}\n` +
      `status events per 1000 bank events: ${mix.perThousandBankEvents.toFixed(1)}; ` +
      `EventBridge: $${mix.usdPerMillionBankEvents.toFixed(2)} per million bank events\n`,
  );
}
