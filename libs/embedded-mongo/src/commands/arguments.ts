import { badValue, ErrorCode, MongoCommandError } from '../errors';
import { isPlainObject, toNumber, type Doc } from '../storage/document';
import type { CommandContext } from './context';

/** The collection a command names with its first field, e.g. `{ find: "users" }`. */
export function collectionArg(command: Doc, name: string): string {
  const value = command[name];
  if (typeof value !== 'string' || value.length === 0) {
    throw new MongoCommandError(
      ErrorCode.InvalidNamespace,
      `collection name has invalid type ${value === null ? 'null' : typeof value}`,
    );
  }
  return value;
}

export function namespace(ctx: CommandContext, collection: string): string {
  return `${ctx.dbName}.${collection}`;
}

export function optionalDoc(command: Doc, field: string): Doc | undefined {
  const value = command[field];
  if (value === undefined || value === null) return undefined;
  if (!isPlainObject(value)) throw typeMismatch(field, 'object');
  return value;
}

export function docArray(command: Doc, field: string): Doc[] {
  const value = command[field];
  if (!Array.isArray(value) || !value.every(isPlainObject)) throw typeMismatch(field, 'array of objects');
  return value;
}

export function optionalNumber(command: Doc, field: string): number | undefined {
  const value = command[field];
  if (value === undefined || value === null) return undefined;
  const number = toNumber(value, Number.NaN);
  if (Number.isNaN(number)) throw typeMismatch(field, 'number');
  return number;
}

export function nonNegative(command: Doc, field: string): number | undefined {
  const value = optionalNumber(command, field);
  if (value !== undefined && value < 0)
    throw badValue(`${field} value must be non-negative, but received: ${value}`);
  return value;
}

export function flag(command: Doc, field: string): boolean {
  const value = command[field];
  return value === true || (typeof value === 'number' && value !== 0);
}

export function optionalDocArray(command: Doc, field: string): Doc[] | undefined {
  return command[field] === undefined || command[field] === null ? undefined : docArray(command, field);
}

export function typeMismatch(field: string, expected: string): MongoCommandError {
  return new MongoCommandError(
    ErrorCode.TypeMismatch,
    `BSON field '${field}' is the wrong type, expected ${expected}`,
  );
}

/** Fields any command may carry that say nothing about the command itself. */
export const GENERIC_FIELDS = new Set([
  '$db',
  'lsid',
  '$clusterTime',
  '$readPreference',
  'readConcern',
  'writeConcern',
  'comment',
  'maxTimeMS',
  'apiVersion',
  'apiStrict',
  'apiDeprecationErrors',
]);
