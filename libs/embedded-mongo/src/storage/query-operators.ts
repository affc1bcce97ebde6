import * as queryOperators from 'mingo/operators/query';
import type { Options } from 'mingo/types';
import { isPlainObject } from './document';

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

export const QUERY_OPERATORS = { ...queryOperators, $all };
