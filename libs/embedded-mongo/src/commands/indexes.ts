import { EJSON } from 'bson';
import { badValue, ErrorCode, MongoCommandError } from '../errors';
import { canonicalKey } from '../storage/canonical-key';
import type { Collection } from '../storage/collection';
import type { IndexSpec } from '../storage/collection-index';
import { isPlainObject, type Doc } from '../storage/document';
import { distinguishable, normalizeIndexSpec, sameKey, sameOptions } from '../storage/index-spec';
import { collectionArg, docArray, namespace } from './arguments';
import type { CommandContext, CommandTable } from './context';

const show = (spec: IndexSpec) => EJSON.stringify(spec, { relaxed: true });

/** Whether `spec` is new; throws when it clashes with an existing index as mongod would. */
function isNewIndex(existing: readonly IndexSpec[], spec: IndexSpec): boolean {
  for (const current of existing) {
    if (current.name === spec.name) {
      if (!sameKey(current, spec)) {
        throw new MongoCommandError(
          ErrorCode.IndexKeySpecsConflict,
          `An existing index has the same name as the requested index. When index names are not specified, they are auto generated and can cause conflicts. Please refer to our documentation. Requested index: ${show(spec)}, existing index: ${show(current)}`,
        );
      }
      if (current.name === '_id_' || sameOptions(current, spec)) return false;
      throw new MongoCommandError(
        ErrorCode.IndexOptionsConflict,
        `An equivalent index already exists with the same name but different options. Requested index: ${show(spec)}, existing index: ${show(current)}`,
      );
    }
    if (sameKey(current, spec) && !distinguishable(current, spec)) {
      if (current.name === '_id_') return false;
      throw new MongoCommandError(
        ErrorCode.IndexOptionsConflict,
        `Index already exists with a different name: ${current.name}`,
      );
    }
  }
  return true;
}

// As in mongod, an index without a collation takes the collection's default one.
function withDefaultCollation(spec: IndexSpec, collection: Collection): IndexSpec {
  const collation = collection.options['collation'];
  if (spec['collation'] !== undefined || !isPlainObject(collation) || collation['locale'] === 'simple')
    return spec;
  return { ...spec, collation };
}

function createIndexes(command: Doc, ctx: CommandContext): Doc {
  const name = collectionArg(command, 'createIndexes');
  const { collection, created } = ctx.engine.database(ctx.dbName).ensureCollection(name);
  const specs = docArray(command, 'indexes').map((raw) =>
    withDefaultCollation(normalizeIndexSpec(raw), collection),
  );
  const before = collection.indexSpecs().length;
  const added: string[] = [];
  try {
    for (const spec of specs) {
      if (!isNewIndex(collection.indexSpecs(), spec)) continue;
      collection.addIndex(spec);
      added.push(spec.name);
    }
  } catch (error) {
    // One command builds its indexes together: a failure leaves none of them behind.
    for (const indexName of added) collection.dropIndex(indexName);
    throw error;
  }
  return {
    numIndexesBefore: before,
    numIndexesAfter: collection.indexSpecs().length,
    createdCollectionAutomatically: created,
    ...(added.length === 0 ? { note: 'all indexes already exist' } : {}),
    ok: 1,
  };
}

function requireCollection(ctx: CommandContext, name: string, message: string): Collection {
  const collection = ctx.engine.existingDatabase(ctx.dbName)?.collection(name);
  if (!collection)
    throw new MongoCommandError(ErrorCode.NamespaceNotFound, `${message} ${namespace(ctx, name)}`);
  return collection;
}

function listIndexes(command: Doc, ctx: CommandContext): Buffer {
  const name = collectionArg(command, 'listIndexes');
  const collection = requireCollection(ctx, name, 'ns does not exist:');
  return ctx.cursors.firstBatch(namespace(ctx, name), collection.indexSpecs());
}

function dropIndexes(command: Doc, ctx: CommandContext): Doc {
  const name = collectionArg(command, 'dropIndexes');
  const collection = requireCollection(ctx, name, 'ns not found');
  const nIndexesWas = collection.indexSpecs().length;
  const target = command['index'];
  if (target === '*') {
    for (const index of collection.secondaryIndexes()) collection.dropIndex(index.name);
    return { nIndexesWas, msg: 'non-_id indexes dropped for collection', ok: 1 };
  }
  const names = resolveIndexNames(collection, target);
  for (const indexName of names) {
    if (indexName === '_id_') throw new MongoCommandError(ErrorCode.InvalidOptions, 'cannot drop _id index');
    if (!collection.secondaryIndexes().some((index) => index.name === indexName)) {
      throw new MongoCommandError(ErrorCode.IndexNotFound, `index not found with name [${indexName}]`);
    }
  }
  for (const indexName of names) collection.dropIndex(indexName);
  return { nIndexesWas, ok: 1 };
}

function resolveIndexNames(collection: Collection, target: unknown): string[] {
  if (typeof target === 'string') return [target];
  if (Array.isArray(target) && target.every((item) => typeof item === 'string')) return target;
  if (isPlainObject(target)) {
    const match = collection.indexSpecs().find((spec) => canonicalKey(spec.key) === canonicalKey(target));
    if (!match) {
      throw new MongoCommandError(
        ErrorCode.IndexNotFound,
        `can't find index with key: ${EJSON.stringify(target)}`,
      );
    }
    return [match.name];
  }
  throw badValue('dropIndexes requires an index name, key pattern, array of names or "*"');
}

export const indexCommands: CommandTable = {
  createIndexes,
  listIndexes,
  dropIndexes,
  deleteIndexes: dropIndexes,
};
