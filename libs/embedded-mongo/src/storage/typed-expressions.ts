import { Long } from 'bson';
import { evalExpr } from 'mingo/core';
import { $first, $last, $max, $min } from 'mingo/operators/accumulator';
import type { Options } from 'mingo/types';
import { resolve } from 'mingo/util';
import { decFromDouble, decFromInteger, parseDec, toDecimal128 } from './decimal';
import { cloneDoc, isPlainObject, type Doc } from './document';
import { isNumericWrapper, numberOf, numericView, originalOf } from './numbers';
import {
  addTyped,
  asNumber,
  avgTyped,
  divideTyped,
  fromTyped,
  INT_ONE,
  INT_ZERO,
  multiplyTyped,
  subtractTyped,
  sumTyped,
  typedOf,
  type Typed,
} from './typed-arithmetic';

/**
 * mingo computes with JS numbers, so an int64, a double 1.0 or a Decimal128 would come out of an
 * aggregation as whatever bson makes of a JS number. The operators below compute what mongod
 * does instead: field paths are read from the stored document (with its BSON types) and the
 * result has mongod's type. They run only where the pipeline rewriter (typed-pipeline.ts) puts
 * them: at the top of a `$project`/`$addFields` field or a `$group` accumulator, whose results go
 * straight into the output. Anywhere else mingo's own operators run, unchanged.
 */
type Impl = (obj: unknown, args: unknown, options: Options) => unknown;
type Accumulator = (coll: unknown[], expr: unknown, options: Options) => unknown;

// An operator that cannot type its arguments (dates, strings) leaves the work to mingo.
const FALLBACK = Symbol('fallback');

// Plain-number copies given to stages that write into their input, mapped to the typed documents.
const SOURCES = new WeakMap<object, Doc>();

/** A copy of the document with JS numbers only, whose field paths still resolve to typed values. */
export function plainCopy(typed: Doc): Doc {
  const copy = cloneDoc(numericView(typed));
  SOURCES.set(copy, typed);
  return copy;
}

/** Evaluates an expression, typed where it can be. */
export function typedEval(obj: unknown, expr: unknown, options: Options): unknown {
  if (typeof expr === 'string' && expr.startsWith('$') && !expr.startsWith('$$') && isPlainObject(obj)) {
    return resolve(SOURCES.get(obj) ?? originalOf(obj), expr.slice(1));
  }
  if (isPlainObject(expr)) {
    const keys = Object.keys(expr);
    const impl = keys.length === 1 ? TYPED_OPERATORS[keys[0] ?? ''] : undefined;
    const result = impl ? impl(obj, expr[keys[0] ?? ''], options) : FALLBACK;
    if (result !== FALLBACK) return result;
  }
  return evalExpr(obj, expr, options);
}

function typedArguments(obj: unknown, args: unknown, options: Options): unknown[] | undefined {
  return Array.isArray(args) ? args.map((arg) => typedEval(obj, arg, options)) : undefined;
}

// $add/$multiply: null when any argument is null or missing, as in mongod.
function fold(start: Typed, operation: (a: Typed, b: Typed) => Typed): Impl {
  return (obj, args, options) => {
    const values = typedArguments(obj, args, options);
    if (!values) return FALLBACK;
    if (values.some((value) => value === null || value === undefined)) return null;
    const typed = values.map(typedOf);
    if (typed.some((value) => value === undefined)) return FALLBACK;
    return fromTyped((typed as Typed[]).reduce(operation, start));
  };
}

function pair(operation: (a: Typed, b: Typed) => Typed | undefined): Impl {
  return (obj, args, options) => {
    const values = typedArguments(obj, args, options);
    if (!values || values.length !== 2) return FALLBACK;
    if (values.some((value) => value === null || value === undefined)) return null;
    const [a, b] = values.map(typedOf);
    const result = a && b ? operation(a, b) : undefined;
    return result ? fromTyped(result) : FALLBACK;
  };
}

// In an expression, `$sum`/`$avg` take a list of operands, or one operand that is an array.
function listOf(obj: unknown, args: unknown, options: Options): unknown[] {
  const values = Array.isArray(args)
    ? args.map((arg) => typedEval(obj, arg, options))
    : [typedEval(obj, args, options)];
  return values.length === 1 && Array.isArray(values[0]) ? (values[0] as unknown[]) : values;
}

// Conversions: what mingo accepts (strings, booleans, dates) it converts; numbers keep precision.
function conversion(
  name: string,
  convert: (typed: Typed) => unknown,
  fromNumber: (n: number) => unknown,
): Impl {
  return (obj, arg, options) => {
    const value = typedEval(obj, arg, options);
    const typed = typedOf(value);
    const result = typed ? convert(typed) : FALLBACK;
    if (result !== FALLBACK) return result;
    if (name === '$toDecimal' && typeof value === 'string') {
      const dec = parseDec(value);
      if (dec) return toDecimal128(dec);
    }
    const converted: unknown = evalExpr(obj, { [name]: arg }, options);
    return typeof converted === 'number' ? fromNumber(converted) : converted;
  };
}

const toLong = (typed: Typed): unknown => {
  if (typed.kind === 'long') return Long.fromBigInt(typed.value);
  if (typed.kind === 'int') return Long.fromNumber(typed.value);
  return FALLBACK; // doubles and decimals: mingo truncates and checks the range
};

const toDecimal = (typed: Typed): unknown => {
  if (typed.kind === 'decimal') return toDecimal128(typed.value);
  const dec = typed.kind === 'double' ? decFromDouble(typed.value) : decFromInteger(typed.value);
  return dec ? toDecimal128(dec) : FALLBACK;
};

const TYPED_OPERATORS: Record<string, Impl> = {
  $add: fold(INT_ZERO, addTyped),
  $multiply: fold(INT_ONE, multiplyTyped),
  $subtract: pair(subtractTyped),
  $divide: pair(divideTyped),
  $sum: (obj, args, options) => fromTyped(sumTyped(listOf(obj, args, options))),
  $avg: (obj, args, options) => {
    const average = avgTyped(listOf(obj, args, options));
    return average ? fromTyped(average) : null;
  },
  $toLong: conversion('$toLong', toLong, (n) => Long.fromNumber(n)),
  $toDouble: conversion(
    '$toDouble',
    (typed) => fromTyped({ kind: 'double', value: asNumber(typed) }),
    (n) => fromTyped({ kind: 'double', value: n }),
  ),
  $toDecimal: conversion('$toDecimal', toDecimal, (n) => {
    const dec = Number.isInteger(n) ? decFromInteger(n) : decFromDouble(n);
    return dec ? toDecimal128(dec) : n;
  }),
};

export const TYPED_OPERATOR_NAMES: ReadonlySet<string> = new Set(Object.keys(TYPED_OPERATORS));

// mingo's result for a value passed through ($first, $min, …), with the stored value's type.
function retyped(operator: unknown): Accumulator {
  const original = operator as Accumulator;
  return (coll, expr, options) => {
    const result: unknown = original(coll, expr, options);
    if (typeof result !== 'number') return result;
    for (const doc of coll) {
      const value = typedEval(doc, expr, options);
      if (isNumericWrapper(value) && numberOf(value) === result) return value;
      if (value === result) return value;
    }
    return result;
  };
}

/** Accumulators the rewriter puts in `$group`/`$bucket` in place of mongod's names. */
export const TYPED_ACCUMULATORS: Record<string, Accumulator> = {
  $__sum: (coll, expr, options) => {
    // {$sum: 1} counts: the constant times the number of documents, in the constant's type.
    const constant = typedOf(expr);
    if (constant) return fromTyped(multiplyTyped(constant, { kind: 'int', value: coll.length }));
    return fromTyped(sumTyped(coll.map((doc) => typedEval(doc, expr, options))));
  },
  $__avg: (coll, expr, options) => {
    const average = avgTyped(coll.map((doc) => typedEval(doc, expr, options)));
    return average ? fromTyped(average) : null;
  },
  $__first: retyped($first),
  $__last: retyped($last),
  $__min: retyped($min),
  $__max: retyped($max),
};

/** `{$__typed: expr}`: the rewriter's marker for a field computed with BSON types. */
export const TYPED_EXPRESSIONS = {
  $__typed: (obj: unknown, expr: unknown, options: Options): unknown => typedEval(obj, expr, options),
};
