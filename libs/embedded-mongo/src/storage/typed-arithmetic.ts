import { Decimal128, Double, Int32, Long } from 'bson';
import {
  addDec,
  decFromDecimal128,
  decFromDouble,
  decFromInteger,
  decToNumber,
  divideDec,
  multiplyDec,
  negateDec,
  toDecimal128,
  type Dec,
} from './decimal';

/** A number with the BSON type mongod would give it. */
export type Typed =
  | { kind: 'int'; value: number }
  | { kind: 'long'; value: bigint }
  | { kind: 'double'; value: number }
  | { kind: 'decimal'; value: Dec };

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

export const INT_ZERO: Typed = { kind: 'int', value: 0 };
export const INT_ONE: Typed = { kind: 'int', value: 1 };

/** A value as storage holds it (see storage/numbers); undefined when it is not a number. */
export function typedOf(value: unknown): Typed | undefined {
  if (typeof value === 'number') {
    const int = Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX && !Object.is(value, -0);
    return int ? { kind: 'int', value } : { kind: 'double', value };
  }
  if (typeof value === 'bigint') return { kind: 'long', value };
  if (value instanceof Int32) return { kind: 'int', value: value.value };
  if (value instanceof Double) return { kind: 'double', value: value.value };
  if (value instanceof Long) return { kind: 'long', value: value.toBigInt() };
  if (value instanceof Decimal128) {
    const dec = decFromDecimal128(value);
    return dec ? { kind: 'decimal', value: dec } : { kind: 'double', value: Number(value.toString()) };
  }
  return undefined;
}

/** The value to store or send: bson writes an integral JS number as int32, so doubles are wrapped. */
export function fromTyped(typed: Typed): unknown {
  switch (typed.kind) {
    case 'int':
      return typed.value;
    case 'long':
      return Long.fromBigInt(typed.value);
    case 'double':
      return Number.isInteger(typed.value) ? new Double(typed.value) : typed.value;
    case 'decimal':
      return toDecimal128(typed.value);
  }
}

export function asNumber(typed: Typed): number {
  if (typed.kind === 'decimal') return decToNumber(typed.value);
  return Number(typed.value);
}

export function asDec(typed: Typed): Dec | undefined {
  if (typed.kind === 'decimal') return typed.value;
  if (typed.kind === 'double') return decFromDouble(typed.value);
  return decFromInteger(typed.value);
}

interface Operation {
  integer(a: bigint, b: bigint): bigint;
  double(a: number, b: number): number;
  decimal(a: Dec, b: Dec): Dec | undefined;
}

/**
 * mongod's promotion: decimal if either is one, else double if either is one, else an integer
 * result that is an int32 when both were and it fits, else an int64, else (int64 overflow) a double.
 */
function binary(a: Typed, b: Typed, operation: Operation): Typed {
  if (a.kind === 'int' && b.kind === 'int' && operation !== MULTIPLY) {
    // Sums and differences of two int32 are exact as JS numbers: no BigInt on the common path.
    const result = operation.double(a.value, b.value);
    if (result >= INT32_MIN && result <= INT32_MAX) return { kind: 'int', value: result };
    return { kind: 'long', value: BigInt(result) };
  }
  if (a.kind === 'decimal' || b.kind === 'decimal') {
    const [x, y] = [asDec(a), asDec(b)];
    const result = x && y ? operation.decimal(x, y) : undefined;
    if (result) return { kind: 'decimal', value: result };
  }
  if (a.kind !== 'int' && a.kind !== 'long') return double(operation, a, b);
  if (b.kind !== 'int' && b.kind !== 'long') return double(operation, a, b);
  const result = operation.integer(BigInt(a.value), BigInt(b.value));
  const bothInt = a.kind === 'int' && b.kind === 'int';
  if (bothInt && result >= BigInt(INT32_MIN) && result <= BigInt(INT32_MAX)) {
    return { kind: 'int', value: Number(result) };
  }
  if (result >= INT64_MIN && result <= INT64_MAX) return { kind: 'long', value: result };
  return double(operation, a, b);
}

function double(operation: Operation, a: Typed, b: Typed): Typed {
  return { kind: 'double', value: operation.double(asNumber(a), asNumber(b)) };
}

const ADD: Operation = { integer: (a, b) => a + b, double: (a, b) => a + b, decimal: addDec };
const SUBTRACT: Operation = {
  integer: (a, b) => a - b,
  double: (a, b) => a - b,
  decimal: (a, b) => addDec(a, negateDec(b)),
};
const MULTIPLY: Operation = { integer: (a, b) => a * b, double: (a, b) => a * b, decimal: multiplyDec };

export const addTyped = (a: Typed, b: Typed): Typed => binary(a, b, ADD);
export const subtractTyped = (a: Typed, b: Typed): Typed => binary(a, b, SUBTRACT);
export const multiplyTyped = (a: Typed, b: Typed): Typed => binary(a, b, MULTIPLY);

/** Division gives a double, or a decimal when either side is one; undefined for a zero divisor. */
export function divideTyped(a: Typed, b: Typed): Typed | undefined {
  if (asNumber(b) === 0) return undefined;
  if (a.kind === 'decimal' || b.kind === 'decimal') {
    const [x, y] = [asDec(a), asDec(b)];
    const result = x && y ? divideDec(x, y) : undefined;
    if (result) return { kind: 'decimal', value: result };
  }
  return { kind: 'double', value: asNumber(a) / asNumber(b) };
}

/** `$sum`: non-numbers are ignored; nothing to add gives int32 0. */
export function sumTyped(values: readonly unknown[]): Typed {
  let total = INT_ZERO;
  for (const value of values) {
    const typed = typedOf(value);
    if (typed) total = addTyped(total, typed);
  }
  return total;
}

/** `$avg`: a double, or a decimal when any value is one; null when there is no number. */
export function avgTyped(values: readonly unknown[]): Typed | null {
  const numbers = values.map(typedOf).filter((typed): typed is Typed => typed !== undefined);
  if (numbers.length === 0) return null;
  const total = numbers.reduce(addTyped, INT_ZERO);
  const count: Typed = { kind: 'int', value: numbers.length };
  if (total.kind === 'decimal') return divideTyped(total, count) ?? null;
  return { kind: 'double', value: asNumber(total) / numbers.length };
}
