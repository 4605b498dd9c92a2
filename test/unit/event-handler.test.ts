// The bank-event plumbing (shared/adapters/lambda/event-handler.ts): correlation ids before validation, one
// rejection through the dead-letter queue with the reason, the use case of the event's DetailType, and
// nothing of one invocation on the lines of the next. The ports are in-memory; the Logger is Powertools'
// own, its JSON lines read from stdout and stderr.
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, EventBridgeEvent } from 'aws-lambda';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventHandler } from '../../shared/adapters/lambda/event-handler.ts';
import type { CustomerGateDeps } from '../../shared/application/erasure-gate.ts';
import { reject } from '../../shared/application/event-routes.ts';
import { objectOf } from '../../shared/contract/common.ts';

const schema = objectOf({
  eventId: v.string(),
  customerId: v.string(),
  occurredAt: v.string(),
  caseId: v.string(),
  amount: v.number(),
});
const detail = (eventId: string, more: Record<string, unknown> = {}) => ({
  eventId,
  customerId: 'c-1',
  occurredAt: '2026-03-03T10:00:00Z',
  caseId: `case-${eventId}`,
  amount: 1,
  ...more,
});
const busEvent = (detailType: string, body: unknown): EventBridgeEvent<string, unknown> =>
  ({ id: 'x', source: 'bank.core', 'detail-type': detailType, time: '', detail: body }) as never;
const context = { functionName: 'f', awsRequestId: 'r' } as Context;

/** The ports a rejecting function has, in memory: the DLQ, the claims, the tombstones, the delivery log. */
function gate(erasedAt?: string) {
  const deadLettered: { eventId?: string; reason: string }[] = [];
  const claims = new Set<string>();
  const records: { kind: string; eventId?: string; reason?: string }[] = [];
  const deps: CustomerGateDeps = {
    deadLetters: { reject: async (entry) => void deadLettered.push(entry) },
    rejections: {
      isClaimed: async (key) => claims.has(key),
      claim: async (key) => !claims.has(key) && Boolean(claims.add(key)),
    },
    erasures: {
      get: async () => (erasedAt ? { erasedAt, complete: true } : undefined),
    } as unknown as CustomerGateDeps['erasures'],
    log: { write: (record) => void records.push(record) },
    now: () => new Date('2026-03-03T10:00:01Z'),
  };
  return { deps, deadLettered, records };
}

let lines: Record<string, unknown>[] = [];
beforeEach(() => {
  lines = [];
  // Powertools writes INFO lines to stdout, WARN and ERROR lines to stderr.
  for (const stream of [process.stdout, process.stderr])
    vi.spyOn(stream, 'write').mockImplementation((chunk) => {
      for (const line of String(chunk).split('\n')) if (line.startsWith('{')) lines.push(JSON.parse(line));
      return true;
    });
});
afterEach(() => vi.restoreAllMocks());

/** A handler of two DetailTypes whose use cases record what they were given. */
function handlerOf(ports: ReturnType<typeof gate>) {
  const ran: string[] = [];
  const handler = eventHandler(
    {
      'Case.Opened': {
        schema,
        keys: (d) => ({ caseId: d.caseId }),
        run: async (d) => {
          ran.push(d.eventId);
          return d.amount > 100 ? reject('detail.amount: no case of this size') : 'opened';
        },
      },
      'Case.Answered': { schema, afterErasure: true, run: async (d) => void ran.push(d.eventId) },
      'Case.Mirrored': { schema, rejectedBy: 'another-function', run: async (d) => void ran.push(d.eventId) },
    },
    ports.deps,
    { logger: new Logger({ serviceName: 'test' }) },
  );
  return { ran, invoke: (e: EventBridgeEvent<string, unknown>) => handler(e, context) };
}

describe('eventHandler', () => {
  it('runs the use case of the event’s DetailType and logs its outcome with the correlation ids', async () => {
    // Prepare
    const ports = gate();
    const { ran, invoke } = handlerOf(ports);
    // Act
    await invoke(busEvent('Case.Opened', detail('e-1')));
    // Assess
    expect(ran).toEqual(['e-1']);
    expect(lines).toEqual([
      expect.objectContaining({
        message: 'event processed',
        outcome: 'opened',
        eventId: 'e-1',
        detailType: 'Case.Opened',
        caseId: 'case-e-1',
      }),
    ]);
    expect(ports.deadLettered).toEqual([]);
  });

  it('rejects an invalid detail once, naming the field, with its eventId on the line and in the DLQ', async () => {
    // Prepare
    const ports = gate();
    const { ran, invoke } = handlerOf(ports);
    const invalid = busEvent('Case.Opened', detail('e-2', { amount: 'lots' }));
    // Act: delivered twice, as EventBridge may
    await invoke(invalid);
    await invoke(invalid);
    // Assess
    expect(ran).toEqual([]);
    expect(ports.deadLettered).toHaveLength(1);
    expect(ports.deadLettered[0]).toMatchObject({
      eventId: 'e-2',
      reason: expect.stringMatching(/^detail\.amount/),
    });
    expect(ports.records).toEqual([expect.objectContaining({ kind: 'rejected', eventId: 'e-2' })]);
    expect(lines.map((l) => [l.message, l.eventId])).toEqual([
      ['event rejected', 'e-2'],
      ['event rejected', 'e-2'],
    ]);
    expect(lines[0]?.reason).toMatch(/^detail\.amount/);
  });

  it('rejects an event of a DetailType no route takes, naming the ones it takes', async () => {
    // Prepare
    const ports = gate();
    const { invoke } = handlerOf(ports);
    // Act
    await invoke(busEvent('Case.Closed', detail('e-3')));
    // Assess
    expect(ports.deadLettered.map((d) => d.reason)).toEqual([
      'detail-type: Case.Closed is not one of Case.Opened, Case.Answered, Case.Mirrored',
    ]);
    expect(lines).toEqual([expect.objectContaining({ message: 'event rejected', eventId: 'e-3' })]);
  });

  it('rejects the event when its use case answers reject(reason)', async () => {
    // Prepare
    const ports = gate();
    const { ran, invoke } = handlerOf(ports);
    // Act
    await invoke(busEvent('Case.Opened', detail('e-4', { amount: 1000 })));
    // Assess
    expect(ran).toEqual(['e-4']);
    expect(ports.deadLettered.map((d) => [d.eventId, d.reason])).toEqual([
      ['e-4', 'detail.amount: no case of this size'],
    ]);
    expect(lines).toEqual([
      expect.objectContaining({ message: 'event rejected', eventId: 'e-4', caseId: 'case-e-4' }),
    ]);
  });

  it('rejects an event from before the customer’s erasure where the route asks, and does not run it', async () => {
    // Prepare
    const ports = gate('2026-03-03T12:00:00Z');
    const { ran, invoke } = handlerOf(ports);
    // Act
    await invoke(busEvent('Case.Answered', detail('e-5')));
    // Assess
    expect(ran).toEqual([]);
    expect(ports.deadLettered.map((d) => [d.eventId, d.reason])).toEqual([['e-5', 'erased customer']]);
    expect(lines).toEqual([expect.objectContaining({ message: 'event rejected', eventId: 'e-5' })]);
  });

  it('leaves an invalid event to the function named by rejectedBy: not rejected here, not run', async () => {
    // Prepare
    const ports = gate();
    const { ran, invoke } = handlerOf(ports);
    // Act
    await invoke(busEvent('Case.Mirrored', detail('e-6', { caseId: 7 })));
    // Assess
    expect(ran).toEqual([]);
    expect(ports.deadLettered).toEqual([]);
    expect(lines).toEqual([
      expect.objectContaining({
        message: 'invalid event not acted on',
        eventId: 'e-6',
        rejectedBy: 'another-function',
      }),
    ]);
  });

  it('keeps nothing of one invocation on the lines of the next (clearState)', async () => {
    // Prepare
    const ports = gate();
    const { invoke } = handlerOf(ports);
    await invoke(busEvent('Case.Opened', detail('e-7')));
    // Act: an event whose eventId the contract refuses, so that none is appended
    await invoke(busEvent('Case.Opened', detail('', { amount: 'lots' })));
    // Assess
    expect(lines.map((l) => [l.message, l.eventId, l.caseId])).toEqual([
      ['event processed', 'e-7', 'case-e-7'],
      ['event rejected', undefined, undefined],
    ]);
  });
});
