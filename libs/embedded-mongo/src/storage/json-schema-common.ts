import { ErrorCode, MongoCommandError } from '../errors';
import type { Doc } from './document';
import { isNumericWrapper, numberOf } from './numbers';

/** Checks one value against a compiled (sub)schema: mongod's failure details, none when it passes. */
export type SchemaCheck = (value: unknown) => Doc[];

export function parseError(message: string): MongoCommandError {
  return new MongoCommandError(ErrorCode.FailedToParse, message);
}

export function typeMismatch(keyword: string, wanted: string): MongoCommandError {
  return new MongoCommandError(ErrorCode.TypeMismatch, `$jsonSchema keyword '${keyword}' must be ${wanted}`);
}

/** A stored number (JS number, Double, Long or Decimal128) as a JS number; undefined otherwise. */
export function numericValue(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return isNumericWrapper(value) ? numberOf(value) : undefined;
}

/** A keyword's numeric argument, refusing anything else as mongod does when parsing. */
export function numberArg(schema: Doc, keyword: string): number | undefined {
  if (schema[keyword] === undefined) return undefined;
  const value = numericValue(schema[keyword]);
  if (value === undefined) throw typeMismatch(keyword, 'a number');
  return value;
}

/** A keyword's non-negative integer argument (lengths, counts). */
export function countArg(schema: Doc, keyword: string): number | undefined {
  const value = numberArg(schema, keyword);
  if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
    throw typeMismatch(keyword, 'a representable non-negative integer');
  }
  return value;
}

export function boolArg(schema: Doc, keyword: string): boolean | undefined {
  const value = schema[keyword];
  if (value !== undefined && typeof value !== 'boolean') throw typeMismatch(keyword, 'a boolean');
  return value;
}

/** One failure of a keyword, in mongod's errInfo shape. */
export function failure(
  schema: Doc,
  keyword: string,
  reason: string,
  considered: unknown,
  extra?: Doc,
): Doc[] {
  return [
    {
      operatorName: keyword,
      specifiedAs: { [keyword]: schema[keyword] },
      reason,
      consideredValue: considered,
      ...extra,
    },
  ];
}
