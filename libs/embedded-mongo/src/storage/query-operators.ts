import * as queryOperators from 'mingo/operators/query';
import type { Options } from 'mingo/types';
import { Decimal128, Double, Long } from 'bson';
import { getPath, isPlainObject } from './document';
import { compileSchema } from './json-schema';
import { originalOf } from './numbers';

type Predicate = (doc: unknown) => boolean;

/**
 * `$all` as mongod defines it: the `$and` of one equality (or `$elemMatch`) per value, so a
 * scalar field holding the value matches too. mingo's own `$all` only looks inside arrays.
 */
function $all(selector: string, values: unknown, options: Options): Predicate {
  if (!Array.isArray(values)) throw new Error('$all needs an array');
  const predicates = values.map((value): Predicate => {
    if (isPlainObject(value) && Object.keys(value)[0] === '$elemMatch') {
      return queryOperators.$elemMatch(
        selector,
        value['$elemMatch'] as Record<string, unknown>,
        options,
      ) as Predicate;
    }
    if (value instanceof RegExp) return queryOperators.$regex(selector, value, options) as Predicate;
    return queryOperators.$eq(selector, value, options) as Predicate;
  });
  return (doc) => predicates.length > 0 && predicates.every((predicate) => predicate(doc));
}

const WRAPPER_TYPES: ReadonlyArray<[new (...args: never[]) => unknown, ReadonlyArray<string | number>]> = [
  [Double, ['double', 1, 'number']],
  [Long, ['long', 18, 'number']],
  [Decimal128, ['decimal', 19, 'number']],
];

/**
 * `$type` on the stored value: queries run over numeric views (storage/numbers), where a double
 * 1.0 or an int64 has become a JS number, so a top-level document's original is consulted.
 */
function $type(selector: string, spec: unknown, options: Options): Predicate {
  const fallback = queryOperators.$type(selector, spec, options) as Predicate;
  const wanted: unknown[] = Array.isArray(spec) ? spec : [spec];
  return (doc) => {
    const original = isPlainObject(doc) ? originalOf(doc) : doc;
    const value = isPlainObject(original) ? getPath(original, selector) : undefined;
    const names = numericTypeNames(value);
    if (!names) return fallback(doc);
    return wanted.some((name) => names.includes(name as string | number));
  };
}

// A JS number is stored as int32 when integral and in range, else as a double (as bson writes it).
function numericTypeNames(value: unknown): ReadonlyArray<string | number> | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) && Math.abs(value) <= 0x7fffffff
      ? ['int', 16, 'number']
      : ['double', 1, 'number'];
  }
  return WRAPPER_TYPES.find(([type]) => value instanceof type)?.[1];
}

/**
 * `$jsonSchema` (in queries and validators) over the stored document rather than its numeric
 * view, so `bsonType` tells int32, double and int64 apart.
 */
function $jsonSchema(_selector: string, schema: unknown, _options: Options): Predicate {
  const check = compileSchema(schema);
  return (doc) => check(isPlainObject(doc) ? originalOf(doc) : doc).length === 0;
}

export const QUERY_OPERATORS = { ...queryOperators, $all, $type, $jsonSchema };
