// Counts what a DynamoDB client asks of the table: the requests it sends, by operation, and the capacity
// units each consumed. An SDK middleware on the real client, so the adapters under measurement run as they
// do in Lambda; it asks every data-plane command for ReturnConsumedCapacity TOTAL and reads the answer.
//
// Where the answer is missing or wrong, the DynamoDB rules (Developer Guide, "DynamoDB read and write
// operations"; API reference of Query) fill in, from item sizes:
// - a conditional write whose condition fails still consumes write units, by the size of the item as stored
//   (at least one). DynamoDB returns no ConsumedCapacity with the error, and dynalite neither; the stored
//   item is read back, outside the count, to size it;
// - a Query or Scan that reads nothing consumes the minimum for its kind of read (1 strongly consistent,
//   0.5 eventually consistent). dynalite reports 0.
// dynalite reports only CapacityUnits; units are read units for reads and write units for writes.
import {
  type AttributeValue,
  type DynamoDBClient,
  GetItemCommand,
  type GetItemCommandInput,
} from '@aws-sdk/client-dynamodb';
import { failedWriteUnits, itemSize } from '../../local/cost/dynamodb-units.ts';

const READS = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan', 'TransactGetItems']);
const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems']);

export interface CountedRequest {
  /** The operation, e.g. `GetItem`. */
  operation: string;
  rcu: number;
  wcu: number;
  /** How the units were found: as DynamoDB (dynalite) reported them, or from item sizes (see above). */
  units: 'reported' | 'item-size' | 'minimum' | 'none';
  /** A conditional write whose condition failed. */
  conditionFailed?: true;
}

export interface RequestSummary {
  requests: number;
  reads: number;
  writes: number;
  byOperation: Record<string, number>;
  rcu: number;
  wcu: number;
  conditionFailures: number;
}

export interface RequestCounter {
  /** The operations sent, in order (`GetItem`, `PutItem`, …); emptying it resets the count. */
  readonly operations: string[];
  /** Each data-plane request, with its capacity units, in order. */
  readonly requests: CountedRequest[];
  reset(): void;
  summary(): RequestSummary;
}

/** Adds the counting middleware to `client`; the table's key attributes name the item a failed write hit. */
export function countRequests(
  client: DynamoDBClient,
  keyAttributes: readonly string[] = ['pk', 'sk'],
): RequestCounter {
  const operations: string[] = [];
  const requests: CountedRequest[] = [];
  /** The counter's own reads (sizing a failed write's item): passed through uncounted. */
  const own = new WeakSet<object>();

  const storedItemSize = async (input: { TableName?: string; Key?: Record<string, AttributeValue> }) => {
    const read: GetItemCommandInput = { TableName: input.TableName, Key: input.Key, ConsistentRead: true };
    own.add(read);
    const { Item } = await client.send(new GetItemCommand(read));
    return Item ? itemSize(Item) : 0;
  };

  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (own.has(args.input as object)) return next(args);
      const operation = String(context.commandName).replace(/Command$/, '');
      operations.push(operation);
      const isRead = READS.has(operation);
      if (!isRead && !WRITES.has(operation)) return next(args);
      const input = args.input as Record<string, unknown>;
      try {
        const result = await next({ ...args, input: { ...input, ReturnConsumedCapacity: 'TOTAL' } });
        const consumed = (result.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] })
          .ConsumedCapacity;
        requests.push(unitsOf(operation, isRead, consumed, input.ConsistentRead === true));
        return result;
      } catch (error) {
        if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
        const key =
          (input.Key as Record<string, AttributeValue> | undefined) ??
          pick(input.Item as Record<string, AttributeValue>, keyAttributes);
        const size = await storedItemSize({ TableName: input.TableName as string, Key: key });
        requests.push({
          operation,
          rcu: 0,
          wcu: failedWriteUnits(size),
          units: 'item-size',
          conditionFailed: true,
        });
        throw error;
      }
    },
    { step: 'initialize', name: 'countRequests' },
  );

  return {
    operations,
    requests,
    reset() {
      operations.length = 0;
      requests.length = 0;
    },
    summary() {
      const byOperation: Record<string, number> = {};
      for (const r of requests) byOperation[r.operation] = (byOperation[r.operation] ?? 0) + 1;
      return {
        requests: requests.length,
        reads: requests.filter((r) => READS.has(r.operation)).length,
        writes: requests.filter((r) => WRITES.has(r.operation)).length,
        byOperation,
        rcu: requests.reduce((sum, r) => sum + r.rcu, 0),
        wcu: requests.reduce((sum, r) => sum + r.wcu, 0),
        conditionFailures: requests.filter((r) => r.conditionFailed).length,
      };
    },
  };
}

interface ConsumedCapacity {
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}

function unitsOf(
  operation: string,
  isRead: boolean,
  consumed: ConsumedCapacity | ConsumedCapacity[] | undefined,
  consistent: boolean,
): CountedRequest {
  const all = consumed === undefined ? [] : Array.isArray(consumed) ? consumed : [consumed];
  if (all.length === 0) return { operation, rcu: 0, wcu: 0, units: 'none' };
  let rcu = 0;
  let wcu = 0;
  for (const c of all) {
    if (c.ReadCapacityUnits !== undefined || c.WriteCapacityUnits !== undefined) {
      rcu += c.ReadCapacityUnits ?? 0;
      wcu += c.WriteCapacityUnits ?? 0;
    } else if (isRead) rcu += c.CapacityUnits ?? 0;
    else wcu += c.CapacityUnits ?? 0;
  }
  if ((operation === 'Query' || operation === 'Scan') && rcu === 0) {
    return { operation, rcu: consistent ? 1 : 0.5, wcu, units: 'minimum' };
  }
  return { operation, rcu, wcu, units: 'reported' };
}

const pick = (item: Record<string, AttributeValue>, names: readonly string[]) =>
  Object.fromEntries(names.flatMap((n) => (item[n] ? [[n, item[n]]] : [])));
