import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromItem, type Plain, toItem } from '../../shared/adapters/dynamodb/attribute-values.ts';

// Plain JSON as Herald stores it: no empty strings in keys, finite numbers, nested maps and lists.
const plain: fc.Arbitrary<Plain> = fc.letrec<{ value: Plain }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('attribute values (checked against @aws-sdk/util-dynamodb)', () => {
  it('write what util-dynamodb writes, and read what it reads, for every plain shape', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), plain, { maxKeys: 5 }), (item) => {
        expect(toItem(item)).toEqual(marshall(item, { convertTopLevelContainer: false }));
        expect(fromItem(marshall(item))).toEqual(unmarshall(marshall(item)));
      }),
    );
  });

  it('leaves out undefined fields', () => {
    expect(toItem({ a: 'x', b: undefined })).toEqual({ a: { S: 'x' } });
  });
});
