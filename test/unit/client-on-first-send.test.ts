// A client built on its first send (shared/adapters/aws/client-on-first-send.ts): nothing is built until a
// message needs the client, it is built once however many sends follow, and the adapters given one make the
// same calls and read the same errors as with a client built up front. The SDK clients are the real ones;
// aws-sdk-client-mock answers their sends, since no Step Functions or EventBridge endpoint runs here.
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { SendTaskSuccessCommand, SFNClient, TaskTimedOut } from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { clientOnFirstSend } from '../../shared/adapters/aws/client-on-first-send.ts';
import { EventBridgeBankEvents } from '../../shared/adapters/eventbridge/bank-events.ts';
import { SfnFraudReplyWorkflow } from '../../shared/adapters/sfn/fraud-reply-workflow.ts';

const sfn = mockClient(SFNClient);
const eventBridge = mockClient(EventBridgeClient);
afterEach(() => {
  sfn.reset();
  eventBridge.reset();
});

/** A factory that counts the clients it builds. */
function counting<C>(create: () => C) {
  const built: C[] = [];
  return {
    built,
    create: () => {
      const client = create();
      built.push(client);
      return client;
    },
  };
}

describe('a client built on its first send', () => {
  it('is not built until a send, then built once for every send after', async () => {
    // Prepare
    sfn.on(SendTaskSuccessCommand).resolves({});
    const factory = counting(() => new SFNClient({ region: 'eu-west-1' }));
    const workflow = new SfnFraudReplyWorkflow(clientOnFirstSend(factory.create));

    // Act / Assess: no client yet, one after the first resume, still one after the second
    expect(factory.built).toHaveLength(0);
    await expect(workflow.resume('token-1', { answer: 'yes' })).resolves.toBe('resumed');
    expect(factory.built).toHaveLength(1);
    await expect(workflow.resume('token-2', { answer: 'no' })).resolves.toBe('resumed');
    expect(factory.built).toHaveLength(1);
    expect(sfn.commandCalls(SendTaskSuccessCommand).map((c) => c.args[0].input.taskToken)).toEqual([
      'token-1',
      'token-2',
    ]);
  });

  it("passes the service's errors through, so the adapter still reads them", async () => {
    // Prepare
    sfn.on(SendTaskSuccessCommand).rejects(new TaskTimedOut({ message: 'Task Timed Out', $metadata: {} }));
    const workflow = new SfnFraudReplyWorkflow(
      clientOnFirstSend(() => new SFNClient({ region: 'eu-west-1' })),
    );

    // Act / Assess
    await expect(workflow.resume('late-token', { answer: 'yes' })).resolves.toBe('gone');
  });

  it('puts the same event as a client built up front', async () => {
    // Prepare
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'x' }] });
    const upFront = new EventBridgeBankEvents(new EventBridgeClient({ region: 'eu-west-1' }), 'bus');
    const onFirstSend = new EventBridgeBankEvents(
      clientOnFirstSend(() => new EventBridgeClient({ region: 'eu-west-1' })),
      'bus',
    );

    // Act
    await upFront.emit('Consent.ChangedByCustomer', { customerId: 'c-1' });
    await onFirstSend.emit('Consent.ChangedByCustomer', { customerId: 'c-1' });

    // Assess
    const [first, second] = eventBridge.commandCalls(PutEventsCommand).map((c) => c.args[0].input);
    expect(second).toEqual(first);
    expect(first?.Entries?.[0]?.DetailType).toBe('Consent.ChangedByCustomer');
  });
});
