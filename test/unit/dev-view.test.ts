// `herald dev`'s pieces that need no running stack: the live clock (real time times the speed, and the jump
// to the next scheduled work), an e-mail body's links made local, a WhatsApp template as the phone shows it,
// the journeys in flight and the dead letters as the page shows them.
import { describe, expect, it } from 'vitest';
import { type ClockedStack, LiveClock, Serial } from '../../local/dev/live-clock.ts';
import { deadLetterView, journeysInFlight, localEmailBody, whatsAppView } from '../../local/dev/view.ts';
import type { LocalExecution } from '../../local/stepfunctions.ts';

/** A stack whose clock and timeline are plain values: advanceTo runs what is due, in order. */
function fakeStack(start: number, planned: { at: number; what: string }[]) {
  let now = start;
  const ran: string[] = [];
  const stack: ClockedStack = {
    clock: { now: () => new Date(now) },
    planned: () => [...planned].sort((a, b) => a.at - b.at),
    advanceTo: async (time) => {
      for (const item of stack.planned().filter((p) => p.at <= time)) {
        now = Math.max(now, item.at);
        ran.push(item.what);
        planned.splice(planned.indexOf(item), 1);
      }
      now = Math.max(now, time);
    },
  };
  return { stack, ran, now: () => now };
}

describe('the live clock', () => {
  const start = Date.parse('2026-03-02T08:00:00Z');

  it('moves the simulated time by the real time passed, times the speed, running what falls due', async () => {
    // Prepare
    let real = 1_000;
    const { stack, ran, now } = fakeStack(start, [{ at: start + 90_000, what: 'reminder' }]);
    const clock = new LiveClock(stack, new Serial(), 60, () => real);
    // Act
    real += 1_000; // one real second: one simulated minute
    await clock.tick();
    const afterOneSecond = now() - start;
    real += 1_000;
    await clock.tick();
    // Assess
    expect(afterOneSecond).toBe(60_000);
    expect(now() - start).toBe(120_000);
    expect(ran).toEqual(['reminder']);
  });

  it('runs to the next scheduled work, however far, and goes on from there', async () => {
    // Prepare
    let real = 0;
    const fortyDays = 40 * 86_400_000;
    const { stack, ran, now } = fakeStack(start, [
      { at: start + fortyDays, what: 'last reminder' },
      { at: start + 86_400_000, what: 'first reminder' },
    ]);
    const clock = new LiveClock(stack, new Serial(), 1, () => real);
    // Act
    const first = await clock.runToNext();
    const second = await clock.runToNext();
    const none = await clock.runToNext();
    real += 500;
    await clock.tick();
    // Assess
    expect([first?.what, second?.what, none]).toEqual(['first reminder', 'last reminder', undefined]);
    expect(ran).toEqual(['first reminder', 'last reminder']);
    expect(now()).toBe(start + fortyDays + 500);
  });
});

describe("an e-mail's links on the page", () => {
  const base = 'https://bank.example/fraud-reply';

  it('sends the reply links to the local function URL, every other web link to a page that says where it leads', () => {
    // Act
    const html = localEmailBody(
      '<html><head><title>x</title></head><body>' +
        `<a href="${base}?t=abc.def&amp;x=1">No</a>` +
        '<a href="https://bank.example/preferences?c=1">Preferences</a>' +
        '<a href="mailto:help@bank.example">Mail us</a></body></html>',
      base,
    );
    // Assess
    expect(html).toContain('<head><base target="_blank">');
    expect(html).toContain('href="/fraud-reply?t=abc.def&amp;x=1"');
    expect(html).toContain(
      `href="/elsewhere?to=${encodeURIComponent('https://bank.example/preferences?c=1')}"`,
    );
    expect(html).toContain('href="mailto:help@bank.example"');
    expect(html).not.toContain('https://bank.example/fraud-reply');
  });

  it('sends the unsubscribe and preference page links to the local consent endpoint', () => {
    // Act
    const html = localEmailBody(
      '<a href="https://bank.example/consent?t=u.mac">Unsubscribe</a>' +
        '<a href="https://bank.example/consent?t=p.mac">Manage</a>' +
        '<a href="https://bank.example/consented">Elsewhere</a>',
      base,
      'https://bank.example/consent',
    );
    // Assess
    expect(html).toContain('href="/consent?t=u.mac"');
    expect(html).toContain('href="/consent?t=p.mac"');
    expect(html).toContain(`href="/elsewhere?to=${encodeURIComponent('https://bank.example/consented')}"`);
  });
});

describe('a WhatsApp message on the page', () => {
  it('is the registered template with its parameters, and its quick replies with their payloads', () => {
    // Act
    const view = whatsAppView({
      messaging_product: 'whatsapp',
      to: '+447700900001',
      type: 'template',
      template: {
        name: 'herald_fraud_alert',
        language: { code: 'en' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', text: '4242' },
              { type: 'text', text: '€12 at <b>SHOP</b>' },
            ],
          },
          {
            type: 'button',
            sub_type: 'quick_reply',
            index: '0',
            parameters: [{ type: 'payload', payload: 'FRAUD_YES:c1' }],
          },
          {
            type: 'button',
            sub_type: 'quick_reply',
            index: '1',
            parameters: [{ type: 'payload', payload: 'FRAUD_NO:c1' }],
          },
        ],
      },
    });
    // Assess
    expect(view.text).toContain('card ending 4242: €12 at <b>SHOP</b>. Was this you?');
    expect(view.buttons).toEqual([
      { text: 'Yes, it was me', payload: 'FRAUD_YES:c1' },
      { text: "No, it wasn't me", payload: 'FRAUD_NO:c1' },
    ]);
  });
});

describe('journeys and dead letters on the page', () => {
  it('shows a running journey with its state and its next planned step, without its execution name', () => {
    // Prepare
    const running: LocalExecution = {
      executionArn: 'arn:aws:states:eu-west-1:0:execution:herald-dev-fraud-reply:fraud-reply-abc',
      stateMachineArn: 'arn:aws:states:eu-west-1:0:stateMachine:herald-dev-fraud-reply',
      name: 'fraud-reply-abc',
      input: JSON.stringify({ customerId: 'c-1', caseId: 'case-1' }),
      status: 'RUNNING',
      startDate: '2026-03-02T08:00:00.000Z',
      transitions: 2,
      history: ['Alert', 'AwaitReply'],
    };
    // Act
    const views = journeysInFlight(
      [running, { ...running, name: 'done', status: 'SUCCEEDED' }],
      [
        { at: Date.parse('2026-03-02T08:00:01Z'), what: 'event Card.HoldRequested' },
        { at: Date.parse('2026-03-02T08:30:00Z'), what: 'timeout of fraud-reply-abc: AwaitReply' },
      ],
    );
    // Assess
    expect(views).toEqual([
      {
        name: 'fraud-reply-abc',
        journey: 'herald-dev-fraud-reply',
        customerId: 'c-1',
        state: 'AwaitReply',
        startDate: '2026-03-02T08:00:00.000Z',
        next: { at: '2026-03-02T08:30:00.000Z', what: 'timeout of AwaitReply' },
      },
    ]);
  });

  it('gives each dead letter its reason and what it was about, never its body', () => {
    // Act
    const views = [
      deadLetterView({
        body: JSON.stringify({ kind: 'rejected', reason: 'r', event: { 'detail-type': 'X', detail: {} } }),
        attributes: { kind: 'rejected', reason: 'detail.customerId: required' },
      }),
      deadLetterView({
        body: JSON.stringify({
          requestPayload: { detail: { customerId: 'c-9', email: 'c-9@example.com' } },
          responsePayload: { errorMessage: 'TypeError: boom' },
        }),
        attributes: { kind: 'on-failure', function: 'profile' },
      }),
      deadLetterView({
        body: JSON.stringify({ type: 'balance.low', customerId: 'c-2', to: '+447700900001' }),
        attributes: {},
        sourceQueueArn: 'arn:aws:sqs:eu-west-1:0:SmsQueue',
      }),
    ];
    // Assess
    expect(views).toEqual([
      { kind: 'rejected', reason: 'detail.customerId: required' },
      { kind: 'on-failure', reason: 'TypeError: boom', function: 'profile', customerId: 'c-9' },
      {
        kind: 'job',
        reason: 'given up after its last receive',
        sourceQueue: 'SmsQueue',
        type: 'balance.low',
        customerId: 'c-2',
      },
    ]);
    expect(JSON.stringify(views)).not.toMatch(/example\.com|\+4477/);
  });
});
