import { EJSON } from 'bson';
import { ErrorCode, MongoCommandError } from '../errors';
import { getPath, isPlainObject, type Doc } from './document';

// Operators that create the field they name, and so need every parent on the way to be a
// document (or an array indexed by number).
const CREATING = ['$set', '$inc', '$mul', '$min', '$max', '$currentDate', '$push', '$addToSet'];
const ARRAY_ONLY = ['$push', '$addToSet', '$pull', '$pullAll', '$pop'] as const;

/**
 * Per-document refusals mongod makes and mingo skips silently: creating a field under a value
 * that is not a document (code 28 PathNotViable), and array operators on a non-array field.
 * Positional paths are resolved by mingo and left out.
 */
export function checkUpdateTargets(doc: Doc, modifier: Doc): void {
  for (const operator of CREATING) {
    const fields = modifier[operator];
    if (!isPlainObject(fields)) continue;
    for (const path of Object.keys(fields)) if (!path.includes('$')) checkPathViable(doc, path);
  }
  for (const operator of ARRAY_ONLY) {
    const fields = modifier[operator];
    if (!isPlainObject(fields)) continue;
    for (const path of Object.keys(fields)) {
      if (path.includes('$')) continue;
      const current = getPath(doc, path);
      if (current !== undefined && !Array.isArray(current)) throw notAnArray(operator, doc, path, current);
    }
  }
}

function checkPathViable(doc: Doc, path: string): void {
  const parts = path.split('.');
  let current: unknown = doc;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i];
    const next: unknown = Array.isArray(current)
      ? /^\d+$/.test(part)
        ? current[Number(part)]
        : undefined
      : (current as Doc)[part];
    if (next === undefined) return; // the rest of the path is created
    const child = parts[i + 1];
    if (isPlainObject(next) || (Array.isArray(next) && /^\d+$/.test(child))) {
      current = next;
      continue;
    }
    throw new MongoCommandError(
      ErrorCode.PathNotViable,
      `Cannot create field '${child}' in element {${part}: ${describe(next)}}`,
    );
  }
}

function notAnArray(operator: string, doc: Doc, path: string, value: unknown): MongoCommandError {
  const field = path.split('.').pop() ?? path;
  const type = bsonTypeName(value);
  switch (operator) {
    case '$push':
      return new MongoCommandError(
        ErrorCode.BadValue,
        `The field '${path}' must be an array but is of type ${type} in document {_id: ${describe(doc['_id'])}}`,
      );
    case '$addToSet':
      return new MongoCommandError(
        ErrorCode.BadValue,
        `Cannot apply $addToSet to non-array field. Field named '${field}' has non-array type ${type}`,
      );
    case '$pop':
      return new MongoCommandError(
        ErrorCode.TypeMismatch,
        `Path '${path}' contains an element of non-array type '${type}'`,
      );
    default:
      return new MongoCommandError(ErrorCode.BadValue, `Cannot apply ${operator} to a non-array value`);
  }
}

/** The type names mongod puts in its messages ($type aliases). */
export function bsonTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'number':
      return Number.isInteger(value) && Math.abs(value) <= 0x7fffffff ? 'int' : 'double';
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'long';
    case 'undefined':
      return 'missing';
    default:
      break;
  }
  if (value instanceof Date) return 'date';
  if (value instanceof RegExp) return 'regex';
  const bsonType = (value as { _bsontype?: unknown })._bsontype;
  if (typeof bsonType === 'string') {
    const name = bsonType.toLowerCase();
    return name === 'int32' ? 'int' : name === 'binary' ? 'binData' : name === 'objectid' ? 'objectId' : name;
  }
  return 'object';
}

function describe(value: unknown): string {
  try {
    return EJSON.stringify(value, { relaxed: true });
  } catch {
    return String(value);
  }
}
