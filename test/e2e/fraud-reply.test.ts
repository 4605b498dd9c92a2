// The fraud reply loop through the local stack (test/e2e/fixtures/fraud-reply.jsonl, played as `herald
// replay` plays it): the workflow from the synthesized template parks in its `.waitForTaskToken` Tasks
// (local/stepfunctions.ts stand-in) until Customer.Replied, a signed link, an SMS or a WhatsApp reply
// resumes it, or its timeouts run out on the simulated clock. The link endpoint and the inbound SMS /
// WhatsApp function are driven directly, at their times, with tokens taken from the outbox.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmittedRecord } from '../../local/records.ts';
import { parseEntries } from '../../local/replay.ts';
import { LocalHerald } from '../../local/runtime.ts';
import { DynamoDbFraudCases } from '../../shared/adapters/dynamodb/fraud-cases.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'fraud-reply.jsonl');
const outDir = mkdtempSync(join(tmpdir(), 'herald-fraud-reply-'));
let herald: LocalHerald;
/** What each call to the link endpoint answered, by name. */
const pages = new Map<string, APIGatewayProxyStructuredResultV2>();

const at = (hhmm: string) => Date.parse(`2026-03-03T${hhmm}:00Z`);
const tokenOf = (href: string) => new URL(href.replaceAll('&amp;', '&')).searchParams.get('t') ?? '';
/** The YES and NO tokens of the customer's fraud alert e-mail. */
function alertTokens(customer: string): { yes: string; no: string } {
  const email = herald.outbox.find(
    (m) => m.channel === 'email' && m.to.includes(`${customer}@example.com`) && m.subject.includes('Did you'),
  );
  const html = readFileSync(email?.files.find((f) => f.endsWith('.html')) ?? '', 'utf8');
  const [yes, no] = [...html.matchAll(/https:\/\/bank\.example\/fraud-reply\?t=[A-Za-z0-9_.&;=-]+/g)].map(
    (m) => tokenOf(m[0]),
  );
  return { yes: yes ?? '', no: no ?? '' };
}
const link = async (name: string, method: 'GET' | 'POST', token: string) => {
  const event = {
    requestContext: { http: { method } },
    ...(method === 'GET'
      ? { queryStringParameters: { t: token } }
      : {
          body: Buffer.from(new URLSearchParams({ t: token }).toString()).toString('base64'),
          isBase64Encoded: true,
        }),
  };
  pages.set(
    name,
    (await herald.invokeFunction('fraud-reply-link', event)) as APIGatewayProxyStructuredResultV2,
  );
};
const sns = (message: unknown) => ({ Records: [{ Sns: { Message: JSON.stringify(message) } }] });
const whatsApp = (from: string, payload: string) =>
  sns({
    aws_account_id: '000000000000',
    whatsAppWebhookEntry: JSON.stringify({
      id: 'waba-1',
      changes: [
        {
          field: 'messages',
          value: {
            messaging_product: 'whatsapp',
            messages: [{ from, id: 'wamid.1', type: 'button', button: { payload, text: 'Ya' } }],
          },
        },
      ],
    }),
  });

/** What happens between the fixture's entries, at its time. */
const actions: [number, () => Promise<void>][] = [
  [
    at('16:05'),
    async () => {
      const { yes, no } = alertTokens('c-link');
      // A forged link: the NO token with its answer flipped in the payload (the MAC no longer matches).
      const [payload, mac] = no.split('.');
      const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
      const forged = `${Buffer.from(JSON.stringify({ ...claims, a: 'y' })).toString('base64url')}.${mac}`;
      await link('forged', 'POST', forged);
      await link('preview', 'GET', no);
      await link('no', 'POST', no);
      await link('no again', 'POST', no);
      await link('yes after no', 'POST', yes);
    },
  ],
  [
    at('18:31'),
    async () => {
      await link('expired', 'POST', alertTokens('c-expired').no);
    },
  ],
  [
    at('19:03'),
    async () => {
      await herald.invokeFunction(
        'fraud-reply-inbound',
        sns({
          originationNumber: '+40700000008',
          destinationNumber: '+447700000000',
          messageBody: 'Nu, nu am fost eu',
        }),
      );
    },
  ],
  [
    at('20:04'),
    async () => {
      // Another number cannot answer the case, even with its payload; the customer's own number can.
      await herald.invokeFunction('fraud-reply-inbound', whatsApp('6281299999999', 'FRAUD_NO:case-wa'));
      await herald.invokeFunction('fraud-reply-inbound', whatsApp('6281200000009', 'FRAUD_YES:case-wa'));
    },
  ],
];

beforeAll(async () => {
  const { entries, problems } = parseEntries(readFileSync(FIXTURE, 'utf8'));
  expect(problems).toEqual([]);
  herald = await LocalHerald.start(
    { outDir, operationalLog: () => undefined },
    new Date(entries[0]?.time ?? 0),
  );
  const steps = [
    ...entries.map(({ time, entry }) => [time, () => herald.put(entry)] as const),
    ...actions,
  ].sort((a, b) => a[0] - b[0]);
  for (const [time, run] of steps) {
    await herald.advanceTo(time);
    await run();
  }
  await herald.runToEnd();
});
afterAll(async () => {
  await herald?.stop();
  rmSync(outDir, { recursive: true, force: true });
});

const emitted = (caseId: string) =>
  herald.records
    .filter(
      (r): r is EmittedRecord => r.kind === 'emitted' && (r.detail as { caseId?: string }).caseId === caseId,
    )
    .map((r) => ({ time: r.time, detailType: r.detailType, detail: r.detail as Record<string, unknown> }));
const loop = (customerId: string) =>
  herald.records
    .filter(
      (r): r is DeliveryRecord =>
        r.kind === 'delivery' && r.customerId === customerId && r.journey === 'fraud_reply',
    )
    .map((r) => `${r.time} ${r.type} ${r.channel} ${r.status}`);
const executionsOf = (customerId: string) =>
  (herald.stepFunctions?.list() ?? []).filter(
    (e) => e.name.startsWith('fraud-reply-') && JSON.parse(e.input).customerId === customerId,
  );

describe('fraud reply loop (herald replay test/e2e/fixtures/fraud-reply.jsonl)', () => {
  it('answered `fraud` by Customer.Replied: Card.HoldRequested and Fraud.CustomerReplied, and a confirmation', () => {
    expect(emitted('case-fraud')).toEqual([
      {
        time: '2026-03-03T10:05:00.000Z',
        detailType: 'Fraud.CustomerReplied',
        detail: expect.objectContaining({ customerId: 'c-fraud', caseId: 'case-fraud', answer: 'fraud' }),
      },
      {
        time: '2026-03-03T10:05:00.000Z',
        detailType: 'Card.HoldRequested',
        detail: expect.objectContaining({
          customerId: 'c-fraud',
          caseId: 'case-fraud',
          cardId: 'card-1111',
          reason: 'customer_reported_fraud',
        }),
      },
    ]);
    expect(loop('c-fraud')).toEqual(['2026-03-03T10:05:00.000Z fraud.confirmation sms sent']);
  });

  it('resumes the same execution the alert started: one per case, even for a redelivered Fraud.Suspected', () => {
    const executions = executionsOf('c-fraud');
    expect(executions).toHaveLength(1);
    expect(executions[0]?.history).toEqual([
      'Plan',
      'AfterPlan',
      'AwaitReply',
      'Conclude',
      'AnyEvents',
      'Emit',
      'Done',
    ]);
    expect(executions[0]?.stopDate).toBe('2026-03-03T10:05:00.000Z');
  });

  it('a second answer (genuine, a minute later) changes nothing', async () => {
    // The case as stored: still the first answer, closed on it.
    const tableName =
      herald.model.functions.find((f) => f.name === 'fraud-reply-events')?.environment.TABLE_NAME ?? '';
    const cases = new DynamoDbFraudCases(new DynamoDBClient({}), tableName);
    expect(await cases.get({ customerId: 'c-fraud', caseId: 'case-fraud' })).toMatchObject({
      status: 'closed',
      answer: 'fraud',
      channel: 'app',
      answeredAt: '2026-03-03T10:05:00.000Z',
      outcome: 'hold',
    });
    expect(emitted('case-fraud')).toHaveLength(2);
    expect(emitted('case-fraud').filter((e) => e.detail.answer === 'genuine')).toEqual([]);
    expect(loop('c-fraud').filter((r) => r.includes('fraud.thanks'))).toEqual([]);
  });

  it('answered `genuine`: no hold, Fraud.CustomerReplied, and thanks in the customer’s language', () => {
    expect(emitted('case-genuine').map((e) => [e.detailType, e.detail.answer])).toEqual([
      ['Fraud.CustomerReplied', 'genuine'],
    ]);
    expect(loop('c-genuine')).toEqual(['2026-03-03T11:02:00.000Z fraud.thanks sms sent']);
    const thanks = herald.outbox.find(
      (m) => m.channel === 'sms' && m.to === '+4915100000002' && m.time.includes('11:02'),
    );
    expect(thanks?.channel === 'sms' && thanks.text).toContain('Endziffern 2222');
  });

  it('unanswered: escalates once on the next channel at the deadline, then the default (hold) at the end of the window', () => {
    // The alert went by SMS (no consents: the first reachable channel); the escalation goes by push.
    expect(loop('c-silent')).toEqual([
      '2026-03-03T12:30:00.000Z fraud.escalation push sent',
      '2026-03-03T12:45:00.000Z fraud.confirmation sms sent',
    ]);
    expect(emitted('case-silent')).toEqual([
      {
        time: '2026-03-03T12:45:00.000Z',
        detailType: 'Card.HoldRequested',
        detail: expect.objectContaining({ cardId: 'card-3333', reason: 'no_reply_by_deadline' }),
      },
    ]);
    expect(executionsOf('c-silent')[0]?.history).toEqual([
      'Plan',
      'AfterPlan',
      'AwaitReply',
      'Escalate',
      'AfterEscalate',
      'AwaitEscalated',
      'Conclude',
      'AnyEvents',
      'Emit',
      'Done',
    ]);
  });

  it('an answer during the escalation window counts; one after it changes nothing', () => {
    expect(
      emitted('case-second').map((e) => [e.time, e.detailType, e.detail.reason ?? e.detail.answer]),
    ).toEqual([
      ['2026-03-03T15:40:00.000Z', 'Fraud.CustomerReplied', 'fraud'],
      ['2026-03-03T15:40:00.000Z', 'Card.HoldRequested', 'customer_reported_fraud'],
    ]);
    // c-late answered `genuine` at 13:50, five minutes after its window closed with the default.
    expect(emitted('case-late').map((e) => [e.time, e.detailType, e.detail.reason])).toEqual([
      ['2026-03-03T13:45:00.000Z', 'Card.HoldRequested', 'no_reply_by_deadline'],
    ]);
  });

  it('a Customer.Replied for a case Herald does not have is rejected with the reason, and kept in the DLQ', () => {
    const rejected = herald.records.filter(
      (r): r is RejectedRecord => r.kind === 'rejected' && r.eventId === 'rep-unknown-1',
    );
    expect(rejected.length).toBeGreaterThan(0);
    for (const r of rejected)
      expect(r.reason).toBe('detail.caseId: no fraud case of this customer with this id');
    expect(herald.deadLetters.some((d) => d.body.includes('rep-unknown-1'))).toBe(true);
  });

  it('a forged link is refused and changes nothing', () => {
    expect(pages.get('forged')?.statusCode).toBe(400);
    expect(pages.get('forged')?.body).toContain('not valid');
  });

  it('opening a link only asks to confirm; confirming NO holds the card; the link and its YES twin then say "already answered"', () => {
    expect(pages.get('preview')?.statusCode).toBe(200);
    expect(pages.get('preview')?.body).toContain('<form method="post">');
    expect(pages.get('no')?.body).toContain('Thank you');
    expect(pages.get('no again')?.body).toContain('Already answered');
    expect(pages.get('yes after no')?.body).toContain('Already answered');
    expect(
      emitted('case-link').map((e) => [e.time, e.detailType, e.detail.reason ?? e.detail.answer]),
    ).toEqual([
      ['2026-03-03T16:05:00.000Z', 'Fraud.CustomerReplied', 'fraud'],
      ['2026-03-03T16:05:00.000Z', 'Card.HoldRequested', 'customer_reported_fraud'],
    ]);
    for (const page of pages.values()) {
      expect(page.headers?.['cache-control']).toBe('no-store');
      expect(page.headers?.['referrer-policy']).toBe('no-referrer');
    }
  });

  it('a link used after the deadline says it has expired and changes nothing (the default applies)', () => {
    expect(pages.get('expired')?.statusCode).toBe(410);
    expect(pages.get('expired')?.body).toContain('expired');
    expect(emitted('case-expired').map((e) => [e.detailType, e.detail.reason])).toEqual([
      ['Card.HoldRequested', 'no_reply_by_deadline'],
    ]);
  });

  it('an SMS reply in Romanian ("Nu") answers the open case of the sender’s number', () => {
    expect(
      emitted('case-sms').map((e) => [e.time, e.detailType, e.detail.reason ?? e.detail.answer]),
    ).toEqual([
      ['2026-03-03T19:03:00.000Z', 'Fraud.CustomerReplied', 'fraud'],
      ['2026-03-03T19:03:00.000Z', 'Card.HoldRequested', 'customer_reported_fraud'],
    ]);
  });

  it('a WhatsApp quick reply answers its case only from the customer’s own number', () => {
    expect(emitted('case-wa').map((e) => [e.time, e.detailType, e.detail.answer])).toEqual([
      ['2026-03-03T20:04:00.000Z', 'Fraud.CustomerReplied', 'genuine'],
    ]);
  });

  it("the loop's messages carry the Fraud.Suspected eventId, each its own message, with the loop as journey", () => {
    const silent = herald.records.filter(
      (r): r is DeliveryRecord => r.kind === 'delivery' && r.customerId === 'c-silent' && r.status === 'sent',
    );
    expect([...new Set(silent.map((r) => r.type))].sort()).toEqual([
      'fraud.alert',
      'fraud.confirmation',
      'fraud.escalation',
    ]);
    expect(new Set(silent.map((r) => r.eventId))).toEqual(new Set(['fs-case-silent']));
    expect(silent.filter((r) => r.type !== 'fraud.alert').every((r) => r.journey === 'fraud_reply')).toBe(
      true,
    );
    expect(new Set(silent.map((r) => r.notificationId)).size).toBe(silent.length);
  });

  it('every record is in time order, and no phone number or token reaches any record', () => {
    const times = herald.records.map((r) => Date.parse(r.time));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const text = JSON.stringify(herald.records);
    expect(text).not.toMatch(/\+\d{8,}|local-task-token|whatsAppWebhookEntry/);
  });
});
