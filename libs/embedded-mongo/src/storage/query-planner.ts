import { canonicalKey } from './canonical-key';
import type { Collection } from './collection';
import type { CollectionIndex } from './collection-index';
import { isPlainObject, type Doc } from './document';
import { compoundKey } from './index-keys';

export interface QueryPlan {
  docs: Iterable<Doc>;
  /**
   * True when the lookup alone decides the filter: it pins exactly the fields of a complete
   * index (or `_id`) to non-null values, so every candidate matches and no predicate is needed.
   */
  exact: boolean;
}

/**
 * Picks the documents a filter can possibly match: an `_id` lookup, a secondary-index lookup
 * when the filter pins every field of a keyed index by equality, or else the whole collection.
 * Unless the plan is exact, the caller still runs the full filter over the candidates.
 */
export function planQuery(collection: Collection, filter: Doc): QueryPlan {
  const fieldCount = Object.keys(filter).length;
  const ids = equalityValues(filter['_id'], true);
  if (ids) {
    return {
      docs: collectByIds(collection, ids.map(canonicalKey)),
      exact: fieldCount === 1 && !ids.some(isNullish),
    };
  }
  const index = bestIndex(collection.secondaryIndexes(), filter);
  if (!index) return { docs: collection.all(), exact: false };
  const valuesPerField = index.fields.map((field) => equalityValues(filter[field], index.complete) ?? []);
  const idKeys = new Set<string>();
  for (const key of keyCombinations(valuesPerField)) for (const id of index.lookup(key) ?? []) idKeys.add(id);
  const exact =
    index.complete && fieldCount === index.fields.length && !valuesPerField.flat().some(isNullish);
  return { docs: collectByIds(collection, idKeys), exact };
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

function bestIndex(indexes: readonly CollectionIndex[], filter: Doc): CollectionIndex | undefined {
  let best: CollectionIndex | undefined;
  for (const index of indexes) {
    // A partial index holds only some documents; using it would need filter implication.
    if (!index.keyed || index.spec.partialFilterExpression !== undefined) continue;
    if (!index.fields.every((field) => equalityValues(filter[field], index.complete) !== undefined)) continue;
    if (!best || (index.unique && !best.unique) || index.fields.length > best.fields.length) best = index;
  }
  return best;
}

/**
 * The values a filter condition pins a field to (`v`, `{ $eq: v }`, `{ $in: [...] }`), or
 * undefined when it is not a plain equality. Arrays, regexes and operator documents as values
 * need semantics an element-keyed map cannot answer, so they fall back to a scan; so does null
 * when the index omits documents missing the field.
 */
export function equalityValues(condition: unknown, nullAllowed: boolean): unknown[] | undefined {
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
  let combos: string[][] = [[]];
  for (const values of valuesPerField) {
    const next: string[][] = [];
    for (const combo of combos) for (const value of values) next.push([...combo, canonicalKey(value)]);
    combos = next;
  }
  return combos.map(compoundKey);
}
