import { badValue, ErrorCode, MongoCommandError } from '../errors';
import { canonicalKey } from './canonical-key';
import type { IndexSpec } from './collection-index';
import { isPlainObject, type Doc } from './document';

const INDEX_KINDS = new Set(['text', '2d', '2dsphere', 'hashed', 'geoHaystack']);
// Accepted for compatibility but not kept: mongod ignores them since 4.2.
const IGNORED_OPTIONS = new Set(['v', 'key', 'name', 'background', 'ns']);

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
  return spec;
}

export function defaultIndexName(key: Doc): string {
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
    .filter(([option, value]) => !((option === 'unique' || option === 'sparse') && value === false))
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return canonicalKey(Object.fromEntries(entries));
}
