import { EJSON } from 'bson';
import { ErrorCode, MongoCommandError } from '../errors';
import { sortedKey } from '../storage/canonical-key';
import { ID_INDEX_SPEC, type Collection } from '../storage/collection';
import type { Doc } from '../storage/document';
import { compileFilter } from '../storage/filter';
import { checkValidationOptions } from '../storage/validation';
import { collectionArg, flag, GENERIC_FIELDS, namespace, optionalDoc } from './arguments';
import type { CommandContext, CommandTable } from './context';

function listDatabases(command: Doc, ctx: CommandContext): Doc {
  if (ctx.dbName !== 'admin') {
    throw new MongoCommandError(
      ErrorCode.IllegalOperation,
      'listDatabases may only be run against the admin database.',
    );
  }
  const filter = compileFilter(command['filter']);
  const databases = ctx.engine
    .listDatabases()
    .map((db) => ({ name: db.name, sizeOnDisk: 8192 * db.listCollections().length, empty: false }))
    .filter((info) => filter.test(info));
  if (flag(command, 'nameOnly')) return { databases: databases.map(({ name }) => ({ name })), ok: 1 };
  const totalSize = databases.reduce((sum, db) => sum + db.sizeOnDisk, 0);
  return { databases, totalSize, totalSizeMb: Math.round(totalSize / 1024 / 1024), ok: 1 };
}

function collectionInfo(collection: Collection): Doc {
  return {
    name: collection.name,
    type: 'collection',
    options: collection.options,
    info: { readOnly: false, uuid: collection.uuid },
    idIndex: ID_INDEX_SPEC,
  };
}

function listCollections(command: Doc, ctx: CommandContext): Buffer {
  const filter = compileFilter(command['filter']);
  const nameOnly = flag(command, 'nameOnly');
  const infos = (ctx.engine.existingDatabase(ctx.dbName)?.listCollections() ?? [])
    .map(collectionInfo)
    .filter((info) => filter.test(info))
    .map((info) => (nameOnly ? { name: info['name'], type: info['type'] } : info));
  const cursor = optionalDoc(command, 'cursor');
  const batchSize = typeof cursor?.['batchSize'] === 'number' ? cursor['batchSize'] : undefined;
  return ctx.cursors.firstBatch(`${ctx.dbName}.$cmd.listCollections`, infos, { batchSize });
}

function create(command: Doc, ctx: CommandContext): Doc {
  const name = collectionArg(command, 'create');
  if ('viewOn' in command) {
    throw new MongoCommandError(
      ErrorCode.CommandNotSupported,
      'views are not supported by the embedded engine',
    );
  }
  const options: Doc = {};
  for (const [key, value] of Object.entries(command)) {
    if (key !== 'create' && !GENERIC_FIELDS.has(key)) options[key] = value;
  }
  checkValidationOptions(options);
  const db = ctx.engine.database(ctx.dbName);
  const { collection, created } = db.ensureCollection(name, options);
  // Like mongod since 5.x: repeating a create with the same options succeeds.
  if (!created && sortedKey(collection.options) !== sortedKey(options)) {
    throw new MongoCommandError(
      ErrorCode.NamespaceExists,
      `namespace ${namespace(ctx, name)} already exists, but with different options: ${EJSON.stringify(collection.options)}`,
    );
  }
  return { ok: 1 };
}

function drop(command: Doc, ctx: CommandContext): Doc {
  const name = collectionArg(command, 'drop');
  const dropped = ctx.engine.existingDatabase(ctx.dbName)?.dropCollection(name);
  // Since 7.0 dropping a missing collection succeeds.
  if (!dropped) return { ok: 1 };
  return { nIndexesWas: dropped.indexSpecs().length, ns: dropped.ns, ok: 1 };
}

function dropDatabase(_command: Doc, ctx: CommandContext): Doc {
  ctx.engine.dropDatabase(ctx.dbName);
  return { dropped: ctx.dbName, ok: 1 };
}

export const adminCommands: CommandTable = {
  listDatabases,
  listCollections,
  create,
  drop,
  dropDatabase,
};
