import { canonicalKey } from './canonical-key';
import { isPlainObject } from './document';

/** One entry a document contributes to an index: its map key and the field values behind it. */
export interface IndexKey {
  key: string;
  values: unknown[];
  /** The canonical key of each field's value, of which `key` is the compound. */
  parts: string[];
}

/**
 * The values a multikey index sees at a dotted path: arrays along the path and at its end are
 * expanded into their elements; a missing field counts as null.
 */
export function valuesAtPath(doc: unknown, path: readonly string[]): unknown[] {
  const out: unknown[] = [];
  collect(doc, path, 0, out, true);
  return out.length === 0 ? [null] : out;
}

/** The values distinct reports: expanded the same way, but a missing field gives nothing. */
export function presentValuesAtPath(doc: unknown, path: readonly string[]): unknown[] {
  const out: unknown[] = [];
  collect(doc, path, 0, out, false);
  return out;
}

function collect(
  value: unknown,
  path: readonly string[],
  depth: number,
  out: unknown[],
  missingAsNull: boolean,
): void {
  if (depth === path.length) {
    if (Array.isArray(value)) {
      for (const element of value) out.push(element);
      if (value.length === 0 && missingAsNull) out.push(value);
    } else if (value !== undefined || missingAsNull) {
      out.push(value ?? null);
    }
    return;
  }
  const field = path[depth];
  if (Array.isArray(value)) {
    if (/^\d+$/.test(field)) {
      collect(value[Number(field)], path, depth + 1, out, missingAsNull);
      return;
    }
    for (const element of value) {
      if (isPlainObject(element) || Array.isArray(element)) collect(element, path, depth, out, missingAsNull);
    }
    if (value.length === 0 && missingAsNull) out.push(null);
    return;
  }
  if (isPlainObject(value)) {
    collect(value[field], path, depth + 1, out, missingAsNull);
    return;
  }
  if (missingAsNull) out.push(null);
}

/** Joins per-field keys into one compound key; lengths keep it unambiguous. */
export function compoundKey(parts: readonly string[]): string {
  if (parts.length === 1) return parts[0];
  return parts.map((part) => `${part.length}|${part}`).join('');
}

/** Every way to pick one element from each list, in order (one empty pick for no lists). */
export function cartesianProduct<T>(lists: ReadonlyArray<readonly T[]>): T[][] {
  let combos: T[][] = [[]];
  for (const values of lists) {
    const next: T[][] = [];
    for (const combo of combos) for (const value of values) next.push([...combo, value]);
    combos = next;
  }
  return combos;
}

/** Every distinct key a document produces: the cartesian product of each field's values. */
export function indexKeysOf(doc: unknown, paths: ReadonlyArray<readonly string[]>): IndexKey[] {
  const combos = cartesianProduct(paths.map((path) => valuesAtPath(doc, path)));
  const seen = new Map<string, IndexKey>();
  for (const values of combos) {
    const parts = values.map(canonicalKey);
    const key = compoundKey(parts);
    if (!seen.has(key)) seen.set(key, { key, values, parts });
  }
  return [...seen.values()];
}

/** True when the document has at least one of the fields, even null (what a sparse index requires). */
export function hasAnyField(doc: unknown, paths: ReadonlyArray<readonly string[]>): boolean {
  return paths.some((path) => fieldExists(doc, path, 0));
}

function fieldExists(value: unknown, path: readonly string[], depth: number): boolean {
  if (depth === path.length) return value !== undefined;
  if (Array.isArray(value)) return value.some((element) => fieldExists(element, path, depth));
  if (!isPlainObject(value)) return false;
  return fieldExists(value[path[depth]], path, depth + 1);
}
