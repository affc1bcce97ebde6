import { isPlainObject } from './document';

/**
 * The `$type`/`bsonType` alias of a value as storage holds it (see storage/numbers): a JS number
 * is an int32 when integral and in range, else a double, as bson writes it. Undefined for a
 * missing value.
 */
export function bsonTypeOf(value: unknown): string | undefined {
  switch (typeof value) {
    case 'undefined':
      return undefined;
    case 'number':
      return Number.isInteger(value) && Math.abs(value) <= 0x7fffffff && !Object.is(value, -0)
        ? 'int'
        : 'double';
    case 'bigint':
      return 'long';
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'object':
      return objectType(value);
    default:
      return 'javascript';
  }
}

const BSON_CLASSES: Record<string, string> = {
  Double: 'double',
  Int32: 'int',
  Long: 'long',
  Decimal128: 'decimal',
  ObjectId: 'objectId',
  ObjectID: 'objectId',
  Binary: 'binData',
  Timestamp: 'timestamp',
  BSONRegExp: 'regex',
  BSONSymbol: 'symbol',
  MinKey: 'minKey',
  MaxKey: 'maxKey',
  DBRef: 'object',
};

function objectType(value: object | null): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (value instanceof RegExp) return 'regex';
  if (isPlainObject(value)) return 'object';
  const bsonClass = (value as { _bsontype?: unknown })._bsontype;
  if (bsonClass === 'Code') {
    return (value as { scope?: unknown }).scope ? 'javascriptWithScope' : 'javascript';
  }
  return (typeof bsonClass === 'string' ? BSON_CLASSES[bsonClass] : undefined) ?? 'object';
}

export const NUMERIC_TYPES: ReadonlySet<string> = new Set(['int', 'long', 'double', 'decimal']);

export const BSON_TYPE_ALIASES: ReadonlySet<string> = new Set([
  ...NUMERIC_TYPES,
  'number',
  'string',
  'object',
  'array',
  'binData',
  'undefined',
  'objectId',
  'bool',
  'date',
  'null',
  'regex',
  'dbPointer',
  'javascript',
  'symbol',
  'javascriptWithScope',
  'timestamp',
  'minKey',
  'maxKey',
]);

/** JSON Schema `type` names as mongod maps them to BSON types ("integer" is not supported). */
export function jsonTypeMatches(jsonType: string, bsonType: string): boolean {
  switch (jsonType) {
    case 'number':
      return NUMERIC_TYPES.has(bsonType);
    case 'boolean':
      return bsonType === 'bool';
    default:
      return jsonType === bsonType; // object, array, string, null
  }
}

export const JSON_TYPES: ReadonlySet<string> = new Set([
  'object',
  'array',
  'number',
  'boolean',
  'string',
  'null',
]);
