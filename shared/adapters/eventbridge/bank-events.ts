import { type EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { BankEvents } from '../../ports/events.ts';
import type { Sends } from '../aws/client-on-first-send.ts';

/** Puts Herald → bank events on the Herald bus, with Source `herald`. */
export class EventBridgeBankEvents implements BankEvents {
  constructor(
    private readonly client: Sends<EventBridgeClient>,
    private readonly eventBusName: string,
  ) {}

  async emit(detailType: string, detail: Record<string, unknown>): Promise<void> {
    const result = await this.client.send(
      new PutEventsCommand({
        Entries: [
          {
            EventBusName: this.eventBusName,
            Source: 'herald',
            DetailType: detailType,
            Detail: JSON.stringify(detail),
          },
        ],
      }),
    );
    if (result.FailedEntryCount) {
      throw new Error(
        `PutEvents refused ${detailType}: ${result.Entries?.[0]?.ErrorCode ?? 'unknown error'}`,
      );
    }
  }
}
