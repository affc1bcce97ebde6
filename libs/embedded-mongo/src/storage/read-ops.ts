import type { Cursor } from 'mingo/cursor';
import { Query } from 'mingo/query';
import { badValue, toMongoError } from '../errors';
import { collateFilter, collateValue, readCollation, type Collation } from './collation';
import type { Collection } from './collection';
import { isPlainObject, withIdFirst, type Doc } from './document';
import { compileFilter, readFilter } from './filter';
import { applyArrayProjections, splitProjection, type SplitProjection } from './projection';
import { computeOptions } from './mingo-options';
import { numericArgument, numericView, originalOf } from './numbers';
import { planQuery } from './query-planner';

export interface FindSpec {
  filter?: unknown;
  sort?: unknown;
  projection?: unknown;
  skip?: number;
  /** 0 means no limit. */
  limit?: number;
  /** Non-binary string comparison; see resolveCollation. */
  collation?: Collation;
}

/** A command's collation, or else the collection's default one. */
export function resolveCollation(value: unknown, collection: Collection | undefined): Collation | undefined {
  return value !== undefined ? readCollation(value) : readCollation(collection?.options['collation']);
}

/** Filter, sort, skip, limit and project, using the indexes to pick candidates. */
export function findDocuments(collection: Collection | undefined, spec: FindSpec): Doc[] {
  const filter = readFilter(spec.filter);
  if (!collection) {
    // mongod parses the filter before looking for the collection: a bad operator fails anyway.
    if (Object.keys(filter).length > 0) compileFilter(filter);
    return [];
  }
  const { sort, reverseNatural } = readSort(spec.sort);
  const requested = readProjection(spec.projection);
  const split = requested && splitProjection(requested);
  const projection = split ? undefined : requested;
  let candidates: Doc[];
  let query: Query;
  if (spec.collation) {
    // Strings compare by collation key, on every document: the hash indexes hold exact values.
    candidates = collatedMatches(collection.all(), filter, spec.collation);
    query = new Query({}, computeOptions({ collation: spec.collation.spec }));
  } else {
    const plan = planQuery(collection, filter);
    candidates = [...plan.docs];
    if (plan.exact && !sort && !requested) {
      // Point lookups (findById, findOne by a unique key) skip building a mingo query.
      if (reverseNatural) candidates.reverse();
      const docs = candidates.slice(spec.skip ?? 0);
      return spec.limit ? docs.slice(0, spec.limit) : docs;
    }
    query = compileFilter(numericArgument(plan.residual));
  }
  if (reverseNatural) candidates.reverse();
  // mingo matches and sorts the numeric views; results go back to the stored documents, and
  // then the projection applies to them, so every number keeps its BSON type.
  const views = candidates.map(numericView);
  const wrapped = views.some((view, i) => view !== candidates[i]);
  try {
    let cursor: Cursor<Doc> = query.find<Doc>(views, wrapped ? undefined : projection);
    if (sort) cursor = cursor.sort(sort);
    if (spec.skip) cursor = cursor.skip(spec.skip);
    if (spec.limit) cursor = cursor.limit(spec.limit);
    const docs = cursor.all();
    if (split) return docs.map((doc) => projectSplit(originalOf(doc), split));
    if (wrapped)
      return projection
        ? docs.map((doc) => projectDocument(originalOf(doc), projection))
        : docs.map(originalOf);
    return projection ? docs.map(withIdFirst) : docs;
  } catch (error) {
    throw toMongoError(error);
  }
}

/** The documents matching `filter` when strings compare by collation key. */
export function collatedMatches(docs: Iterable<Doc>, filter: Doc, collation: Collation): Doc[] {
  const matcher = compileFilter(collateFilter(numericArgument(filter), collation.key));
  return [...docs].filter((doc) => matcher.test(collateValue(numericView(doc), collation.key) as Doc));
}

export function projectDocument(doc: Doc, projection: unknown): Doc {
  const spec = readProjection(projection);
  if (!spec) return doc;
  const split = splitProjection(spec);
  if (split) return projectSplit(doc, split);
  try {
    const [projected] = compileFilter({}).find<Doc>([doc], spec).all();
    return withIdFirst(projected ?? {});
  } catch (error) {
    throw toMongoError(error);
  }
}

function projectSplit(doc: Doc, split: SplitProjection): Doc {
  let projected: Doc;
  try {
    projected = split.rest ? (compileFilter({}).find<Doc>([doc], split.rest).all()[0] ?? {}) : { ...doc };
  } catch (error) {
    throw toMongoError(error);
  }
  return withIdFirst(applyArrayProjections(projected, doc, split.arrays));
}

function readProjection(projection: unknown): Doc | undefined {
  if (projection === undefined || projection === null) return undefined;
  if (!isPlainObject(projection)) throw badValue('projection must be an object');
  return Object.keys(projection).length > 0 ? projection : undefined;
}

/** `$natural` is not a field: it only orders by insertion (or its reverse). */
function readSort(sort: unknown): { sort: Record<string, 1 | -1> | undefined; reverseNatural: boolean } {
  if (sort === undefined || sort === null) return { sort: undefined, reverseNatural: false };
  if (!isPlainObject(sort)) throw badValue('sort must be an object');
  const out: Record<string, 1 | -1> = {};
  let reverseNatural = false;
  for (const [field, direction] of Object.entries(sort)) {
    if (field === '$natural') {
      reverseNatural = Number(direction) < 0;
      continue;
    }
    if (isPlainObject(direction)) continue; // { $meta: ... } has no meaning without text search
    const value = Number(direction);
    if (value !== 1 && value !== -1)
      throw badValue(`$sort key ordering must be 1 (for ascending) or -1 (for descending)`);
    out[field] = value;
  }
  return { sort: Object.keys(out).length > 0 ? out : undefined, reverseNatural };
}
