import { ErrorCode, MongoCommandError, toMongoError } from '../errors';
import { isPlainObject, type Doc } from '../storage/document';
import { readFilter } from '../storage/filter';
import { resolveCollation } from '../storage/read-ops';
import { parseUpdate } from '../storage/update-apply';
import { validateWrite } from '../storage/validation';
import { deleteDocuments, prepareInsert, updateDocuments } from '../storage/write-ops';
import { collectionArg, docArray, flag, optionalDoc, optionalDocArray } from './arguments';
import type { CommandContext, CommandTable } from './context';

/**
 * Runs each statement; a failure becomes a writeError with the statement's index. An ordered
 * batch stops at the first failure, an unordered one carries on, as mongod does.
 */
function runBatch(count: number, ordered: boolean, run: (index: number) => void): Doc[] {
  const writeErrors: Doc[] = [];
  for (let index = 0; index < count; index++) {
    try {
      run(index);
    } catch (error) {
      writeErrors.push(toMongoError(error).toWriteError(index));
      if (ordered) break;
    }
  }
  return writeErrors;
}

function reply(fields: Doc, writeErrors: Doc[]): Doc {
  return writeErrors.length > 0 ? { ...fields, writeErrors, ok: 1 } : { ...fields, ok: 1 };
}

function insert(command: Doc, ctx: CommandContext): Doc {
  const name = collectionArg(command, 'insert');
  const docs = docArray(command, 'documents');
  const { collection } = ctx.engine.database(ctx.dbName).ensureCollection(name);
  const bypass = flag(command, 'bypassDocumentValidation');
  let n = 0;
  const writeErrors = runBatch(docs.length, command['ordered'] !== false, (index) => {
    const doc = prepareInsert(docs[index]);
    validateWrite(collection, doc, undefined, bypass);
    collection.insert(doc);
    n += 1;
  });
  return reply({ n }, writeErrors);
}

function update(command: Doc, ctx: CommandContext): Doc {
  const name = collectionArg(command, 'update');
  const statements = docArray(command, 'updates');
  const variables = optionalDoc(command, 'let');
  const db = ctx.engine.database(ctx.dbName);
  let n = 0;
  let nModified = 0;
  const upserted: Doc[] = [];
  const writeErrors = runBatch(statements.length, command['ordered'] !== false, (index) => {
    const statement = statements[index];
    const parsed = parseUpdate(statement['u']);
    const multi = flag(statement, 'multi');
    if (multi && parsed.kind === 'replacement') {
      throw new MongoCommandError(
        ErrorCode.FailedToParse,
        'multi update is not supported for replacement-style update',
      );
    }
    const constants = optionalDoc(statement, 'c');
    const existing = db.collection(name);
    const outcome = updateDocuments(existing, () => db.ensureCollection(name).collection, {
      collation: resolveCollation(statement['collation'], existing),
      filter: readFilter(statement['q'], 'q'),
      update: parsed,
      multi,
      upsert: flag(statement, 'upsert'),
      bypassValidation: flag(command, 'bypassDocumentValidation'),
      arrayFilters: optionalDocArray(statement, 'arrayFilters'),
      variables: constants || variables ? { ...variables, ...constants } : undefined,
    });
    n += outcome.matched;
    nModified += outcome.modified;
    if (outcome.upserted) {
      n += 1;
      upserted.push({ index, _id: outcome.upserted['_id'] });
    }
  });
  return reply({ n, nModified, ...(upserted.length > 0 ? { upserted } : {}) }, writeErrors);
}

function remove(command: Doc, ctx: CommandContext): Doc {
  const name = collectionArg(command, 'delete');
  const statements = docArray(command, 'deletes');
  const collection = ctx.engine.existingDatabase(ctx.dbName)?.collection(name);
  let n = 0;
  const writeErrors = runBatch(statements.length, command['ordered'] !== false, (index) => {
    const statement = statements[index];
    const limit = statement['limit'];
    if (limit !== 0 && limit !== 1) {
      throw new MongoCommandError(
        ErrorCode.FailedToParse,
        `The limit field in delete objects must be 0 or 1. Got ${String(limit)}`,
      );
    }
    if (!isPlainObject(statement['q']))
      throw new MongoCommandError(ErrorCode.FailedToParse, "delete requires 'q'");
    const collation = resolveCollation(statement['collation'], collection);
    n += deleteDocuments(collection, statement['q'], limit === 1, collation);
  });
  return reply({ n }, writeErrors);
}

export const writeCommands: CommandTable = { insert, update, delete: remove };
