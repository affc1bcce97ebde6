import { badValue, ErrorCode, MongoCommandError } from '../errors';
import type { Collation } from './collation';
import type { Collection } from './collection';
import { bsonSize, ensureId, MAX_BSON_OBJECT_SIZE, type Doc } from './document';
import { findDocuments } from './read-ops';
import { prepareUpdate, type ParsedUpdate, type PreparedUpdate } from './update-apply';
import { buildUpsertDoc } from './upsert';
import { validateWrite } from './validation';

/** Checks a document to insert and gives it an `_id` (first) when it has none. */
export function prepareInsert(doc: Doc): Doc {
  const id = doc['_id'];
  if (Array.isArray(id)) throw new MongoCommandError(ErrorCode.InvalidIdField, "can't use an array for _id");
  if (id instanceof RegExp)
    throw new MongoCommandError(ErrorCode.InvalidIdField, "can't use a regex for _id");
  const size = bsonSize(doc);
  if (size > MAX_BSON_OBJECT_SIZE) {
    throw badValue(`object to insert too large. size in bytes: ${size}, max size: ${MAX_BSON_OBJECT_SIZE}`);
  }
  return ensureId(doc);
}

export interface UpdateStatement {
  filter: Doc;
  update: ParsedUpdate;
  multi: boolean;
  upsert: boolean;
  arrayFilters?: Doc[];
  variables?: Doc;
  collation?: Collation;
  /** `bypassDocumentValidation` of the command. */
  bypassValidation?: boolean;
}

export interface UpdateOutcome {
  matched: number;
  modified: number;
  upserted?: Doc;
}

/**
 * Runs one update statement. Matches are computed before anything changes, and every
 * replacement goes through the unique-index checks of `Collection.replace`.
 */
export function updateDocuments(
  existing: Collection | undefined,
  ensureCollection: () => Collection,
  statement: UpdateStatement,
): UpdateOutcome {
  const matches = findDocuments(existing, {
    filter: statement.filter,
    limit: statement.multi ? 0 : 1,
    collation: statement.collation,
  });
  const ctx = {
    filter: statement.filter,
    arrayFilters: statement.arrayFilters,
    variables: statement.variables,
    inserting: false,
  };
  let modified = 0;
  let apply: PreparedUpdate | undefined; // compiled once, on the first match
  for (const doc of matches) {
    apply ??= prepareUpdate(statement.update, ctx);
    const result = apply(doc);
    if (!result.modified) continue;
    validateWrite(existing as Collection, result.doc, doc, statement.bypassValidation);
    (existing as Collection).replace(doc, result.doc);
    modified += 1;
  }
  if (matches.length > 0 || !statement.upsert) return { matched: matches.length, modified };
  const upserted = buildUpsertDoc(statement.filter, statement.update, ctx);
  const collection = ensureCollection();
  const inserted = prepareInsert(upserted);
  validateWrite(collection, inserted, undefined, statement.bypassValidation);
  collection.insert(inserted);
  return { matched: 0, modified: 0, upserted };
}

export function deleteDocuments(
  collection: Collection | undefined,
  filter: Doc,
  justOne: boolean,
  collation?: Collation,
): number {
  const matches = findDocuments(collection, { filter, limit: justOne ? 1 : 0, collation });
  for (const doc of matches) collection?.remove(doc);
  return matches.length;
}
