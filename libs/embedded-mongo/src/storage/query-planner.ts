import { canonicalKey } from './canonical-key';
import type { Collection } from './collection';
import type { CollectionIndex } from './collection-index';
import { isPlainObject, type Doc } from './document';
import { cartesianProduct, compoundKey } from './index-keys';

export interface QueryPlan {
  docs: Iterable<Doc>;
  /**
   * The part of the filter the lookup did not decide; the caller runs it over `docs`. A lookup
   * decides a top-level field it pins to non-null values through `_id` or a complete index.
   */
  residual: Doc;
  /** True when nothing is left to test: every candidate matches. */
  exact: boolean;
  /** The index that picked the candidates (`_id_` for an id lookup); none for a scan. */
  index?: string;
}

/**
 * Picks the documents a filter can possibly match: an `_id` lookup, a secondary-index lookup
 * when the filter pins the leading fields of a keyed index by equality (all of them, or a prefix
 * of a compound index, as mongod's index bounds would), the entries of a sparse index for
 * `{ field: { $exists: true } }`, or else the whole collection.
 */
export function planQuery(collection: Collection, filter: Doc): QueryPlan {
  const ids = equalityValues(filter['_id'], true);
  if (ids) {
    const decided = ids.some(isNullish) ? [] : ['_id'];
    return {
      ...withResidual(collectByIds(collection, ids.map(canonicalKey)), filter, decided),
      index: '_id_',
    };
  }
  // Hidden indexes (createIndexes or collMod `hidden: true`) are kept up to date but not used.
  const usable = collection.secondaryIndexes().filter((candidate) => candidate.spec['hidden'] !== true);
  const choice = bestIndex(usable, filter);
  if (!choice) {
    const sparse = existsIndex(usable, filter);
    const docs = sparse ? collectByIds(collection, sparse.ids()) : collection.all();
    return { docs, residual: filter, exact: false, ...(sparse ? { index: sparse.name } : {}) };
  }
  const { index, valuesPerField } = choice;
  const pinned = index.fields.slice(0, valuesPerField.length);
  const idKeys = new Set<string>();
  for (const key of keyCombinations(valuesPerField))
    for (const id of index.lookupPrefix(pinned.length, key) ?? []) idKeys.add(id);
  // Dotted paths stay in the residual: arrays along them have subtler matching rules.
  const decided =
    index.complete && !valuesPerField.flat().some(isNullish)
      ? pinned.filter((field) => !field.includes('.'))
      : [];
  return { ...withResidual(collectByIds(collection, idKeys), filter, decided), index: index.name };
}

function withResidual(docs: Doc[], filter: Doc, decided: readonly string[]): QueryPlan {
  if (decided.length === 0) return { docs, residual: filter, exact: false };
  const residual: Doc = {};
  for (const [field, condition] of Object.entries(filter)) {
    if (!decided.includes(field)) residual[field] = condition;
  }
  return { docs, residual, exact: Object.keys(residual).length === 0 };
}

/**
 * A sparse single-field index holds every document that has the field, so it is a superset of
 * what `{ field: { $exists: true } }` matches (numeric path parts, which can index into arrays,
 * are left to a scan).
 */
function existsIndex(indexes: readonly CollectionIndex[], filter: Doc): CollectionIndex | undefined {
  return indexes.find((index) => {
    if (!index.keyed || index.spec.sparse !== true || index.spec.partialFilterExpression !== undefined)
      return false;
    if (index.fields.length !== 1 || index.fields[0].split('.').some((part) => /^\d+$/.test(part)))
      return false;
    const condition = filter[index.fields[0]];
    return isPlainObject(condition) && Object.keys(condition).length === 1 && condition['$exists'] === true;
  });
}

export function candidateDocs(collection: Collection, filter: Doc): Iterable<Doc> {
  return planQuery(collection, filter).docs;
}

const isNullish = (value: unknown) => value === null || value === undefined;

function collectByIds(collection: Collection, idKeys: Iterable<string>): Doc[] {
  const out: Doc[] = [];
  const seen = new Set<string>();
  for (const key of idKeys) {
    if (seen.has(key)) continue;
    seen.add(key);
    const doc = collection.getByKey(key);
    if (doc) out.push(doc);
  }
  return out;
}

/** An index and the values the filter pins its leading fields to, one list per field. */
interface IndexChoice {
  index: CollectionIndex;
  valuesPerField: unknown[][];
}

/**
 * The index whose lookup leaves the fewest candidates, as far as the filter shows: a unique index
 * pinned on every field first (one document per key), then the one pinning the most fields, then
 * one pinned on every field over a prefix, then the narrower index.
 */
function bestIndex(indexes: readonly CollectionIndex[], filter: Doc): IndexChoice | undefined {
  let best: IndexChoice | undefined;
  let bestRank: number[] = [];
  for (const index of indexes) {
    // A partial index holds only some documents; using it would need filter implication.
    if (!index.keyed || index.collated || index.spec.partialFilterExpression !== undefined) continue;
    const valuesPerField = pinnedPrefix(index, filter);
    const pinned = valuesPerField.length;
    const full = pinned === index.fields.length;
    if (pinned === 0 || (!full && !index.prefixable)) continue;
    const rank = [full && index.unique ? 1 : 0, pinned, full ? 1 : 0, -index.fields.length];
    if (!best || outranks(rank, bestRank)) {
      best = { index, valuesPerField };
      bestRank = rank;
    }
  }
  return best;
}

/** The equality values of the index's leading fields, up to the first one the filter leaves open. */
function pinnedPrefix(index: CollectionIndex, filter: Doc): unknown[][] {
  const out: unknown[][] = [];
  for (const field of index.fields) {
    const values = equalityValues(filter[field], index.complete);
    if (!values) break;
    out.push(values);
  }
  return out;
}

function outranks(rank: readonly number[], other: readonly number[]): boolean {
  for (let i = 0; i < rank.length; i++) if (rank[i] !== other[i]) return rank[i] > other[i];
  return false;
}

/**
 * The values a filter condition pins a field to (`v`, `{ $eq: v }`, `{ $in: [...] }`), or
 * undefined when it is not a plain equality. Arrays, regexes and operator documents as values
 * need semantics an element-keyed map cannot answer, so they fall back to a scan; so does null
 * when the index omits documents missing the field.
 */
function equalityValues(condition: unknown, nullAllowed: boolean): unknown[] | undefined {
  if (condition === undefined) return undefined;
  if (isPlainObject(condition)) {
    const keys = Object.keys(condition);
    if (keys.length === 0 || !keys[0]?.startsWith('$')) return checked([condition], nullAllowed);
    if (keys.length !== 1) return undefined;
    if (keys[0] === '$eq') return checked([condition['$eq']], nullAllowed);
    const list = condition['$in'];
    if (keys[0] === '$in' && Array.isArray(list)) return checked(list, nullAllowed);
    return undefined;
  }
  return checked([condition], nullAllowed);
}

function checked(values: unknown[], nullAllowed: boolean): unknown[] | undefined {
  for (const value of values) {
    if (Array.isArray(value) || value instanceof RegExp) return undefined;
    if (isPlainObject(value) && Object.keys(value).some((key) => key.startsWith('$'))) return undefined;
    if ((value === null || value === undefined) && !nullAllowed) return undefined;
  }
  return values;
}

function keyCombinations(valuesPerField: unknown[][]): string[] {
  return cartesianProduct(valuesPerField.map((values) => values.map(canonicalKey))).map(compoundKey);
}
