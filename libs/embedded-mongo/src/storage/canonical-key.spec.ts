import { Decimal128, Long, ObjectId } from 'bson';
import { canonicalKey } from './canonical-key';

describe('canonicalKey', () => {
  it('keeps values of different BSON types apart', () => {
    const id = new ObjectId();
    const keys = [
      canonicalKey(id),
      canonicalKey(id.toHexString()),
      canonicalKey(1),
      canonicalKey('1'),
      canonicalKey(true),
      canonicalKey(new Date(1)),
      canonicalKey(null),
      canonicalKey([1]),
      canonicalKey({ a: 1 }),
      canonicalKey(Decimal128.fromString('1')),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('maps equal values to the same key', () => {
    const hex = '65a1b2c3d4e5f60718293a4b';
    expect(canonicalKey(new ObjectId(hex))).toBe(canonicalKey(new ObjectId(hex)));
    expect(canonicalKey(new Date(5))).toBe(canonicalKey(new Date(5)));
    expect(canonicalKey(0)).toBe(canonicalKey(-0));
    expect(canonicalKey(Long.fromNumber(42))).toBe(canonicalKey(42));
    expect(canonicalKey(undefined)).toBe(canonicalKey(null));
  });

  it('cannot be fooled by separators inside strings', () => {
    expect(canonicalKey(['a,s1:b'])).not.toBe(canonicalKey(['a', 'b']));
    expect(canonicalKey({ 'a=s1:b': 1 })).not.toBe(canonicalKey({ a: 'b' }));
  });

  it('treats sub-document field order as significant, like MongoDB', () => {
    expect(canonicalKey({ a: 1, b: 2 })).not.toBe(canonicalKey({ b: 2, a: 1 }));
  });
});
