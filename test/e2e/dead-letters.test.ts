// A job that ends in the dead-letter queue, on the local stack: SES is down (every SendEmail answers 500)
// for as long as the e-mail jobs are received, so they dead-letter. Each leaves one failed/dead_lettered
// record and the ledger marks it failed, so its fallback channel goes out; after a redrive (what
// `herald redrive` starts on AWS) with SES back, nothing is sent twice, and a message with no fallback is
// sent once.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BusEntry, LocalHerald } from '../../local/runtime.ts';
import type { DeliveryRecord } from '../../shared/domain/delivery-record.ts';

const START = new Date('2026-03-02T08:00:00Z');
const entry = (time: string, detailType: string, detail: Record<string, unknown>): BusEntry => ({
  Source: 'bank.core',
  DetailType: detailType,
  Time: time,
  Detail: { occurredAt: time, ...detail },
});
const consent = (customerId: string, channel: 'email' | 'sms') =>
  entry('2026-03-02T08:00:01Z', 'Consent.Changed', {
    eventId: `dl-c-${customerId}-${channel}`,
    customerId,
    channel,
    category: 'transactional',
    granted: true,
    source: 'app',
  });
const upsert = (customerId: string, contacts: Record<string, string>) =>
  entry('2026-03-02T08:00:00Z', 'Customer.Upserted', {
    eventId: `dl-u-${customerId}`,
    customerId,
    name: { given: 'Eva' },
    locale: 'de-DE',
    timeZone: 'Europe/Berlin',
    contacts,
  });
const statement = (customerId: string) =>
  entry('2026-03-03T09:00:00Z', 'Statement.Ready', {
    eventId: `dl-s-${customerId}`,
    customerId,
    accountId: 'DE00ACC1',
    period: '2026-02',
  });

/**
 * SES, with an outage the test switches on and off: while `down`, every call is answered 500
 * InternalFailure (the sender fails the job, and the queue delivers it again); otherwise calls go through to the
 * local SES endpoint.
 */
class SesOutage {
  down = true;
  private server: Server | undefined;
  async start(target: string): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        if (this.down) {
          res.writeHead(500, { 'content-type': 'application/json', 'x-amzn-errortype': 'InternalFailure' });
          res.end(JSON.stringify({ message: 'SES is unavailable' }));
          return;
        }
        const forward = request(
          `${target}${req.url}`,
          { method: req.method, headers: req.headers },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        forward.end(Buffer.concat(chunks));
      });
    });
    await new Promise<void>((ok) => this.server?.listen(0, '127.0.0.1', () => ok()));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  stop(): Promise<void> {
    return new Promise((ok) => (this.server ? this.server.close(() => ok()) : ok()));
  }
}

let herald: LocalHerald;
const ses = new SesOutage();
const deliveries = () =>
  herald.records
    .filter((r): r is DeliveryRecord => r.kind === 'delivery')
    .map((r) => `${r.customerId} ${r.channel} ${r.status}${r.reason ? ` ${r.reason}` : ''}`);

beforeAll(async () => {
  herald = await LocalHerald.start({ operationalLog: () => undefined }, START);
  // The send-email function is loaded on its first job, after this: its SES client goes through the outage.
  process.env.AWS_ENDPOINT_URL_SESV2 = await ses.start(String(process.env.AWS_ENDPOINT_URL_SESV2));
  // d-1 has e-mail and SMS (the statement falls back to SMS); d-2 has e-mail only (no fallback).
  const entries = [
    upsert('d-1', { email: 'eva@example.com', phone: '+4915100000001' }),
    consent('d-1', 'email'),
    consent('d-1', 'sms'),
    upsert('d-2', { email: 'max@example.com' }),
    consent('d-2', 'email'),
    statement('d-1'),
    statement('d-2'),
  ];
  for (const e of entries) {
    await herald.advanceTo(Date.parse(String(e.Time)));
    await herald.put(e);
  }
  await herald.runToEnd();
});
afterAll(async () => {
  await herald?.stop();
  await ses.stop();
});

describe('a job that ends in the dead-letter queue (local stack)', () => {
  it('leaves exactly one failed/dead_lettered record per job, and its fallback channel goes out', () => {
    expect(deliveries().sort()).toEqual([
      'd-1 email failed dead_lettered',
      'd-1 sms sent',
      'd-2 email failed dead_lettered',
    ]);
    expect(herald.outbox.map((m) => m.channel)).toEqual(['sms']);
  });

  it('keeps the jobs in the job DLQ, each knowing the queue it came from', () => {
    const emailQueue = herald.model.queues.find((q) => q.logicalId.startsWith('EmailQueue'));
    expect(herald.deadLetters).toHaveLength(2);
    for (const dead of herald.deadLetters) expect(dead.sourceQueueArn).toBe(emailQueue?.arn);
  });

  it('after a redrive with SES back: the superseded e-mail is not sent, the one without a fallback is sent once', async () => {
    // Prepare
    ses.down = false;
    const before = deliveries().length;
    // Act
    const moved = await herald.redriveDeadLetters();
    await herald.runToEnd();
    // Assess
    expect(moved).toBe(2);
    expect(herald.deadLetters).toEqual([]);
    expect(deliveries().slice(before)).toEqual(['d-2 email sent']);
    expect(herald.outbox.map((m) => m.channel).sort()).toEqual(['email', 'sms']);
    // At most one sent per (event, customer, type, channel).
    const sent = herald.records.filter(
      (r): r is DeliveryRecord => r.kind === 'delivery' && r.status === 'sent',
    );
    expect(new Set(sent.map((r) => `${r.eventId} ${r.customerId} ${r.type} ${r.channel}`)).size).toBe(
      sent.length,
    );
  });

  it('a second redrive finds nothing to move and sends nothing', async () => {
    const sentBefore = herald.outbox.length;
    expect(await herald.redriveDeadLetters()).toBe(0);
    await herald.runToEnd();
    expect(herald.outbox).toHaveLength(sentBefore);
  });
});
