import { Decimal128 } from 'bson';

/**
 * An exact decimal (coefficient × 10^exponent) for aggregation arithmetic on Decimal128:
 * mingo computes with JS numbers, which would turn 0.1 + 0.2 into 0.30000000000000004.
 * Undefined stands for NaN and the infinities, which are left to JS numbers.
 */
export interface Dec {
  readonly coefficient: bigint;
  readonly exponent: number;
}

// Decimal128 holds 34 significant digits; two more let bson round the last one correctly.
const DIVISION_DIGITS = 36;
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

export function parseDec(text: string): Dec | undefined {
  const match = DECIMAL.exec(text.trim());
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return undefined;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  return {
    coefficient: BigInt(`${sign}${whole}${fraction}` || '0'),
    exponent: Number(exponent) - fraction.length,
  };
}

/** mongod converts a double to Decimal128 rounded to 15 significant digits. */
export function decFromDouble(value: number): Dec | undefined {
  return Number.isFinite(value) ? parseDec(value.toPrecision(15)) : undefined;
}

export function decFromInteger(value: number | bigint): Dec {
  return { coefficient: BigInt(value), exponent: 0 };
}

export function decFromDecimal128(value: Decimal128): Dec | undefined {
  return parseDec(value.toString());
}

export function addDec(a: Dec, b: Dec): Dec {
  const exponent = Math.min(a.exponent, b.exponent);
  return {
    coefficient: scale(a, exponent) + scale(b, exponent),
    exponent,
  };
}

export function negateDec(a: Dec): Dec {
  return { coefficient: -a.coefficient, exponent: a.exponent };
}

export function multiplyDec(a: Dec, b: Dec): Dec {
  return { coefficient: a.coefficient * b.coefficient, exponent: a.exponent + b.exponent };
}

/** a / b with 36 significant digits, trailing zeros dropped down to the ideal exponent. */
export function divideDec(a: Dec, b: Dec): Dec | undefined {
  if (b.coefficient === 0n) return undefined;
  const shift = DIVISION_DIGITS + digits(b.coefficient);
  let coefficient = (a.coefficient * 10n ** BigInt(shift)) / b.coefficient;
  let exponent = a.exponent - b.exponent - shift;
  const ideal = a.exponent - b.exponent;
  while (exponent < ideal && coefficient % 10n === 0n) {
    coefficient /= 10n;
    exponent += 1;
  }
  return { coefficient, exponent };
}

export function toDecimal128(value: Dec): Decimal128 {
  return Decimal128.fromStringWithRounding(`${value.coefficient}E${value.exponent}`);
}

export function decToNumber(value: Dec): number {
  return Number(`${value.coefficient}e${value.exponent}`);
}

function scale(value: Dec, exponent: number): bigint {
  return value.coefficient * 10n ** BigInt(value.exponent - exponent);
}

function digits(value: bigint): number {
  return (value < 0n ? -value : value).toString().length;
}
