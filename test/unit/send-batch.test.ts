// The sender's batch loop and its provider clients: a job is only started while the invocation has time for
// it, and a provider call is made once (Herald's own retry, not the SDK's, handles throttling).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Logger } from '@aws-lambda-powertools/logger';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDER_CLIENT_CONFIG } from '../../shared/adapters/aws/provider-client.ts';
import { JOB_TIME_BUDGET_MS, sendBatch } from '../../shared/adapters/lambda/send-batch.ts';
import type { SendDeps } from '../../shared/application/send-message.ts';
import type { MessageJob } from '../../shared/ports/queues.ts';

const job = (n: number): MessageJob => ({
  notificationId: `n-${n}`,
  eventId: `e-${n}`,
  customerId: `c-${n}`,
  type: 'statement.ready',
  category: 'transactional',
  channel: 'email',
  to: `c-${n}@example.com`,
  occurredAt: '2026-03-03T10:00:00Z',
  message: { locale: 'en', template: 'statement.ready/email/en', subject: 's', text: 't' } as never,
});
const batch = (jobs: MessageJob[]): SQSEvent =>
  ({
    Records: jobs.map((j, i) => ({ messageId: `m-${i}`, body: JSON.stringify(j), attributes: {} })),
  }) as never;

describe('sendBatch and the time left', () => {
  it('puts back, unsent and not failed, the jobs the invocation has no time left for', async () => {
    // Prepare: time for exactly one job
    const requeued: MessageJob[] = [];
    const sent: string[] = [];
    let remaining = JOB_TIME_BUDGET_MS + 500;
    const deps = {
      ledger: { beginSend: async () => 'go', markSent: async () => 'recorded' },
      sender: {
        send: async (j: MessageJob) => {
          sent.push(j.notificationId);
          remaining = JOB_TIME_BUDGET_MS - 1;
          return `p-${j.notificationId}`;
        },
      },
      log: { write: () => undefined },
      suppressions: { reasonFor: async () => undefined },
      now: () => new Date('2026-03-03T10:00:01Z'),
      leaseMs: 60_000,
      queue: { enqueue: async (j: MessageJob) => void requeued.push(j) },
    } as unknown as SendDeps;
    // Act
    const result = await sendBatch(
      batch([job(1), job(2), job(3)]),
      deps,
      new Logger({ logLevel: 'SILENT' }),
      5,
      () => remaining,
    );
    // Assess
    expect(sent).toEqual(['n-1']);
    expect(requeued.map((j) => j.notificationId)).toEqual(['n-2', 'n-3']);
    expect(result.batchItemFailures).toEqual([]);
  });
});

describe('provider clients', () => {
  let calls = 0;
  const server = createServer((_req, res) => {
    calls += 1;
    res.writeHead(429, {
      'content-type': 'application/json',
      'x-amzn-errortype': 'TooManyRequestsException',
    });
    res.end(JSON.stringify({ message: 'Maximum sending rate exceeded.' }));
  });
  beforeAll(() => new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok())));
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  it('make one attempt per call: a throttled SendEmail is not retried by the SDK', async () => {
    // Prepare
    const client = new SESv2Client({
      ...PROVIDER_CLIENT_CONFIG,
      region: 'eu-west-1',
      endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    // Act
    const error = await client
      .send(new SendEmailCommand({ FromEmailAddress: 'a@example.com', Content: {} }))
      .catch((e: unknown) => e);
    // Assess
    expect((error as Error).name).toBe('TooManyRequestsException');
    expect(calls).toBe(1);
  });
});
