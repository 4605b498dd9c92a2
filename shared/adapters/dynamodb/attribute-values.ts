import type { AttributeValue } from '@aws-sdk/client-dynamodb';

// Reading and writing the plain JSON shapes Herald stores (strings, numbers, booleans, null, maps, lists)
// as DynamoDB attribute values. The trigger functions' bundles have no room for @aws-sdk/util-dynamodb
// (5 KB), which the profile writer, off the hot path, still uses; test/unit/attribute-values.test.ts
// checks both agree on every shape Herald stores.
export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

export function fromAttributeValue(value: AttributeValue): Plain {
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return Number(value.N);
  if (value.BOOL !== undefined) return value.BOOL;
  if (value.NULL) return null;
  if (value.L) return value.L.map(fromAttributeValue);
  if (value.M) return fromItem(value.M);
  if (value.SS) return value.SS;
  throw new TypeError(`attribute value of an unexpected type: ${Object.keys(value).join(', ')}`);
}

export function fromItem(item: Record<string, AttributeValue>): { [key: string]: Plain } {
  return Object.fromEntries(Object.entries(item).map(([name, value]) => [name, fromAttributeValue(value)]));
}

export function toAttributeValue(value: Plain): AttributeValue {
  if (value === null) return { NULL: true };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: String(value) };
  if (typeof value === 'boolean') return { BOOL: value };
  if (Array.isArray(value)) return { L: value.map(toAttributeValue) };
  return { M: toItem(value) };
}

/** Leaves out undefined fields, as the item would not have them. */
export function toItem(value: { [key: string]: Plain | undefined }): Record<string, AttributeValue> {
  return Object.fromEntries(
    Object.entries(value)
      .filter((entry): entry is [string, Plain] => entry[1] !== undefined)
      .map(([name, v]) => [name, toAttributeValue(v)]),
  );
}
