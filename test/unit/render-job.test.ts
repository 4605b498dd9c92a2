// renderJob: every message of a plan is written before it is queued; the fallbacks travel inside the job.
import { describe, expect, it } from 'vitest';
import { MalformedJobError, renderJob } from '../../shared/application/render-job.ts';
import type { RendererTable } from '../../shared/domain/templates/type-renderer.ts';
import { renderers } from '../../shared/notifications/tables/render.ts';
import type { MessageJob, PlannedJob } from '../../shared/ports/queues.ts';

const planned: PlannedJob = {
  notificationId: 'n-1',
  eventId: 'e-1',
  customerId: 'c-1',
  type: 'statement.ready',
  category: 'transactional',
  channel: 'email',
  to: 'c-1@example.com',
  occurredAt: '2026-03-03T10:00:00Z',
  locale: 'en-GB',
  timeZone: 'Europe/London',
  data: {},
  fallbacks: [
    { channel: 'sms', to: '+447700900123' },
    { channel: 'push', to: 'fcm:token-1' },
  ],
};

/** Writes every channel but `broken`. */
const renderersBreaking = (broken: string): RendererTable => ({
  'statement.ready': {
    type: 'statement.ready',
    check: () => ({
      ok: true,
      write: async (channel, options) => {
        if (channel === broken) throw new TypeError(`no ${channel} copy`);
        return { channel, locale: options.locale, template: `statement.ready/${channel}/en`, text: 't' };
      },
    }),
  },
});

describe('renderJob', () => {
  it('queues nothing of a plan whose fallback cannot be written', async () => {
    // Prepare
    const queued: MessageJob[] = [];
    const queue = { enqueue: async (job: MessageJob) => void queued.push(job) };
    // Act
    const result = renderJob(planned, {
      queue,
      brand: { name: 'Bank' },
      renderers: renderersBreaking('push'),
    });
    // Assess
    await expect(result).rejects.toThrow('no push copy');
    expect(queued).toEqual([]);
  });

  it('queues one job: the message, with each fallback written inside it, in order, with its delay', async () => {
    // Prepare
    const queued: MessageJob[] = [];
    const queue = { enqueue: async (job: MessageJob) => void queued.push(job) };
    // Act
    await renderJob(planned, {
      queue,
      brand: { name: 'Bank' },
      renderers: renderersBreaking('none'),
      fallbackDelaySeconds: 90,
    });
    // Assess: nothing is queued for a fallback until its sender finds the channel before it failed.
    expect(queued.map((j) => j.channel)).toEqual(['email']);
    expect(
      queued[0]?.fallbacks?.map((f) => `${f.channel} ${f.to} ${f.message.template} ${f.delaySeconds}`),
    ).toEqual(['sms +447700900123 statement.ready/sms/en 90', 'push fcm:token-1 statement.ready/push/en 90']);
  });
});

describe('renderJob with a type whose data does not fit its schema', () => {
  it('queues nothing and fails with the reason that names the type and the field', async () => {
    // Prepare
    const queued: MessageJob[] = [];
    const queue = { enqueue: async (job: MessageJob) => void queued.push(job) };
    const job: PlannedJob = {
      ...planned,
      type: 'balance.low',
      data: { accountId: 'ACC-1', balance: '10.00', currency: 'GBP' },
    };
    // Act
    const result = renderJob(job, { queue, brand: { name: 'Bank' }, renderers });
    // Assess
    await expect(result).rejects.toThrow(MalformedJobError);
    await expect(result).rejects.toMatchObject({
      reason: 'invalid_data: balance.low data.threshold is missing',
    });
    expect(queued).toEqual([]);
  });
});
