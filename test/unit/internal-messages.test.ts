// The messages between Herald's functions (shared/contract/internal/) are parsed where they are read: a job
// that is not what its queue carries is given up on with a reason naming the field, without holding back
// the rest of its batch; a settings variable that is not what the function expects stops its cold start.

import type { Logger } from '@aws-lambda-powertools/logger';
import type { SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { jsonEnv } from '../../shared/adapters/lambda/env.ts';
import { policyFromEnv } from '../../shared/adapters/lambda/policy.ts';
import { renderBatch } from '../../shared/adapters/lambda/render-handler.ts';
import { sendBatch } from '../../shared/adapters/lambda/send-batch.ts';
import type { SendDeps } from '../../shared/application/send-message.ts';
import { MESSAGE_JOB, messageJob, PLANNED_JOB, plannedJob } from '../../shared/contract/internal/jobs.ts';
import { JOURNEY_STEP_INPUT, journeyStepInput } from '../../shared/contract/internal/journey-step.ts';
import { parseInternal, parseInternalJson } from '../../shared/contract/internal/parse.ts';
import { paymentDueSettings } from '../../shared/contract/internal/settings.ts';
import type { DeliveryRecord, RejectedRecord } from '../../shared/domain/delivery-record.ts';
import { paymentDueProblems } from '../../shared/domain/journeys/payment-due.ts';
import { renderers } from '../../shared/notifications/tables/render.ts';
import type { ClaimKey, SendLedger } from '../../shared/ports/message-ledger.ts';
import type { MessageJob } from '../../shared/ports/queues.ts';

const planned = (n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  notificationId: `n-${n}`,
  eventId: `e-${n}`,
  customerId: `c-${n}`,
  type: 'card_activation.reminder',
  category: 'transactional',
  channel: 'email',
  occurrence: `card_activation:card-${n}:reminder-1`,
  to: `c-${n}@example.com`,
  occurredAt: '2026-03-03T10:00:00Z',
  locale: 'en-GB',
  timeZone: 'Europe/London',
  data: { cardLast4: '4242', reminder: '1', reminders: '3' },
  journey: 'card_activation',
  step: 'reminder-1',
  ...overrides,
});
const rendered = (n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> => {
  const { locale: _l, timeZone: _t, data: _d, ...job } = planned(n);
  return {
    ...job,
    message: { channel: 'email', template: 'card_activation.reminder/email/en', locale: 'en', text: 't' },
    ...overrides,
  };
};
/** An SQS batch of these bodies, each on its `receive`th receive. */
const batch = (bodies: unknown[], receive = 1): SQSEvent =>
  ({
    Records: bodies.map((body, i) => ({
      messageId: `m-${i}`,
      body: typeof body === 'string' ? body : JSON.stringify(body),
      attributes: { ApproximateReceiveCount: String(receive) },
    })),
  }) as never;

/** A logger that keeps its warnings, with the keys appended when each was written. */
function recordingLogger() {
  const warnings: Record<string, unknown>[] = [];
  const keys = new Map<string, unknown>();
  const logger = {
    appendKeys: (more: Record<string, unknown>) => {
      for (const [k, value] of Object.entries(more)) keys.set(k, value);
    },
    removeKeys: (names: string[]) => {
      for (const k of names) keys.delete(k);
    },
    warn: (message: string, extra: Record<string, unknown> = {}) =>
      void warnings.push({ message, ...Object.fromEntries(keys), ...extra }),
    info: () => undefined,
    error: () => undefined,
  } as unknown as Logger;
  return { logger, warnings };
}

/** The give-up path's ports: a ledger that marks any message it is asked about, and the delivery log. */
function giveUpPorts() {
  const marked: ClaimKey[] = [];
  const records: (DeliveryRecord | RejectedRecord)[] = [];
  return {
    marked,
    records,
    deps: {
      ledger: {
        markDeadLettered: async (key: ClaimKey) => {
          marked.push(key);
          return 'marked' as const;
        },
      } as unknown as SendLedger,
      log: { write: (record: DeliveryRecord | RejectedRecord) => void records.push(record) },
      now: () => new Date('2026-03-03T10:05:00Z'),
    },
  };
}

describe('the internal schemas', () => {
  it('read a planned job as notify writes it, and a message job as the render function writes it', () => {
    // Prepare
    const job = planned(1, { fallbacks: [{ channel: 'sms', to: '+447700900001' }], variant: 'b' });
    // Act
    const parsedPlanned = parseInternal(plannedJob, job, PLANNED_JOB);
    const parsedMessage = parseInternal(messageJob, rendered(1, { requeues: 2 }), MESSAGE_JOB);
    // Assess
    expect(parsedPlanned).toEqual({ ok: true, value: job });
    expect(parsedMessage.ok && parsedMessage.value.requeues).toBe(2);
  });

  it.each([
    [
      'data that is not an object',
      planned(1, { data: 'x' }),
      'planned job.data: expected an object, got string',
    ],
    [
      'no notificationId',
      planned(1, { notificationId: undefined }),
      'planned job.notificationId: required field missing',
    ],
    [
      'an unknown channel',
      planned(1, { channel: 'fax' }),
      'planned job.channel: expected one of email | sms | push | whatsapp',
    ],
    [
      'an unknown category',
      planned(1, { category: 'urgent' }),
      'planned job.category: expected one of security | transactional | marketing',
    ],
    [
      'a notBefore that is no time',
      planned(1, { notBefore: 'later' }),
      'planned job.notBefore: expected an ISO-8601 time',
    ],
    [
      'a fallback without an address',
      planned(1, { fallbacks: [{ channel: 'sms' }] }),
      'planned job.fallbacks[0].to: required field missing',
    ],
  ])('refuse a planned job with %s, naming the field and never the value', (_what, job, reason) => {
    // Act
    const parsed = parseInternal(plannedJob, job, PLANNED_JOB);
    // Assess
    expect(parsed).toEqual({ ok: false, reason });
  });

  it('refuse a message job without its rendered message, and a body that is not JSON', () => {
    // Act
    const withoutTemplate = parseInternal(
      messageJob,
      rendered(1, { message: { locale: 'en', text: 't' } }),
      MESSAGE_JOB,
    );
    const notJson = parseInternalJson(messageJob, '{"notificationId":', MESSAGE_JOB);
    // Assess
    expect(withoutTemplate).toEqual({
      ok: false,
      reason: 'message job.message: expected a rendered message (template, locale, text)',
    });
    expect(notJson).toEqual({ ok: false, reason: 'message job: not valid JSON' });
  });

  it('refuse a journey step input without the bank event that started its execution', () => {
    // Prepare
    const input = {
      journey: 'kyc',
      customerId: 'c-1',
      key: 'c-1',
      phase: 'signed_up',
      step: 'reminder-1',
      type: 'kyc.reminder',
      waitSeconds: 86_400,
    };
    // Act
    const parsed = parseInternal(journeyStepInput, input, JOURNEY_STEP_INPUT);
    // Assess
    expect(parsed).toEqual({ ok: false, reason: 'journey step input.eventId: required field missing' });
  });
});

describe('a render batch with a malformed planned job', () => {
  const renderDeps = (queued: MessageJob[]) => ({
    queue: { enqueue: async (job: MessageJob) => void queued.push(job) },
    brand: { name: 'Bank' },
    renderers,
  });

  it('renders the rest of the batch, and retries the malformed job alone, naming the field', async () => {
    // Prepare
    const queued: MessageJob[] = [];
    const { logger, warnings } = recordingLogger();
    const ports = giveUpPorts();
    // Act
    const result = await renderBatch(
      batch([planned(1, { data: 'oops' }), planned(2)], 1),
      renderDeps(queued),
      ports.deps,
      logger,
      5,
    );
    // Assess
    expect(queued.map((j) => j.notificationId)).toEqual(['n-2']);
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm-0' }]);
    expect(warnings).toEqual([
      expect.objectContaining({
        message: 'planned message will be retried',
        eventId: 'e-1',
        notificationId: 'n-1',
        reason: 'planned job.data: expected an object, got string',
      }),
    ]);
    expect(ports.records).toEqual([]);
  });

  it('on its last receive gives it up: failed with the reason, marked in the ledger under its occurrence', async () => {
    // Prepare
    const queued: MessageJob[] = [];
    const { logger, warnings } = recordingLogger();
    const ports = giveUpPorts();
    // Act
    const result = await renderBatch(
      batch([planned(1, { data: 'oops' }), planned(2)], 5),
      renderDeps(queued),
      ports.deps,
      logger,
      5,
    );
    // Assess
    expect(queued.map((j) => j.notificationId)).toEqual(['n-2']);
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm-0' }]);
    expect(ports.marked).toEqual([
      {
        customerId: 'c-1',
        eventId: 'e-1',
        type: 'card_activation.reminder',
        channel: 'email',
        occurrence: 'card_activation:card-1:reminder-1',
      },
    ]);
    expect(
      ports.records.map(
        (r) => r.kind === 'delivery' && [r.notificationId, r.status, r.reason, r.step, r.template],
      ),
    ).toEqual([
      [
        'n-1',
        'failed',
        'invalid_job: planned job.data: expected an object, got string',
        'reminder-1',
        'card_activation.reminder/email',
      ],
    ]);
    expect(warnings.find((w) => w.message === 'job given up on its last receive')).toMatchObject({
      outcome: 'dead_lettered',
      malformed: 'invalid_job: planned job.data: expected an object, got string',
    });
  });
});

describe('a send batch with a malformed message job', () => {
  it('sends the rest; on its last receive the malformed job is given up, with the reason naming the field', async () => {
    // Prepare
    const sent: string[] = [];
    const ports = giveUpPorts();
    const { logger, warnings } = recordingLogger();
    const deps = {
      ...ports.deps,
      ledger: {
        ...ports.deps.ledger,
        beginSend: async () => 'go',
        markSent: async () => 'recorded',
      },
      sender: {
        send: async (job: MessageJob) => {
          sent.push(job.notificationId);
          return `p-${job.notificationId}`;
        },
      },
      suppressions: { reasonFor: async () => undefined },
      leaseMs: 60_000,
      queue: { enqueue: async () => undefined },
    } as unknown as SendDeps;
    const malformed = rendered(1, { message: { locale: 'en', text: 't' } });
    // Act
    const result = await sendBatch(batch([malformed, rendered(2), 'not json'], 5), deps, logger, 5);
    // Assess
    expect(sent).toEqual(['n-2']);
    // The job that names its message is recorded and marked; a body that names nothing is kept as it is.
    expect(ports.records.map((r) => r.kind === 'delivery' && [r.notificationId, r.status, r.reason])).toEqual(
      [
        [
          'n-1',
          'failed',
          'invalid_job: message job.message: expected a rendered message (template, locale, text)',
        ],
        ['n-2', 'sent', undefined],
      ],
    );
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm-0' }, { itemIdentifier: 'm-2' }]);
    expect(warnings.filter((w) => w.message === 'message will be retried').map((w) => w.malformed)).toEqual([
      'message job.message: expected a rendered message (template, locale, text)',
      'message job: not valid JSON',
    ]);
  });
});

describe('settings in environment variables', () => {
  it('are read with their schema and their checks', () => {
    // Prepare
    const env = { PAYMENT_DUE_SETTINGS: '{"daysBefore":[5,1],"localTime":"08:30","maxDaysAhead":60}' };
    // Act
    const settings = jsonEnv('PAYMENT_DUE_SETTINGS', paymentDueSettings, paymentDueProblems, env);
    // Assess
    expect(settings).toEqual({ daysBefore: [5, 1], localTime: '08:30', maxDaysAhead: 60 });
  });

  it.each([
    [undefined, 'environment variable PAYMENT_DUE_SETTINGS is not set'],
    ['{"daysBefore":3', 'environment variable PAYMENT_DUE_SETTINGS: not valid JSON'],
    [
      '{"daysBefore":["3"],"localTime":"09:00","maxDaysAhead":90}',
      'environment variable PAYMENT_DUE_SETTINGS.daysBefore[0]: expected a whole number, got string',
    ],
    [
      '{"daysBefore":[3],"localTime":"9am","maxDaysAhead":90}',
      'environment variable PAYMENT_DUE_SETTINGS.localTime: expected a time of day "HH:MM" such as "22:00"',
    ],
    [
      '{"daysBefore":[1,3],"localTime":"09:00","maxDaysAhead":90}',
      'environment variable PAYMENT_DUE_SETTINGS: daysBefore[1]: must be fewer days than the one before',
    ],
  ])(
    'stop the cold start when PAYMENT_DUE_SETTINGS is %s, naming the variable and the field',
    (value, message) => {
      // Act
      const read = () =>
        jsonEnv('PAYMENT_DUE_SETTINGS', paymentDueSettings, paymentDueProblems, {
          PAYMENT_DUE_SETTINGS: value,
        });
      // Assess
      expect(read).toThrow(new Error(message));
    },
  );

  it.each([
    [{ MARKETING_CAP: 'two' }, 'environment variable MARKETING_CAP: expected a whole number ≥ 0'],
    [{ QUIET_HOURS_DEFAULT: '22:00' }, 'environment variable QUIET_HOURS_DEFAULT: expected "HH:MM-HH:MM"'],
    [
      { TRANSACTIONAL_DEFAULT: 'yes' },
      'environment variable TRANSACTIONAL_DEFAULT: expected granted or denied',
    ],
  ])('stop the cold start on a notification policy of %o, naming the variable', (env, message) => {
    // Act
    const read = () => policyFromEnv(env);
    // Assess
    expect(read).toThrow(new Error(message));
  });

  it('leave the notification policy to its defaults when the variables are not set', () => {
    // Act
    const policy = policyFromEnv({});
    // Assess
    expect(policy).toEqual({
      defaultQuietHours: { start: '22:00', end: '07:00' },
      marketingCap: 2,
      transactionalDefault: 'denied',
    });
  });
});
