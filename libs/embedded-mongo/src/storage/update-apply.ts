import { updateOne } from 'mingo';
import * as updateOperators from 'mingo/operators/update';
import { Query } from 'mingo/query';
import type { PipelineStage } from 'mingo/updater';
import { ErrorCode, MongoCommandError, toMongoError } from '../errors';
import { canonicalKey } from './canonical-key';
import {
  bsonSize,
  cloneDoc,
  isPlainObject,
  MAX_BSON_OBJECT_SIZE,
  setPath,
  withIdFirst,
  type Doc,
} from './document';
import { MINGO_OPTIONS, computeOptions, type ComputeOptions } from './mingo-options';
import { numericModifier } from './update-numbers';
import { logicalPull, takeLogicalPulls } from './update-pull';
import { checkUpdateTargets } from './update-targets';
import { validateModifier, validateModifierTargets } from './update-validate';

export type ParsedUpdate =
  | { kind: 'replacement'; replacement: Doc }
  | { kind: 'operators'; modifier: Doc }
  | { kind: 'pipeline'; stages: Doc[] };

export interface ApplyContext {
  /** The statement's filter, needed by the positional `$` operator. */
  filter: Doc;
  arrayFilters?: Doc[];
  variables?: Doc;
  /** True when the update builds a new document for an upsert ($setOnInsert applies). */
  inserting: boolean;
}

type UpdateOperator = (expr: Doc, arrayFilters: Doc[], options: ComputeOptions) => (doc: Doc) => string[];

const UPDATE_OPERATORS = new Map(
  Object.entries(updateOperators as unknown as Record<string, UpdateOperator>).filter(([name]) =>
    name.startsWith('$'),
  ),
);
// $setOnInsert is handled here (see modifierFor), not by mingo.
const KNOWN_OPERATORS = new Set([...UPDATE_OPERATORS.keys(), '$setOnInsert']);

export function parseUpdate(update: unknown): ParsedUpdate {
  if (Array.isArray(update)) {
    if (!update.every(isPlainObject))
      throw failedToParse('Each pipeline-style update stage must be an object');
    return { kind: 'pipeline', stages: update };
  }
  if (!isPlainObject(update)) throw failedToParse('Update argument must be either an object or an array');
  const keys = Object.keys(update);
  if (!keys.some((key) => key.startsWith('$'))) return { kind: 'replacement', replacement: update };
  // mongod checks the modifier before running the query, so a bad one fails even when nothing matches.
  const unknown = keys.find((key) => !KNOWN_OPERATORS.has(key));
  if (unknown !== undefined) {
    throw failedToParse(
      `Unknown modifier: ${unknown}. Expected a valid update modifier or pipeline-style update specified as an array`,
    );
  }
  validateModifier(update);
  return { kind: 'operators', modifier: update };
}

/** A document → updated copy function; the stored document is left untouched. */
export type PreparedUpdate = (doc: Doc) => { doc: Doc; modified: boolean };

/** Applies an update to a copy of `doc`; the stored document is left untouched. */
export function applyUpdate(
  doc: Doc,
  update: ParsedUpdate,
  ctx: ApplyContext,
): { doc: Doc; modified: boolean } {
  return prepareUpdate(update, ctx)(doc);
}

/**
 * Compiles an update once for a whole statement (operator closures, `$pull` conditions, the
 * positional condition), as mingo's own updateMany does, then applies it to each matched document.
 */
export function prepareUpdate(update: ParsedUpdate, ctx: ApplyContext): PreparedUpdate {
  const apply = prepareKind(update, ctx);
  return (doc) => {
    const result = apply(doc);
    if (!ctx.inserting && canonicalKey(result.doc['_id']) !== canonicalKey(doc['_id'])) {
      throw new MongoCommandError(
        ErrorCode.ImmutableField,
        "Performing an update on the path '_id' would modify the immutable field '_id'",
      );
    }
    if (bsonSize(result.doc) > MAX_BSON_OBJECT_SIZE) {
      throw new MongoCommandError(
        ErrorCode.UpdateTooLarge,
        `Resulting document after update is larger than ${MAX_BSON_OBJECT_SIZE}`,
      );
    }
    return { doc: withIdFirst(result.doc), modified: result.modified };
  };
}

function prepareKind(update: ParsedUpdate, ctx: ApplyContext): PreparedUpdate {
  switch (update.kind) {
    case 'replacement':
      return (doc) => replace(doc, update.replacement, ctx);
    case 'operators': {
      const run = prepareOperators(
        modifierFor(update.modifier, ctx.inserting),
        ctx,
        positionalCondition(update.modifier, ctx),
      );
      return (doc) => {
        validateModifierTargets(doc, update.modifier);
        checkUpdateTargets(doc, update.modifier);
        return run(doc);
      };
    }
    case 'pipeline':
      return (doc) => runPipeline(doc, update.stages as PipelineStage[], ctx);
    default: {
      const unreachable: never = update;
      throw new Error(`unknown update kind ${String(unreachable)}`);
    }
  }
}

function replace(doc: Doc, replacement: Doc, ctx: ApplyContext): { doc: Doc; modified: boolean } {
  if (
    '_id' in replacement &&
    canonicalKey(replacement['_id']) !== canonicalKey(doc['_id']) &&
    !ctx.inserting
  ) {
    throw new MongoCommandError(
      ErrorCode.ImmutableField,
      "After applying the update, the (immutable) field '_id' was found to have been altered",
    );
  }
  const next = withIdFirst({
    ...replacement,
    _id: ctx.inserting ? (replacement['_id'] ?? doc['_id']) : doc['_id'],
  });
  if (next['_id'] === undefined) delete next['_id'];
  return { doc: next, modified: canonicalKey(next) !== canonicalKey(doc) };
}

/**
 * What mingo's updateOne does for operator updates, with options built over the shared operator
 * registry (mingo's updateOne copies that registry on every call). The parts mingo gets wrong
 * are taken out first and done here: `_id` assignments, and `$pull` with `$or`/`$and`/`$nor`.
 */
function prepareOperators(modifier: Doc, ctx: ApplyContext, condition: Doc): PreparedUpdate {
  const { rest, idAssignments } = takeIdAssignments(modifier);
  const { rest: withPulls, pulls } = takeLogicalPulls(rest);
  const { modifier: mingoModifier, wrap } = numericModifier(withPulls);
  let prepared: { query: Query | undefined; mutations: ((doc: Doc) => string[])[] };
  try {
    const options = computeOptions(undefined, {
      condition,
      updateConfig: { cloneMode: 'copy', arrayFilters: ctx.arrayFilters },
      variables: ctx.variables,
    });
    const mutations = Object.entries(mingoModifier).flatMap(([name, expr]) => {
      const operator = UPDATE_OPERATORS.get(name);
      if (!operator) throw new Error(`Unknown update operator: '${name}'.`); // parseUpdate rules this out
      // mingo sees 'a.$.x' and 'a.$.y' as one path 'a' and calls it a conflict; mongod allows them
      // (validateModifier checks real conflicts), so positional fields are applied one by one.
      return splitPositional(expr as Doc).map((part) => operator(part, ctx.arrayFilters ?? [], options));
    });
    for (const [path, spec] of pulls) mutations.push(logicalPull(path, spec, options));
    const query = Object.keys(condition).length > 0 ? new Query(condition, options) : undefined;
    prepared = { query, mutations };
  } catch (error) {
    throw toMongoError(error);
  }
  return (doc) => {
    const target = cloneDoc(doc);
    try {
      if (prepared.query && !prepared.query.test(target)) return { doc: target, modified: false };
      let modified = false;
      const retype = wrap(target);
      for (const mutate of prepared.mutations) if (mutate(target).length > 0) modified = true;
      retype();
      if (idAssignments.length > 0) assignId(target, idAssignments, ctx.inserting);
      return { doc: target, modified };
    } catch (error) {
      throw toMongoError(error);
    }
  };
}

function splitPositional(fields: Doc): Doc[] {
  const paths = Object.keys(fields);
  if (paths.length < 2 || !paths.some((path) => path.includes('$'))) return [fields];
  return paths.map((path) => ({ [path]: fields[path] }));
}

/**
 * `$set` of `_id` (or a field in it) is allowed when the value stays the same, which is what an
 * update carrying a whole document does; mingo refuses any mention of `_id`.
 */
function takeIdAssignments(modifier: Doc): { rest: Doc; idAssignments: [string, unknown][] } {
  const set = modifier['$set'];
  if (!isPlainObject(set)) return { rest: modifier, idAssignments: [] };
  const idPaths = Object.keys(set).filter((path) => path === '_id' || path.startsWith('_id.'));
  if (idPaths.length === 0) return { rest: modifier, idAssignments: [] };
  const remaining: Doc = {};
  for (const [path, value] of Object.entries(set)) if (!idPaths.includes(path)) remaining[path] = value;
  const rest: Doc = { ...modifier, $set: remaining };
  if (Object.keys(remaining).length === 0) delete rest['$set'];
  return { rest, idAssignments: idPaths.map((path) => [path, set[path]]) };
}

function assignId(target: Doc, assignments: [string, unknown][], inserting: boolean): void {
  const holder: Doc = { _id: cloneDoc({ v: target['_id'] })['v'] };
  for (const [path, value] of assignments) setPath(holder, path, cloneDoc({ v: value })['v']);
  if (inserting) {
    target['_id'] = holder['_id'];
  } else if (canonicalKey(holder['_id']) !== canonicalKey(target['_id'])) {
    const path = assignments[0]?.[0] ?? '_id';
    throw new MongoCommandError(
      ErrorCode.ImmutableField,
      `Performing an update on the path '${path}' would modify the immutable field '_id'`,
    );
  }
}

// Pipeline updates are rare: mingo's own updateOne runs them (it copies its operator registry per call).
function runPipeline(doc: Doc, stages: PipelineStage[], ctx: ApplyContext): { doc: Doc; modified: boolean } {
  const documents = [cloneDoc(doc)];
  try {
    const outcome = updateOne(
      documents,
      {},
      stages,
      { arrayFilters: ctx.arrayFilters, cloneMode: 'copy', let: ctx.variables },
      MINGO_OPTIONS,
    );
    return { doc: documents[0], modified: outcome.modifiedCount > 0 };
  } catch (error) {
    throw toMongoError(error);
  }
}

// mingo has no $setOnInsert: it becomes a $set when inserting and disappears otherwise.
function modifierFor(modifier: Doc, inserting: boolean): Doc {
  const { $setOnInsert, ...rest } = modifier;
  if (!inserting || !isPlainObject($setOnInsert)) return rest;
  const set = isPlainObject(rest['$set']) ? rest['$set'] : {};
  return { ...rest, $set: { ...set, ...$setOnInsert } };
}

// Only hand the filter to mingo when a positional `$` needs it: re-testing it costs time.
function positionalCondition(modifier: Doc, ctx: ApplyContext): Doc {
  for (const fields of Object.values(modifier)) {
    if (isPlainObject(fields) && Object.keys(fields).some((path) => /\.\$(\.|$)/.test(path)))
      return ctx.filter;
  }
  return {};
}

function failedToParse(message: string): MongoCommandError {
  return new MongoCommandError(ErrorCode.FailedToParse, message);
}
