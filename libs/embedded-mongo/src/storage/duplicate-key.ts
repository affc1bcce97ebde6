import { ErrorCode, MongoCommandError } from '../errors';
import { isPlainObject, type Doc } from './document';

/** The E11000 error exactly as mongod words it, with keyPattern and keyValue. */
export function duplicateKeyError(
  ns: string,
  indexName: string,
  keyPattern: Doc,
  values: readonly unknown[],
): MongoCommandError {
  const keyValue: Doc = {};
  Object.keys(keyPattern).forEach((field, i) => {
    keyValue[field] = values[i] ?? null;
  });
  const dupKey = Object.entries(keyValue)
    .map(([field, value]) => `${field}: ${formatValue(value)}`)
    .join(', ');
  return new MongoCommandError(
    ErrorCode.DuplicateKey,
    `E11000 duplicate key error collection: ${ns} index: ${indexName} dup key: { ${dupKey} }`,
    { keyPattern, keyValue },
  );
}

// Mirrors the shell-like rendering mongod uses in "dup key: { … }".
function formatValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (value instanceof Date) return `new Date(${value.getTime()})`;
  if (Array.isArray(value)) return `[ ${value.map(formatValue).join(', ')} ]`;
  if (isPlainObject(value)) {
    const inner = Object.entries(value)
      .map(([k, v]) => `${k}: ${formatValue(v)}`)
      .join(', ');
    return inner ? `{ ${inner} }` : '{}';
  }
  // BSON classes (ObjectId, Decimal128, Long, …) all render themselves with toString().
  const bson = value as { _bsontype?: unknown; toString(): string };
  switch (bson._bsontype) {
    case 'ObjectId':
      return `ObjectId('${bson.toString()}')`;
    case 'Decimal128':
      return `NumberDecimal("${bson.toString()}")`;
    default:
      return bson.toString();
  }
}
