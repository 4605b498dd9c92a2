// DynamoDB's capacity rules where the local stack has to apply them itself (Developer Guide, "DynamoDB read
// and write operations"): an item's size as DynamoDB counts it, and the write units a conditional write whose
// condition failed still consumes (the size of the item as stored, at least one), which neither DynamoDB nor
// dynalite reports with the error.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

/** A number's size: one byte per two significant digits, plus one. */
function numberSize(n: string): number {
  const digits = n
    .replace(/^[-+]/, '')
    .replace(/e.*$/i, '')
    .replace('.', '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');
  return Math.ceil(Math.max(digits.length, 1) / 2) + 1;
}

function valueSize(value: AttributeValue): number {
  if (value.S !== undefined) return utf8(value.S);
  if (value.N !== undefined) return numberSize(value.N);
  // From the wire (JSON), a binary value is base64 text.
  const binary = value.B as Uint8Array | string | undefined;
  if (binary !== undefined)
    return typeof binary === 'string' ? Buffer.from(binary, 'base64').byteLength : binary.byteLength;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.SS !== undefined) return value.SS.reduce((sum, s) => sum + utf8(s), 0);
  if (value.NS !== undefined) return value.NS.reduce((sum, n) => sum + numberSize(n), 0);
  if (value.BS !== undefined) return value.BS.reduce((sum, b) => sum + b.byteLength, 0);
  // A list or map: 3 bytes, and 1 byte per element, besides its elements.
  if (value.L !== undefined) return 3 + value.L.reduce((sum, v) => sum + 1 + valueSize(v), 0);
  if (value.M !== undefined) return 3 + Object.keys(value.M).length + itemSize(value.M);
  return 0;
}

/** An item's size as DynamoDB counts it: each attribute's name and value. */
export function itemSize(item: Record<string, AttributeValue>): number {
  return Object.entries(item).reduce((sum, [name, value]) => sum + utf8(name) + valueSize(value), 0);
}

/** The write units a failed conditional write consumes: the stored item's size in KB, at least one. */
export const failedWriteUnits = (storedItemBytes: number) => Math.max(1, Math.ceil(storedItemBytes / 1024));
