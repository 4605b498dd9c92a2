// The local stack's timeline (local/timeline.ts) and queues (local/visible-messages.ts): the order a
// sorted list and a scan of every message gave, at the cost of a heap and a list per queue.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../local/timeline.ts';
import { VisibleMessages } from '../../local/visible-messages.ts';

describe('Timeline', () => {
  it('gives items back by time, and in the order they were planned at equal times, however they interleave', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant<'take'>('take')), { maxLength: 300 }),
        (steps) => {
          // Prepare: a plain list sorted after every insertion, as the runtime kept it before
          const timeline = new Timeline();
          const sorted: { at: number; what: string }[] = [];
          const taken: string[] = [];
          const expected: string[] = [];
          // Act
          steps.forEach((step, i) => {
            if (step === 'take') {
              const next = timeline.take();
              if (next) taken.push(next.what);
              const first = sorted.shift();
              if (first) expected.push(first.what);
              return;
            }
            timeline.add(step, `#${i}`, () => undefined);
            sorted.push({ at: step, what: `#${i}` });
            sorted.sort((a, b) => a.at - b.at);
          });
          for (let next = timeline.take(); next; next = timeline.take()) taken.push(next.what);
          expected.push(...sorted.map((s) => s.what));
          // Assess
          expect(taken).toEqual(expected);
          expect(timeline.size).toBe(0);
        },
      ),
    );
  });
});

describe('VisibleMessages', () => {
  it('serves the queue whose first message came first, each queue in arrival order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('q1', 'q2', 'q3'), fc.integer({ min: 1, max: 4 })), {
          maxLength: 200,
        }),
        (steps) => {
          // Prepare: one list of every message, as the runtime kept it before
          const visible = new VisibleMessages<{ queueArn: string; id: number }>();
          const all: { queueArn: string; id: number }[] = [];
          const served: number[][] = [];
          const expected: number[][] = [];
          const wanted = (arn: string) => arn !== 'q3';
          // Act: a queue name is a message arriving, a number a batch of that size served
          steps.forEach((step, id) => {
            if (typeof step === 'string') {
              visible.push({ queueArn: step, id });
              all.push({ queueArn: step, id });
              return;
            }
            const arn = visible.oldest(wanted);
            served.push(arn ? visible.take(arn, step).map((m) => m.id) : []);
            const first = all.find((m) => wanted(m.queueArn));
            const batch = first ? all.filter((m) => m.queueArn === first.queueArn).slice(0, step) : [];
            for (const m of batch) all.splice(all.indexOf(m), 1);
            expected.push(batch.map((m) => m.id));
          });
          // Assess
          expect(served).toEqual(expected);
          expect(visible.takeAll((arn) => !wanted(arn)).map((m) => m.id)).toEqual(
            all.filter((m) => !wanted(m.queueArn)).map((m) => m.id),
          );
        },
      ),
    );
  });
});
