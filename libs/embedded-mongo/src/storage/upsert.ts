import { ensureId, isPlainObject, setPath, type Doc } from './document';
import { applyUpdate, type ApplyContext, type ParsedUpdate } from './update-apply';

/**
 * The document an upsert inserts: equality conditions of the filter seed it (only `_id` for a
 * replacement), then the update applies with $setOnInsert, and a missing `_id` is generated.
 */
export function buildUpsertDoc(filter: Doc, update: ParsedUpdate, ctx: Omit<ApplyContext, 'inserting'>): Doc {
  const seed = seedFromFilter(filter);
  const base: Doc = update.kind === 'replacement' ? ('_id' in seed ? { _id: seed['_id'] } : {}) : seed;
  const { doc } = applyUpdate(base, update, { ...ctx, filter: {}, inserting: true });
  return ensureId(doc);
}

function seedFromFilter(filter: Doc): Doc {
  const seed: Doc = {};
  collectEqualities(filter, seed);
  return seed;
}

function collectEqualities(filter: Doc, seed: Doc): void {
  for (const [key, condition] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(condition)) {
      for (const clause of condition) if (isPlainObject(clause)) collectEqualities(clause, seed);
      continue;
    }
    if (key.startsWith('$')) continue;
    const value = equalityOf(condition);
    if (value.found) setPath(seed, key, value.value);
  }
}

function equalityOf(condition: unknown): { found: true; value: unknown } | { found: false } {
  if (condition instanceof RegExp) return { found: false };
  if (!isPlainObject(condition)) return { found: true, value: condition };
  const keys = Object.keys(condition);
  if (!keys.some((key) => key.startsWith('$'))) return { found: true, value: condition };
  if ('$eq' in condition) return { found: true, value: condition['$eq'] };
  const list = condition['$in'];
  if (Array.isArray(list) && list.length === 1 && !(list[0] instanceof RegExp))
    return { found: true, value: list[0] };
  return { found: false };
}
