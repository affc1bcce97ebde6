import { Query } from 'mingo/query';
import { getPath, isPlainObject, type Doc } from './document';
import type { ComputeOptions } from './mingo-options';

const LOGICAL = new Set(['$and', '$or', '$nor']);

/**
 * mongod reads a `$pull` condition made of `$or`/`$and`/`$nor` (and field names) as a query on
 * each array element; mingo reads any `$` key as a condition on the element's value and removes
 * nothing. Those conditions on plain paths are taken out of the modifier and run here.
 */
export function takeLogicalPulls(modifier: Doc): { rest: Doc; pulls: [string, Doc][] } {
  const pull = modifier['$pull'];
  if (!isPlainObject(pull)) return { rest: modifier, pulls: [] };
  const pulls: [string, Doc][] = [];
  const remaining: Doc = {};
  for (const [path, spec] of Object.entries(pull)) {
    if (!path.includes('$') && isLogicalCondition(spec)) pulls.push([path, spec]);
    else remaining[path] = spec;
  }
  if (pulls.length === 0) return { rest: modifier, pulls };
  const rest: Doc = { ...modifier, $pull: remaining };
  if (Object.keys(remaining).length === 0) delete rest['$pull'];
  return { rest, pulls };
}

function isLogicalCondition(spec: unknown): spec is Doc {
  if (!isPlainObject(spec)) return false;
  const keys = Object.keys(spec);
  return (
    keys.some((key) => LOGICAL.has(key)) && keys.every((key) => LOGICAL.has(key) || !key.startsWith('$'))
  );
}

/** A mutation in mingo's shape: changes `doc` in place and returns the paths it changed. */
export function logicalPull(path: string, spec: Doc, options: ComputeOptions): (doc: Doc) => string[] {
  const query = new Query(spec, options);
  return (doc) => {
    const array = getPath(doc, path);
    if (!Array.isArray(array)) return [];
    const kept = array.filter((element) => !(isPlainObject(element) && query.test(element)));
    if (kept.length === array.length) return [];
    array.splice(0, array.length, ...(kept as unknown[]));
    return [path];
  };
}
