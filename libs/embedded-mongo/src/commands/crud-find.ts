import { ErrorCode, MongoCommandError } from '../errors';
import { canonicalKey } from '../storage/canonical-key';
import type { Doc } from '../storage/document';
import { presentValuesAtPath } from '../storage/index-keys';
import { findDocuments, resolveCollation } from '../storage/read-ops';
import {
  collectionArg,
  flag,
  namespace,
  nonNegative,
  optionalDoc,
  optionalNumber,
  typeMismatch,
} from './arguments';
import type { CommandContext, CommandTable } from './context';

function collectionOf(ctx: CommandContext, name: string) {
  return ctx.engine.existingDatabase(ctx.dbName)?.collection(name);
}

function find(command: Doc, ctx: CommandContext): Buffer {
  const name = collectionArg(command, 'find');
  // Old drivers express "one batch of n" as a negative limit.
  const rawLimit = optionalNumber(command, 'limit') ?? 0;
  const singleBatch = flag(command, 'singleBatch') || rawLimit < 0;
  const limit = Math.abs(rawLimit);
  const collection = collectionOf(ctx, name);
  const docs = findDocuments(collection, {
    collation: resolveCollation(command['collation'], collection),
    filter: command['filter'],
    sort: command['sort'],
    projection: command['projection'],
    skip: nonNegative(command, 'skip'),
    limit,
  });
  const batchSize = nonNegative(command, 'batchSize');
  return ctx.cursors.firstBatch(namespace(ctx, name), docs, {
    batchSize: singleBatch && batchSize === undefined && limit > 0 ? limit : batchSize,
    singleBatch,
  });
}

function count(command: Doc, ctx: CommandContext): Doc {
  const name = collectionArg(command, 'count');
  const collection = collectionOf(ctx, name);
  const query = optionalDoc(command, 'query') ?? {};
  const skip = nonNegative(command, 'skip') ?? 0;
  const limit = Math.abs(optionalNumber(command, 'limit') ?? 0);
  const collation = resolveCollation(command['collation'], collection);
  // Without a filter the count is the collection size (estimatedDocumentCount).
  if (Object.keys(query).length === 0 && collection) {
    const n = Math.max(0, collection.size - skip);
    return { n: limit > 0 ? Math.min(n, limit) : n, ok: 1 };
  }
  return { n: findDocuments(collection, { filter: query, skip, limit, collation }).length, ok: 1 };
}

function distinct(command: Doc, ctx: CommandContext): Doc {
  const name = collectionArg(command, 'distinct');
  const key = command['key'];
  if (key === undefined) {
    throw new MongoCommandError(
      ErrorCode.MissingRequiredField,
      "BSON field 'distinct.key' is missing but a required field",
    );
  }
  if (typeof key !== 'string') throw typeMismatch('distinct.key', 'string');
  const collection = collectionOf(ctx, name);
  const docs = findDocuments(collection, {
    filter: optionalDoc(command, 'query') ?? {},
    collation: resolveCollation(command['collation'], collection),
  });
  const path = key.split('.');
  const values = new Map<string, unknown>();
  for (const doc of docs) {
    for (const value of presentValuesAtPath(doc, path)) {
      const id = canonicalKey(value);
      if (!values.has(id)) values.set(id, value);
    }
  }
  return { values: [...values.values()], ok: 1 };
}

export const findCommands: CommandTable = { find, count, distinct };
