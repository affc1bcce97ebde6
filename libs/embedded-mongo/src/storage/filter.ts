import { Query } from 'mingo/query';
import { badValue, toMongoError } from '../errors';
import { isPlainObject, type Doc } from './document';
import { computeOptions } from './mingo-options';

/** Compiles a query filter; unknown operators and malformed filters become BadValue. */
export function compileFilter(filter: unknown): Query {
  const criteria = readFilter(filter);
  try {
    return new Query(criteria, computeOptions());
  } catch (error) {
    throw toMongoError(error);
  }
}

export function readFilter(filter: unknown, field = 'filter'): Doc {
  if (filter === undefined || filter === null) return {};
  if (!isPlainObject(filter)) throw badValue(`${field} must be an object`);
  return filter;
}
