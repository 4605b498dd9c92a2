// The SQS plumbing (shared/adapters/lambda/sqs-handler.ts) on Powertools' batch processor: the partial batch
// response names exactly the records SQS must keep, a record of the wrong shape fails alone, a last receive
// is given up on, and each record's lines carry its own correlation ids and no other's. The Logger is
// Powertools' own, its JSON lines read from stdout and stderr.
import { Logger } from '@aws-lambda-powertools/logger';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import fc from 'fast-check';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bodyCorrelation } from '../../shared/adapters/lambda/correlation.ts';
import { KEEP, processSqsBatch, type SqsJobs } from '../../shared/adapters/lambda/sqs-handler.ts';
import { parseInternalJson } from '../../shared/contract/internal/parse.ts';

/** A job that says what its run does: succeed, throw, or have SQS keep it without an error. */
const jobSchema = v.object({
  eventId: v.string(),
  notificationId: v.string(),
  does: v.picklist(['succeed', 'throw', 'keep']),
});
type Job = v.InferOutput<typeof jobSchema>;
type Kind = Job['does'] | 'malformed';

const body = (n: number, kind: Kind) =>
  JSON.stringify({ eventId: `e-${n}`, notificationId: `n-${n}`, does: kind === 'malformed' ? 42 : kind });
const batch = (kinds: Kind[], receive = 1): SQSEvent => ({
  Records: kinds.map(
    (kind, n) =>
      ({
        messageId: `m-${n}`,
        body: body(n, kind),
        attributes: { ApproximateReceiveCount: String(receive) },
      }) as unknown as SQSRecord,
  ),
});

function jobsOf(ran: string[], giveUp?: SqsJobs<Job>['giveUp']): SqsJobs<Job> {
  return {
    what: 'test job',
    parse: (record) => parseInternalJson(jobSchema, record.body, 'test job'),
    ids: (record) => bodyCorrelation(record.body),
    run: async (job) => {
      ran.push(job.notificationId);
      if (job.does === 'throw') throw new Error('provider unavailable');
      return job.does === 'keep' ? KEEP : undefined;
    },
    ...(giveUp ? { giveUp, maxReceiveCount: 3 } : {}),
  };
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

describe('processSqsBatch', () => {
  it('reports exactly the records that failed or must be kept, and runs every other one', async () => {
    // Prepare
    const ran: string[] = [];
    // Act
    const response = await processSqsBatch(
      batch(['succeed', 'throw', 'succeed', 'keep']),
      jobsOf(ran),
      new Logger(),
    );
    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'm-1' }, { itemIdentifier: 'm-3' }]);
    expect(ran).toEqual(['n-0', 'n-1', 'n-2', 'n-3']);
  });

  it('fails a record of the wrong shape alone, naming the field, and runs the rest', async () => {
    // Prepare
    const ran: string[] = [];
    // Act
    const response = await processSqsBatch(
      batch(['succeed', 'malformed', 'succeed']),
      jobsOf(ran),
      new Logger(),
    );
    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'm-1' }]);
    expect(ran).toEqual(['n-0', 'n-2']);
    expect(lines).toEqual([
      expect.objectContaining({
        message: 'test job will be retried',
        messageId: 'm-1',
        malformed: 'test job.does: Invalid type: Expected ("succeed" | "throw" | "keep") but received 42',
      }),
    ]);
  });

  it('answers a batch whose every record failed with every record, without failing the invocation', async () => {
    // Act
    const response = await processSqsBatch(batch(['throw', 'malformed']), jobsOf([]), new Logger());
    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'm-0' }, { itemIdentifier: 'm-1' }]);
  });

  it('gives a failing record up on its last receive only, and deletes it when giveUp says so', async () => {
    // Prepare
    const givenUp: string[] = [];
    const giveUp: SqsJobs<Job>['giveUp'] = async (record, failure) => {
      givenUp.push(`${record.messageId}:${'malformed' in failure ? 'malformed' : 'failed'}`);
      return record.messageId === 'm-1';
    };
    // Act
    const before = await processSqsBatch(batch(['throw', 'malformed'], 2), jobsOf([], giveUp), new Logger());
    const last = await processSqsBatch(batch(['throw', 'malformed'], 3), jobsOf([], giveUp), new Logger());
    // Assess
    expect(before.batchItemFailures).toEqual([{ itemIdentifier: 'm-0' }, { itemIdentifier: 'm-1' }]);
    expect(last.batchItemFailures).toEqual([{ itemIdentifier: 'm-1' }]);
    expect(givenUp).toEqual(['m-0:failed', 'm-1:malformed']);
  });

  it('puts each record’s correlation ids, and no other record’s, on every line about it', async () => {
    // Prepare
    const logger = new Logger();
    const jobs = jobsOf([]);
    const run = jobs.run;
    jobs.run = async (job, record, context) => {
      logger.info('running');
      return run(job, record, context);
    };
    // Act
    await processSqsBatch(batch(['succeed', 'throw', 'malformed', 'keep']), jobs, logger);
    // Assess
    expect(lines.map((l) => [l.message, l.eventId, l.notificationId])).toEqual([
      ['running', 'e-0', 'n-0'],
      ['running', 'e-1', 'n-1'],
      ['test job will be retried', 'e-1', 'n-1'],
      ['test job will be retried', 'e-2', 'n-2'],
      ['running', 'e-3', 'n-3'],
    ]);
  });

  it('reports exactly the failing records of any batch (property, fixed seed)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom<Kind>('succeed', 'throw', 'keep', 'malformed'), {
          minLength: 1,
          maxLength: 10,
        }),
        async (kinds) => {
          // Prepare
          const ran: string[] = [];
          // Act
          const response = await processSqsBatch(
            batch(kinds),
            jobsOf(ran),
            new Logger({ logLevel: 'SILENT' }),
          );
          // Assess
          const failing = kinds.flatMap((kind, n) =>
            kind === 'succeed' ? [] : [{ itemIdentifier: `m-${n}` }],
          );
          expect(response.batchItemFailures).toEqual(failing);
          expect(ran).toEqual(kinds.flatMap((kind, n) => (kind === 'malformed' ? [] : [`n-${n}`])));
        },
      ),
      { seed: 20_260_303, numRuns: 200 },
    );
  });
});
