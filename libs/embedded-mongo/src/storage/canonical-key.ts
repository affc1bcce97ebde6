import { EJSON, type Decimal128, type Long, type ObjectId } from 'bson';

/**
 * A type-aware string for a BSON value, used as the key of index maps: values MongoDB
 * considers equal map to the same string, and ObjectId('…') never collides with '…'.
 * Numbers share one space because ints, doubles and small longs are all JS numbers here.
 */
export function canonicalKey(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'n';
    case 'number':
      return Number.isNaN(value) ? 'd:NaN' : `d:${value === 0 ? 0 : value}`;
    case 'bigint':
      return `d:${value}`;
    case 'string':
      return `s${value.length}:${value}`;
    case 'boolean':
      return value ? 'b:1' : 'b:0';
    case 'object':
      return value === null ? 'n' : objectKey(value);
    case 'symbol':
    case 'function':
      return `x:${String(value)}`;
    default:
      return `x:${String(value)}`;
  }
}

/** Like canonicalKey, but field order does not matter (for option documents, not data). */
export function sortedKey(doc: Record<string, unknown>): string {
  const entries = Object.entries(doc).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return canonicalKey(Object.fromEntries(entries));
}

function objectKey(value: object): string {
  if (value instanceof Date) return `t:${value.getTime()}`;
  if (Array.isArray(value)) return `a${value.length}:[${value.map(canonicalKey).join(',')}]`;
  if (value instanceof RegExp) return `r${value.source.length}:${value.source}/${value.flags}`;
  const bsonType = (value as { _bsontype?: unknown })._bsontype;
  if (typeof bsonType === 'string') return bsonKey(bsonType, value);
  // Sub-document equality in MongoDB depends on field order, so keep it.
  const parts = Object.entries(value).map(([key, v]) => `${key.length}:${key}=${canonicalKey(v)}`);
  return `o${parts.length}:{${parts.join(',')}}`;
}

function bsonKey(bsonType: string, value: object): string {
  switch (bsonType) {
    case 'ObjectId':
      return `i:${(value as ObjectId).toHexString()}`;
    case 'Long':
      return `d:${(value as Long).toString()}`;
    case 'Int32':
    case 'Double':
      return canonicalKey((value as { value?: unknown }).value);
    case 'Decimal128':
      return `m:${(value as Decimal128).toString()}`;
    default:
      return `${bsonType}:${EJSON.stringify(value, { relaxed: false })}`;
  }
}
