import { Decimal128, Double, EJSON, Int32, Long } from 'bson';
import { badValue, ErrorCode, MongoCommandError } from '../errors';
import { canonicalKey, sortedKey } from './canonical-key';
import type { IndexSpec } from './collection-index';
import { isPlainObject, toNumber, type Doc } from './document';

const INDEX_KINDS = new Set(['text', '2d', '2dsphere', 'hashed', 'geoHaystack']);
// Accepted for compatibility but not kept: mongod ignores them since 4.2.
const IGNORED_OPTIONS = new Set(['v', 'key', 'name', 'background', 'ns']);
const MAX_INT32 = 2 ** 31 - 1;

/** Validates a createIndexes entry and returns it as listIndexes will show it. */
export function normalizeIndexSpec(raw: Doc): IndexSpec {
  const key = raw['key'];
  if (!isPlainObject(key) || Object.keys(key).length === 0) {
    throw new MongoCommandError(ErrorCode.CannotCreateIndex, 'Index keys cannot be an empty field');
  }
  for (const [field, kind] of Object.entries(key)) {
    const valid =
      (typeof kind === 'number' && kind !== 0) || (typeof kind === 'string' && INDEX_KINDS.has(kind));
    if (!valid) {
      throw new MongoCommandError(
        ErrorCode.CannotCreateIndex,
        `Values in the index key pattern can only be non-zero numbers or index kinds; got ${String(kind)} for ${field}`,
      );
    }
  }
  const name = raw['name'] ?? defaultIndexName(key);
  if (typeof name !== 'string' || name.length === 0) throw badValue('index name must be a non-empty string');
  const spec: IndexSpec = { v: 2, key, name };
  for (const [option, value] of Object.entries(raw)) if (!IGNORED_OPTIONS.has(option)) spec[option] = value;
  if (spec.partialFilterExpression !== undefined && !isPlainObject(spec.partialFilterExpression)) {
    throw badValue('partialFilterExpression must be an object');
  }
  // CollectionIndex and the TTL sweeper test `=== true` and `typeof number`: settle the types here.
  for (const option of ['unique', 'sparse'] as const) {
    if (spec[option] !== undefined) spec[option] = truthValue(option, spec[option]);
  }
  if (spec.expireAfterSeconds !== undefined) spec.expireAfterSeconds = ttlSeconds(spec);
  return spec;
}

// Like mongod, numbers count as booleans (`unique: 1` is a unique index) and listIndexes shows them as such.
function truthValue(option: string, value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  const number = numberOf(value);
  if (number === undefined) {
    throw new MongoCommandError(
      ErrorCode.TypeMismatch,
      `The field '${option}' has value ${option}: ${EJSON.stringify(value)}, which is not convertible to bool`,
    );
  }
  return number !== 0; // NaN too, as BSON's trueValue
}

// The checks of mongod's createIndexes (validateIndexSpecTTL), all CannotCreateIndex.
function ttlSeconds(spec: IndexSpec): number {
  const value: unknown = spec.expireAfterSeconds;
  const seconds = numberOf(value);
  const refuse = (problem: string) =>
    new MongoCommandError(ErrorCode.CannotCreateIndex, `TTL index 'expireAfterSeconds' ${problem}`);
  if (seconds === undefined) throw refuse(`option must be numeric, but received a type of '${typeof value}'`);
  if (Number.isNaN(seconds)) throw refuse('option must not be NaN');
  if (seconds < 0) throw refuse('option cannot be less than 0');
  if (seconds > MAX_INT32) throw refuse('must be within the range of a 32-bit integer');
  if (Object.keys(spec.key).length !== 1) {
    throw new MongoCommandError(
      ErrorCode.CannotCreateIndex,
      'TTL indexes are single-field indexes, compound indexes do not support TTL',
    );
  }
  return seconds;
}

function numberOf(value: unknown): number | undefined {
  if (value instanceof Decimal128) return Number(value.toString());
  const numeric =
    typeof value === 'number' ||
    typeof value === 'bigint' ||
    value instanceof Long ||
    value instanceof Int32 ||
    value instanceof Double;
  return numeric ? toNumber(value, Number.NaN) : undefined;
}

function defaultIndexName(key: Doc): string {
  return Object.entries(key)
    .map(([field, kind]) => `${field}_${String(kind)}`)
    .join('_');
}

export function sameKey(a: IndexSpec, b: IndexSpec): boolean {
  return canonicalKey(a.key) === canonicalKey(b.key);
}

/** Options that make two indexes on the same key different indexes. */
export function sameOptions(a: IndexSpec, b: IndexSpec): boolean {
  return optionsKey(a) === optionsKey(b);
}

export function distinguishable(a: IndexSpec, b: IndexSpec): boolean {
  return (
    canonicalKey(a.partialFilterExpression) !== canonicalKey(b.partialFilterExpression) ||
    canonicalKey(a['collation']) !== canonicalKey(b['collation'])
  );
}

function optionsKey(spec: IndexSpec): string {
  const entries = Object.entries(spec)
    .filter(([option]) => !IGNORED_OPTIONS.has(option))
    .filter(([option, value]) => !((option === 'unique' || option === 'sparse') && value === false));
  return sortedKey(Object.fromEntries(entries));
}
