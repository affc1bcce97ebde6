import { Decimal128, Double, Long } from 'bson';
import { divideDec, parseDec, toDecimal128 } from './decimal';
import {
  addTyped,
  avgTyped,
  fromTyped,
  multiplyTyped,
  subtractTyped,
  sumTyped,
  typedOf,
  type Typed,
} from './typed-arithmetic';

const int = (value: number): Typed => ({ kind: 'int', value });
const long = (value: bigint): Typed => ({ kind: 'long', value });
const kindAndText = (typed: Typed | null) => typed && { kind: typed.kind, text: String(fromTyped(typed)) };

describe('typed arithmetic (mongod promotion rules)', () => {
  it('reads each stored number with its BSON type', () => {
    expect(
      [1, 1.5, -0, 2 ** 31, new Double(2), Long.fromNumber(3), Decimal128.fromString('4')].map(
        (v) => typedOf(v)?.kind,
      ),
    ).toEqual(['int', 'double', 'double', 'double', 'double', 'long', 'decimal']);
    expect(typedOf('1')).toBeUndefined();
    expect(typedOf(null)).toBeUndefined();
  });

  it('keeps int32 results in int32, overflows into int64, and int64 overflow into a double', () => {
    expect(addTyped(int(1), int(2))).toEqual(int(3));
    expect(addTyped(int(2 ** 31 - 1), int(1))).toEqual(long(2n ** 31n));
    expect(subtractTyped(int(-(2 ** 31)), int(1))).toEqual(long(-(2n ** 31n) - 1n));
    expect(multiplyTyped(int(65536), int(65536))).toEqual(long(2n ** 32n));
    expect(addTyped(long(1n), int(1))).toEqual(long(2n));
    expect(addTyped(long(2n ** 63n - 1n), int(1)).kind).toBe('double');
    expect(multiplyTyped(long(2n ** 40n), long(2n ** 40n))).toEqual({ kind: 'double', value: 2 ** 80 });
  });

  it('gives a double when a double takes part, and a decimal, computed exactly, when a decimal does', () => {
    expect(addTyped(int(1), { kind: 'double', value: 1 })).toEqual({ kind: 'double', value: 2 });
    expect(fromTyped({ kind: 'double', value: 2 })).toEqual(new Double(2));
    expect(fromTyped({ kind: 'double', value: 2.5 })).toBe(2.5);
    const tenth = typedOf(Decimal128.fromString('0.1')) as Typed;
    const fifth = typedOf(Decimal128.fromString('0.2')) as Typed;
    expect(kindAndText(addTyped(tenth, fifth))).toEqual({ kind: 'decimal', text: '0.3' });
    expect(kindAndText(multiplyTyped(tenth, long(3n)))).toEqual({ kind: 'decimal', text: '0.3' });
    // A double becomes a decimal rounded to 15 significant digits, as mongod converts it.
    expect(kindAndText(addTyped(tenth, { kind: 'double', value: 0.1 }))).toEqual({
      kind: 'decimal',
      text: '0.200000000000000',
    });
  });

  it('sums ignoring non-numbers (int32 0 for nothing) and averages to a double or a decimal', () => {
    expect(sumTyped([])).toEqual(int(0));
    expect(sumTyped([1, 'x', null, [2], Long.fromNumber(2)])).toEqual(long(3n));
    expect(avgTyped([1, 2])).toEqual({ kind: 'double', value: 1.5 });
    expect(avgTyped([2, 2])).toEqual({ kind: 'double', value: 2 });
    expect(avgTyped(['x'])).toBeNull();
    expect(kindAndText(avgTyped([Decimal128.fromString('1'), 2]))).toEqual({ kind: 'decimal', text: '1.5' });
  });

  it('divides decimals to 34 significant digits and keeps the ideal exponent when exact', () => {
    const third = divideDec(parseDec('1') ?? { coefficient: 0n, exponent: 0 }, {
      coefficient: 3n,
      exponent: 0,
    });
    expect(third && toDecimal128(third).toString()).toBe('0.3333333333333333333333333333333333');
    const exact = divideDec(parseDec('7.50') ?? { coefficient: 0n, exponent: 0 }, {
      coefficient: 3n,
      exponent: 0,
    });
    expect(exact && toDecimal128(exact).toString()).toBe('2.50');
    expect(divideDec({ coefficient: 1n, exponent: 0 }, { coefficient: 0n, exponent: 0 })).toBeUndefined();
    expect(parseDec('abc')).toBeUndefined();
    expect(parseDec('1.5e3')).toEqual({ coefficient: 15n, exponent: 2 });
  });
});
