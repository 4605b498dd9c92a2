import { LogFormatter, Logger, LogItem } from '@aws-lambda-powertools/logger';
import type { LogAttributes } from '@aws-lambda-powertools/logger/types';
import type { DeliveryRecord, RejectedRecord } from '../../domain/delivery-record.ts';
import type { DeliveryLog } from '../../ports/delivery.ts';

/** Prints only the record itself, so each line is exactly the delivery log record of the product brief. */
class RecordFormatter extends LogFormatter {
  formatAttributes(_attributes: unknown, additional: LogAttributes): LogItem {
    return new LogItem({ attributes: additional });
  }
}

/** The delivery log: one JSON line per outcome, written with Powertools Logger to the function's log. */
export class PowertoolsDeliveryLog implements DeliveryLog {
  private readonly logger = new Logger({ logFormatter: new RecordFormatter(), logLevel: 'INFO' });

  write(record: DeliveryRecord | RejectedRecord): void {
    this.logger.info(record.kind, { ...record });
  }
}
