import { ErrorCode, MongoCommandError } from '../errors';
import type { Doc } from '../storage/document';
import { readFilter } from '../storage/filter';
import { findDocuments, projectDocument, resolveCollation } from '../storage/read-ops';
import { applyUpdate, parseUpdate } from '../storage/update-apply';
import { buildUpsertDoc } from '../storage/upsert';
import { validateWrite } from '../storage/validation';
import { prepareInsert } from '../storage/write-ops';
import { collectionArg, flag, optionalDoc, optionalDocArray } from './arguments';
import type { CommandContext, CommandTable } from './context';

function findAndModify(command: Doc, ctx: CommandContext): Doc {
  const name = collectionArg(command, Object.keys(command)[0] ?? 'findAndModify');
  const remove = flag(command, 'remove');
  const hasUpdate = command['update'] !== undefined;
  if (remove === hasUpdate) {
    throw new MongoCommandError(ErrorCode.FailedToParse, 'Either an update or remove=true must be specified');
  }
  const filter = readFilter(command['query'], 'query');
  const upsert = flag(command, 'upsert');
  if (remove && upsert)
    throw new MongoCommandError(ErrorCode.FailedToParse, 'Cannot specify both upsert=true and remove=true');
  // Checked before the query runs: an invalid update fails even when nothing matches.
  const update = hasUpdate ? parseUpdate(command['update']) : undefined;
  const returnNew = flag(command, 'new');
  const bypass = flag(command, 'bypassDocumentValidation');
  const fields = command['fields'];
  const db = ctx.engine.database(ctx.dbName);
  const collection = db.collection(name);
  const collation = resolveCollation(command['collation'], collection);
  const [found] = findDocuments(collection, { filter, sort: command['sort'], limit: 1, collation });

  if (!update) {
    if (!found) return { lastErrorObject: { n: 0 }, value: null, ok: 1 };
    collection?.remove(found);
    return { lastErrorObject: { n: 1 }, value: projectDocument(found, fields), ok: 1 };
  }

  const applyCtx = {
    filter,
    arrayFilters: optionalDocArray(command, 'arrayFilters'),
    variables: optionalDoc(command, 'let'),
  };
  if (found && collection) {
    const result = applyUpdate(found, update, { ...applyCtx, inserting: false });
    if (result.modified) {
      validateWrite(collection, result.doc, found, bypass);
      collection.replace(found, result.doc);
    }
    return {
      lastErrorObject: { n: 1, updatedExisting: true },
      value: projectDocument(returnNew ? result.doc : found, fields),
      ok: 1,
    };
  }
  if (!upsert) return { lastErrorObject: { n: 0, updatedExisting: false }, value: null, ok: 1 };
  const inserted = prepareInsert(buildUpsertDoc(filter, update, applyCtx));
  const target = db.ensureCollection(name).collection;
  validateWrite(target, inserted, undefined, bypass);
  target.insert(inserted);
  return {
    lastErrorObject: { n: 1, updatedExisting: false, upserted: inserted['_id'] },
    value: returnNew ? projectDocument(inserted, fields) : null,
    ok: 1,
  };
}

export const findAndModifyCommands: CommandTable = { findAndModify, findandmodify: findAndModify };
