// DynamoDB's consumed capacity for the cost meter, from dynalite: every data-plane request the functions
// send is asked for `ReturnConsumedCapacity: TOTAL` on its way in (unless it asked for capacity itself), and
// the units are read from the answer. The functions see an answer with ConsumedCapacity in it, which their
// code ignores, as it would ignore it from DynamoDB.
//
// Where dynalite's answer has no units, DynamoDB's rules fill in (local/cost/dynamodb-units.ts): a
// conditional write whose condition failed consumes the stored item's size in write units (at least one;
// the item is read back inside dynalite, outside the count), and a Query or Scan that reads nothing still
// consumes the minimum read (1 unit strongly consistent, 0.5 eventually consistent).
import { EventEmitter } from 'node:events';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { failedWriteUnits, itemSize } from './dynamodb-units.ts';

const READS = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan', 'TransactGetItems']);
const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems']);

export type DynamoDbRequestListener = (operation: string, readUnits: number, writeUnits: number) => void;

interface ConsumedCapacity {
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** Hands dynalite's listener a request of these headers and body, as its server would. */
function handTo(
  listener: Listener,
  headers: IncomingMessage['headers'],
  method: string,
  url: string,
  body: Buffer,
  res: ServerResponse,
): void {
  const req = new EventEmitter();
  Object.assign(req, { headers, method, url });
  listener(req as IncomingMessage, res);
  req.emit('data', body);
  req.emit('end');
}

/**
 * Puts the meter between dynalite's server and its request handler. `keyOf` names the key attributes of a
 * table, to find the stored item a failed conditional PutItem hit.
 */
export function meterDynalite(
  server: Server,
  onRequest: DynamoDbRequestListener,
  keyOf: (tableName: string) => readonly string[],
): void {
  const listeners = server.listeners('request') as Listener[];
  const dynalite = listeners[0];
  if (!dynalite || listeners.length !== 1) throw new Error('dynalite: expected one request listener');
  server.removeAllListeners('request');

  /** Runs a request through dynalite inside the process and returns its answer's body. */
  const inside = (target: string, input: unknown): Promise<string> =>
    new Promise((resolve) => {
      const headers = {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': `DynamoDB_20120810.${target}`,
        'x-amz-date': '20260101T000000Z',
        authorization:
          'AWS4-HMAC-SHA256 Credential=local/20260101/eu-west-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
      };
      const res = {
        statusCode: 200,
        setHeader: () => undefined,
        end: (body?: string) => resolve(body ?? ''),
      };
      handTo(
        dynalite,
        headers,
        'POST',
        '/',
        Buffer.from(JSON.stringify(input)),
        res as unknown as ServerResponse,
      );
    });

  const failedWrite = async (operation: string, input: Record<string, unknown>) => {
    const table = String(input.TableName);
    const key =
      (input.Key as Record<string, AttributeValue> | undefined) ??
      Object.fromEntries(
        keyOf(table).flatMap((name) => {
          const value = (input.Item as Record<string, AttributeValue> | undefined)?.[name];
          return value ? [[name, value]] : [];
        }),
      );
    const answer = JSON.parse(
      await inside('GetItem', { TableName: table, Key: key, ConsistentRead: true }),
    ) as {
      Item?: Record<string, AttributeValue>;
    };
    onRequest(operation, 0, failedWriteUnits(answer.Item ? itemSize(answer.Item) : 0));
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
    const isRead = READS.has(operation);
    if (!isRead && !WRITES.has(operation)) {
      dynalite(req, res);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let input: Record<string, unknown>;
      try {
        input = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        handTo(dynalite, req.headers, req.method ?? 'POST', req.url ?? '/', Buffer.concat(chunks), res);
        return;
      }
      const asked =
        input.ReturnConsumedCapacity === undefined || input.ReturnConsumedCapacity === 'NONE'
          ? { ...input, ReturnConsumedCapacity: 'TOTAL' }
          : input;
      const end = res.end.bind(res) as (body?: unknown) => ServerResponse;
      res.end = ((body?: unknown) => {
        const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : '';
        let answer: { __type?: string; ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] } = {};
        try {
          answer = text ? JSON.parse(text) : {};
        } catch {
          // an answer the meter cannot read is still the functions' answer
        }
        // The failed write is counted before its answer goes back, so that it counts in its invocation.
        if (answer.__type?.endsWith('ConditionalCheckFailedException'))
          void failedWrite(operation, input).finally(() => end(body));
        else {
          measure(answer);
          end(body);
        }
        return res;
      }) as ServerResponse['end'];
      const measure = (answer: {
        __type?: string;
        ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[];
      }) => {
        if (answer.__type) return; // a request DynamoDB refuses consumes nothing
        const all =
          answer.ConsumedCapacity === undefined
            ? []
            : Array.isArray(answer.ConsumedCapacity)
              ? answer.ConsumedCapacity
              : [answer.ConsumedCapacity];
        let read = 0;
        let write = 0;
        for (const c of all) {
          if (c.ReadCapacityUnits !== undefined || c.WriteCapacityUnits !== undefined) {
            read += c.ReadCapacityUnits ?? 0;
            write += c.WriteCapacityUnits ?? 0;
          } else if (isRead) read += c.CapacityUnits ?? 0;
          else write += c.CapacityUnits ?? 0;
        }
        if ((operation === 'Query' || operation === 'Scan') && read === 0)
          read = input.ConsistentRead === true ? 1 : 0.5;
        onRequest(operation, read, write);
      };
      handTo(
        dynalite,
        req.headers,
        req.method ?? 'POST',
        req.url ?? '/',
        Buffer.from(JSON.stringify(asked)),
        res,
      );
    });
  });
}
