// Which render function's queue a trigger puts a planned message on: the one its type's definition names
// (`render`), whatever the trigger; a type whose render function's queue the trigger was not given is
// refused before anything is sent.

import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { SqsPlanQueue } from '../../shared/adapters/sqs/queues.ts';
import { messageTypes } from '../../shared/notifications/catalogue.ts';
import { RENDER_FUNCTIONS } from '../../shared/notifications/definition.ts';
import {
  renderFunctionOf,
  renderFunctionsOf,
  renderQueueEnv,
  renderQueueUrlsOf,
} from '../../shared/notifications/render-queues.ts';
import type { PlannedJob } from '../../shared/ports/queues.ts';

const sqs = mockClient(SQSClient);
afterEach(() => sqs.reset());

const urls = {
  render: 'https://sqs.local/render',
  'render-security': 'https://sqs.local/render-security',
} as const;

const job = (type: string) =>
  ({
    notificationId: `n-${type}`,
    eventId: 'e-1',
    customerId: 'c-1',
    type,
    category: 'transactional',
    channel: 'email',
    to: 'c1@example.com',
    occurredAt: '2026-03-03T12:00:00Z',
    locale: 'en-GB',
    timeZone: 'Europe/London',
    data: {},
  }) as PlannedJob;

describe('the plan queue of a type', () => {
  it('puts every type on the queue of the render function its definition names', async () => {
    // Prepare
    sqs.on(SendMessageCommand).resolves({});
    const queue = new SqsPlanQueue(new SQSClient({}), urls);

    // Act
    for (const type of Object.keys(messageTypes)) await queue.submit(job(type));

    // Assess: one message per type, on its definition's render function's queue.
    const sent = sqs.commandCalls(SendMessageCommand).map((call) => call.args[0].input);
    expect(sent.map((input) => [input.MessageAttributes?.type?.StringValue, input.QueueUrl])).toEqual(
      Object.entries(messageTypes).map(([type, definition]) => [type, urls[definition.render]]),
    );
    expect(new Set(sent.map((input) => input.QueueUrl))).toEqual(new Set(Object.values(urls)));
  });

  it("refuses a type whose render function's queue the trigger was not given, sending nothing", async () => {
    // Prepare: a trigger given only render's queue.
    sqs.on(SendMessageCommand).resolves({});
    const queue = new SqsPlanQueue(new SQSClient({}), { render: urls.render });

    // Act / Assess
    await expect(queue.submit(job('fraud.alert'))).rejects.toThrow(
      'fraud.alert is written by render-security, whose queue this function was not given',
    );
    await expect(queue.submit(job('no.such_type'))).rejects.toThrow('no message type no.such_type');
    expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(0);
  });

  it('reads the render queues from the environment, one variable per render function', () => {
    expect(RENDER_FUNCTIONS.map(renderQueueEnv)).toEqual(['RENDER_QUEUE_URL', 'RENDER_SECURITY_QUEUE_URL']);
    expect(renderQueueUrlsOf({ RENDER_SECURITY_QUEUE_URL: urls['render-security'], OTHER: 'x' })).toEqual({
      'render-security': urls['render-security'],
    });
  });

  it('derives the render functions of a set of types from their definitions, each once', () => {
    expect(renderFunctionOf('fraud.alert')).toBe(messageTypes['fraud.alert'].render);
    // Alerts and journeys (render), the fraud loop (render-security): in RENDER_FUNCTIONS order.
    expect(renderFunctionsOf(['kyc.reminder', 'fraud.thanks', 'balance.low', 'fraud.alert'])).toEqual([
      'render',
      'render-security',
    ]);
    expect(renderFunctionsOf(['card_activation.welcome', 'kyc.reminder'])).toEqual(['render']);
    expect(renderFunctionsOf([])).toEqual([]);
  });
});
