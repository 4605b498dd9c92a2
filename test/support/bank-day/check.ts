// The invariants of a bank day, checked over what a replay printed: each returns the violations it found,
// described well enough to find them in the records.
import type { OutboxMessage, OutputRecord } from '../../../local/records.ts';
import type { BankDay, Expectation } from './oracle.ts';

export interface ReplayOutput {
  records: readonly OutputRecord[];
  outbox: readonly OutboxMessage[];
  /** Every operational (non-record) log line the functions wrote. */
  operational: readonly string[];
  /** What was left in dead-letter queues: the message body and its attributes. */
  deadLetters: readonly { body: string; attributes: Record<string, string> }[];
}

export const INVARIANTS = [
  'at most one sent per (eventId, customerId, type, channel)',
  'every notification the oracle calls for happens',
  'every deferred message settles exactly once',
  'every dead-lettered message has a failed record',
  'every input event is accounted for',
  'no rejection of a valid event',
  'outbox matches the sent records one to one',
  'no e-mail address, phone number or push token in records or logs',
  'nothing sent without consent',
  'nothing sent to an erased customer',
] as const;
export type Invariant = (typeof INVARIANTS)[number];

export type Violations = Record<Invariant, string[]>;

type DeliveryRecord = Extract<OutputRecord, { kind: 'delivery' }>;
type RejectedRecord = Extract<OutputRecord, { kind: 'rejected' }>;

const SETTLED = new Set(['sent', 'failed', 'suppressed']);

const key = (...parts: (string | undefined)[]) => parts.map((p) => p ?? '').join('\u0000');
const show = (r: OutputRecord) => JSON.stringify(r);

export function checkBankDay(day: BankDay, output: ReplayOutput): Violations {
  const deliveries = output.records.filter((r): r is DeliveryRecord => r.kind === 'delivery');
  const rejected = output.records.filter((r): r is RejectedRecord => r.kind === 'rejected');
  const emitted = output.records.filter((r) => r.kind === 'emitted');
  const sent = deliveries.filter((r) => r.status === 'sent');
  const byCustomerType = new Map<string, DeliveryRecord[]>();
  for (const r of deliveries) {
    const k = key(r.customerId, r.type);
    byCustomerType.set(k, [...(byCustomerType.get(k) ?? []), r]);
  }
  const recordsOf = (customerId: string, type: string, eventId?: string) =>
    (byCustomerType.get(key(customerId, type)) ?? []).filter(
      (r) => eventId === undefined || r.eventId === eventId,
    );
  const v: Violations = Object.fromEntries(INVARIANTS.map((name) => [name, []])) as unknown as Violations;

  // 1. At most one sent per (eventId, customerId, type, channel), and journey step: a journey's messages
  // carry the bank event that started it, so its reminders share the event and the type.
  const sentCount = new Map<string, DeliveryRecord[]>();
  for (const r of sent) {
    const k = key(r.eventId, r.customerId, r.type, r.channel, r.journey ?? '', r.step ?? '');
    sentCount.set(k, [...(sentCount.get(k) ?? []), r]);
  }
  for (const list of sentCount.values()) {
    if (list.length > 1) {
      const [r] = list as [DeliveryRecord];
      v['at most one sent per (eventId, customerId, type, channel)'].push(
        `${list.length}× sent ${r.eventId} ${r.customerId} ${r.type} ${r.channel} (providerMessageIds ${list.map((x) => x.providerMessageId).join(', ')})`,
      );
    }
  }

  // 2. The oracle's expectations.
  for (const e of day.expectations) {
    const problem = unmet(e, recordsOf, rejected, emitted);
    if (problem) v['every notification the oracle calls for happens'].push(problem);
  }

  // 3. Every deferred message: exactly one later sent, failed or suppressed record for the same notificationId
  //    (and the same recipient and channel).
  const laterOutcomes = new Map<string, number[]>();
  output.records.forEach((r, index) => {
    if (r.kind === 'delivery' && SETTLED.has(r.status)) {
      const k = key(r.notificationId, r.customerId, r.channel);
      laterOutcomes.set(k, [...(laterOutcomes.get(k) ?? []), index]);
    }
  });
  output.records.forEach((r, index) => {
    if (r.kind !== 'delivery' || r.status !== 'deferred') return;
    const outcomes = (laterOutcomes.get(key(r.notificationId, r.customerId, r.channel)) ?? []).filter(
      (i) => i > index,
    );
    if (outcomes.length !== 1) {
      v['every deferred message settles exactly once'].push(
        `${outcomes.length} outcomes after deferred ${r.notificationId} (${r.eventId} ${r.customerId} ${r.type} ${r.channel}, deferred at ${r.time})`,
      );
    }
  });

  // 3b. A message job that ends in a dead-letter queue has a `failed` record (nothing dropped silently).
  const failedIds = new Set(
    deliveries
      .filter((r) => r.status === 'failed')
      .map((r) => key(r.notificationId, r.customerId, r.channel)),
  );
  for (const letter of output.deadLetters) {
    const job = messageJob(letter.body);
    if (job && !failedIds.has(key(job.notificationId, job.customerId, job.channel))) {
      v['every dead-lettered message has a failed record'].push(
        `${job.channel} job ${job.notificationId} (${job.eventId} ${job.customerId} ${job.type}) is in a dead-letter queue with no failed record`,
      );
    }
  }

  // 4. Every input event accounted for.
  const recordEventIds = new Set<string>([...deliveries, ...rejected].map((r) => r.eventId ?? ''));
  const emittedFor = new Set(
    emitted.map((r) => key(r.detailType, String((r.detail as { customerId?: unknown })?.customerId))),
  );
  for (const event of day.events) {
    const a = event.accounted;
    const ok =
      a.by === 'silent' ||
      (a.by === 'eventId' && recordEventIds.has(event.eventId)) ||
      (a.by === 'customer-types' && a.types.some((t) => recordsOf(a.customerId, t).length > 0)) ||
      (a.by === 'emitted' && emittedFor.has(key(a.detailType, a.customerId)));
    if (!ok) {
      v['every input event is accounted for'].push(
        `${event.source} ${event.detailType} ${event.eventId || '(no eventId)'}: expected ${a.by === 'customer-types' ? `a ${a.types.join('/')} record for ${a.customerId}` : a.by === 'emitted' ? `an emitted ${a.detailType} for ${a.customerId}` : 'a record with its eventId'}, found none`,
      );
    }
  }

  // 5. No rejection of a valid event. A redelivered erasure request may be turned away as about an erased
  //    customer (its occurredAt is the erasure's own).
  const expectedRejections = new Set(
    day.expectations.filter((e) => e.kind === 'rejected').map((e) => key(e.source, e.detailType, e.eventId)),
  );
  for (const r of rejected) {
    if (expectedRejections.has(key(r.source, r.detailType, r.eventId))) continue;
    if (r.detailType === 'Customer.ErasureRequested' && /erased/i.test(r.reason)) continue;
    v['no rejection of a valid event'].push(show(r));
  }

  // 6. Outbox ↔ sent records, one to one by providerMessageId.
  const outboxById = new Map<string, OutboxMessage[]>();
  for (const m of output.outbox)
    outboxById.set(m.providerMessageId, [...(outboxById.get(m.providerMessageId) ?? []), m]);
  const sentById = new Map<string, DeliveryRecord[]>();
  for (const r of sent)
    sentById.set(r.providerMessageId ?? '', [...(sentById.get(r.providerMessageId ?? '') ?? []), r]);
  for (const [id, list] of sentById) {
    const messages = outboxById.get(id) ?? [];
    if (list.length !== 1 || messages.length !== 1 || messages[0]?.channel !== list[0]?.channel) {
      v['outbox matches the sent records one to one'].push(
        `providerMessageId ${id || '(none)'}: ${list.length} sent record(s), ${messages.length} outbox message(s) (${list[0]?.eventId} ${list[0]?.type} ${list[0]?.channel})`,
      );
    }
  }
  for (const [id, messages] of outboxById) {
    if (!sentById.has(id)) {
      v['outbox matches the sent records one to one'].push(
        `outbox ${messages[0]?.channel} message ${id} at ${messages[0]?.time} has no sent record`,
      );
    }
  }

  // 7. No contact detail in any record or log line.
  const secrets = new Set<string>();
  for (const c of day.customers) {
    for (const value of [c.contacts.email, c.contacts.phone, c.contacts.whatsapp, c.contacts.pushToken]) {
      if (value) {
        secrets.add(value);
        if (value.startsWith('+')) secrets.add(value.slice(1));
      }
    }
  }
  const candidates = /[A-Za-z0-9._%+-]+@bankday\.example|bdpush[0-9a-f]+|\+?\d{9,15}/g;
  const scan = (where: string, text: string) => {
    for (const match of text.matchAll(candidates)) {
      if (secrets.has(match[0])) {
        v['no e-mail address, phone number or push token in records or logs'].push(
          `${where}: ${text.slice(0, 300)}`,
        );
        return;
      }
    }
  };
  for (const r of output.records) scan('record', JSON.stringify(r));
  for (const line of output.operational) scan('log', line);

  // 8. Consent: marketing only with the opt-in, transactional only with the grant (security needs none).
  const customers = new Map(day.customers.map((c) => [c.customerId, c]));
  for (const r of sent) {
    const c = customers.get(r.customerId);
    if (!c || c.erasedAt !== undefined || r.category === 'security') continue;
    const category = r.category === 'marketing' ? 'marketing' : 'transactional';
    if (c.grants[`${r.channel}:${category}`] !== true) {
      v['nothing sent without consent'].push(
        `${r.type} ${r.channel} to ${c.customerId} without ${category} consent: ${show(r)}`,
      );
    }
  }

  // 9. Erasure: nothing sent to the customer between the erasure and a new relationship.
  for (const r of sent) {
    const c = customers.get(r.customerId);
    if (!c?.erasedAt) continue;
    const at = Date.parse(r.time);
    if (at > c.erasedAt && (c.returnsAt === undefined || at < c.returnsAt)) {
      v['nothing sent to an erased customer'].push(
        `${r.type} ${r.channel} sent ${r.time} after erasure at ${new Date(c.erasedAt).toISOString()}: ${r.eventId}`,
      );
    }
  }
  return v;
}

interface MessageJob {
  notificationId: string;
  eventId: string;
  customerId: string;
  type: string;
  channel: string;
}

/** The message job a dead letter carries, if it is one (a channel queue's message). */
function messageJob(body: string): MessageJob | undefined {
  try {
    const job = JSON.parse(body) as Partial<MessageJob>;
    const fields = [job.notificationId, job.eventId, job.customerId, job.type, job.channel];
    return fields.every((f) => typeof f === 'string') ? (job as MessageJob) : undefined;
  } catch {
    return undefined;
  }
}

/** Why an expectation is not met, or undefined when it is. */
function unmet(
  e: Expectation,
  recordsOf: (customerId: string, type: string, eventId?: string) => DeliveryRecord[],
  rejected: readonly RejectedRecord[],
  emitted: readonly OutputRecord[],
): string | undefined {
  const what = (x: { eventId?: string; customerId: string; type: string }) =>
    `${x.type} ${x.eventId ?? '(any event)'} for ${x.customerId}`;
  const seen = (records: DeliveryRecord[]) =>
    records.length === 0
      ? 'no record'
      : records.map((r) => `${r.channel}/${r.status}${r.reason ? `/${r.reason}` : ''}`).join(', ');
  switch (e.kind) {
    case 'sent': {
      const records = recordsOf(e.customerId, e.type, e.eventId);
      if (records.some((r) => r.status === 'sent' && e.channels.includes(r.channel))) return undefined;
      // An e-mail the provider rejected for good (an injected fault) is an outcome, when no other channel is
      // expected to carry the message.
      const others = e.channels.filter((c) => c !== 'email');
      if (others.length === 0 && records.some((r) => r.channel === 'email' && r.status === 'failed'))
        return undefined;
      return `expected ${what(e)} sent on one of ${e.channels.join('/')} (${e.why}); saw ${seen(records)}`;
    }
    case 'deferred': {
      const records = recordsOf(e.customerId, e.type, e.eventId);
      if (records.some((r) => r.status === 'deferred' && r.reason === 'quiet_hours')) return undefined;
      return `expected ${what(e)} deferred for quiet_hours (${e.why}); saw ${seen(records)}`;
    }
    case 'suppressed': {
      const records = recordsOf(e.customerId, e.type, e.eventId);
      if (
        records.some(
          (r) =>
            r.status === 'suppressed' && r.reason === e.reason && (!e.channel || r.channel === e.channel),
        )
      )
        return undefined;
      return `expected ${what(e)} suppressed ${e.reason}${e.channel ? ` on ${e.channel}` : ''} (${e.why}); saw ${seen(records)}`;
    }
    case 'not-sent': {
      const records = recordsOf(e.customerId, e.type, e.eventId).filter((r) => r.status === 'sent');
      if (records.length === 0) return undefined;
      return `expected no ${what(e)} sent (${e.why}); saw ${seen(records)}`;
    }
    case 'rejected': {
      const records = rejected.filter(
        (r) => r.eventId === e.eventId && r.detailType === e.detailType && r.source === e.source,
      );
      if (records.length === 1 && e.mentions.test(records[0]?.reason ?? '')) return undefined;
      return `expected exactly one rejected record for ${e.source} ${e.detailType} ${e.eventId} mentioning ${e.mentions} (${e.why}); saw ${records.length}${records.length ? `: ${[...new Set(records.map((r) => r.reason))].join(' | ')}` : ''}`;
    }
    case 'emitted':
    case 'not-emitted': {
      const matching = emitted.filter(
        (r) =>
          r.kind === 'emitted' &&
          r.detailType === e.detailType &&
          Object.entries(e.detail).every(
            ([k, value]) => (r.detail as Record<string, unknown>)?.[k] === value,
          ),
      );
      if ((e.kind === 'emitted') === matching.length > 0) return undefined;
      return `expected ${e.kind === 'emitted' ? 'an' : 'no'} emitted ${e.detailType} ${JSON.stringify(e.detail)} (${e.why}); saw ${matching.length}`;
    }
  }
}

/**
 * An assertion message: how many violations, how many of each kind (the text with its ids and times left
 * out), and a few examples.
 */
export function describeViolations(name: string, found: readonly string[], examples = 5): string {
  if (found.length === 0) return `${name}: none`;
  const kinds = new Map<string, number>();
  for (const text of found) {
    const kind = text
      .replace(/\(providerMessageIds [^)]*\)/, '')
      .replace(/bd\d+-[a-z]+-[0-9a-f]+/g, '<id>')
      .replace(/bd\d+-c\d+/g, '<customer>')
      .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '<time>')
      .replace(/(?<![\w-])[\w-]{22}(?![\w-])/g, '<notificationId>');
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  return [
    `${name}: ${found.length} violation(s), by kind:`,
    ...[...kinds]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30)
      .map(([kind, count]) => `  ${count}× ${kind}`),
    'e.g.',
    ...found.slice(0, examples).map((x) => `  - ${x}`),
  ].join('\n');
}
