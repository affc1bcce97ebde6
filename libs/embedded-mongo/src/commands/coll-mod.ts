import { ErrorCode, MongoCommandError } from '../errors';
import type { Collection } from '../storage/collection';
import type { IndexSpec } from '../storage/collection-index';
import { isPlainObject, type Doc } from '../storage/document';
import { sameKey } from '../storage/index-spec';
import { checkValidationOptions } from '../storage/validation';
import { collectionArg, GENERIC_FIELDS, namespace } from './arguments';
import type { CommandContext, CommandTable } from './context';

const VALIDATION_FIELDS = new Set(['validator', 'validationLevel', 'validationAction']);
const INDEX_CHANGES = ['hidden', 'expireAfterSeconds'] as const;

/**
 * `collMod`: the validator, validation level and action, and an index's `hidden` and
 * `expireAfterSeconds`. Everything is checked before anything changes; each change is one
 * journaled storage change, so it survives a restart.
 */
function collMod(command: Doc, ctx: CommandContext): Doc {
  const name = collectionArg(command, 'collMod');
  const changes = Object.entries(command).filter(([key]) => key !== 'collMod' && !GENERIC_FIELDS.has(key));
  for (const [key] of changes) {
    if (key === 'viewOn' || key === 'pipeline') {
      throw new MongoCommandError(
        ErrorCode.CommandNotSupported,
        'views are not supported by the embedded engine',
      );
    }
    if (!VALIDATION_FIELDS.has(key) && key !== 'index') {
      throw new MongoCommandError(ErrorCode.InvalidOptions, `unknown option to collMod: ${key}`);
    }
  }
  const collection = ctx.engine.existingDatabase(ctx.dbName)?.collection(name);
  if (!collection) {
    throw new MongoCommandError(ErrorCode.NamespaceNotFound, `ns does not exist: ${namespace(ctx, name)}`);
  }
  const validation = changes.filter(([key]) => VALIDATION_FIELDS.has(key));
  const options =
    validation.length > 0 ? { ...collection.options, ...Object.fromEntries(validation) } : undefined;
  if (options) checkValidationOptions(options);
  const index = command['index'] === undefined ? undefined : indexChange(collection, command['index']);
  if (options) collection.setOptions(options);
  if (!index) return { ok: 1 };
  collection.addIndex(index.spec); // the same name: the index is rebuilt with its new options
  return { ...index.reply, ok: 1 };
}

function indexChange(collection: Collection, arg: unknown): { spec: IndexSpec; reply: Doc } {
  if (!isPlainObject(arg)) throw new MongoCommandError(ErrorCode.TypeMismatch, "'index' must be an object");
  const { name, keyPattern } = arg;
  const current = collection
    .secondaryIndexes()
    .map((candidate) => candidate.spec)
    .find((spec) =>
      typeof name === 'string'
        ? spec.name === name
        : isPlainObject(keyPattern) && sameKey(spec, { v: 2, key: keyPattern, name: '' }),
    );
  if (!current) {
    throw new MongoCommandError(
      ErrorCode.IndexNotFound,
      `cannot find index ${JSON.stringify(name ?? keyPattern)} for ns ${collection.ns}`,
    );
  }
  const spec: IndexSpec = { ...current };
  const reply: Doc = {};
  for (const option of INDEX_CHANGES) {
    const value = arg[option];
    if (value === undefined) continue;
    if (option === 'hidden' && typeof value !== 'boolean') {
      throw new MongoCommandError(ErrorCode.TypeMismatch, "'hidden' must be a boolean");
    }
    if (option === 'expireAfterSeconds') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
        throw new MongoCommandError(
          ErrorCode.InvalidOptions,
          'expireAfterSeconds must be a non-negative integer',
        );
      }
      if (current.expireAfterSeconds === undefined) {
        throw new MongoCommandError(ErrorCode.InvalidOptions, 'no expireAfterSeconds field to update');
      }
    }
    const old = option === 'hidden' ? current['hidden'] === true : current[option];
    if (old === value) continue;
    reply[`${option}_old`] = old;
    reply[`${option}_new`] = value;
    if (option === 'hidden' && value === false) delete spec['hidden'];
    else (spec as Doc)[option] = value;
  }
  if (Object.keys(reply).length === 0 && !INDEX_CHANGES.some((option) => arg[option] !== undefined)) {
    throw new MongoCommandError(ErrorCode.InvalidOptions, 'no expireAfterSeconds or hidden field');
  }
  return { spec, reply };
}

export const collModCommands: CommandTable = { collMod };
