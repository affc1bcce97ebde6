import { Query } from 'mingo/query';
import { badValue } from '../errors';
import { isPlainObject, type Doc } from './document';
import { computeOptions } from './mingo-options';

/** `$slice` and `$elemMatch` projections, which mingo gets wrong, done after the rest. */
interface ArrayProjection {
  path: string;
  apply(value: unknown, projected: Doc, original: Doc): void;
}

export interface SplitProjection {
  /** What mingo projects; undefined when it should return every field. */
  rest: Doc | undefined;
  arrays: ArrayProjection[];
}

/**
 * Splits out `$slice` (which neither includes nor excludes: alone it keeps every field, beside an
 * exclusion it keeps the rest) and `$elemMatch` (which includes its field), as mongod reads them.
 * Returns undefined when mingo can project on its own.
 */
export function splitProjection(spec: Doc): SplitProjection | undefined {
  const rest: Doc = {};
  const arrays: ArrayProjection[] = [];
  for (const [path, value] of Object.entries(spec)) {
    if (isPlainObject(value) && '$slice' in value) arrays.push(sliceProjection(path, value['$slice']));
    else if (isPlainObject(value) && '$elemMatch' in value) arrays.push(elemMatchProjection(path, value));
    else rest[path] = value;
  }
  if (arrays.length === 0) return undefined;
  const including =
    arrays.some((array) => array instanceof ElemMatch) ||
    Object.entries(rest).some(([path, value]) => path !== '_id' && isInclusion(value));
  if (including) for (const array of arrays) rest[array.path] ??= 1;
  const keys = Object.keys(rest);
  return { rest: keys.length > 0 ? rest : undefined, arrays };
}

/** Applies the array projections to a projected copy; nested objects are copied before changes. */
export function applyArrayProjections(projected: Doc, original: Doc, arrays: ArrayProjection[]): Doc {
  for (const array of arrays) array.apply(valueAt(original, array.path), projected, original);
  return projected;
}

function isInclusion(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  return true; // expressions and literals include
}

function sliceProjection(path: string, arg: unknown): ArrayProjection {
  const slice = readSlice(arg);
  return {
    path,
    apply(value, projected) {
      if (!Array.isArray(value) || !hasPath(projected, path)) return;
      setCopied(projected, path, slice(value));
    },
  };
}

function readSlice(arg: unknown): (array: unknown[]) => unknown[] {
  if (typeof arg === 'number' && Number.isInteger(arg)) {
    return (array) => (arg >= 0 ? array.slice(0, arg) : array.slice(Math.max(0, array.length + arg)));
  }
  if (
    Array.isArray(arg) &&
    arg.length === 2 &&
    arg.every((n) => typeof n === 'number' && Number.isInteger(n))
  ) {
    const [skip, limit] = arg as [number, number];
    if (limit <= 0) throw badValue(`$slice limit must be positive`);
    return (array) => {
      const start = skip >= 0 ? skip : Math.max(0, array.length + skip);
      return array.slice(start, start + limit);
    };
  }
  throw badValue('$slice only supports numbers and [skip, limit] arrays');
}

class ElemMatch implements ArrayProjection {
  private readonly query: Query;

  constructor(
    readonly path: string,
    condition: unknown,
  ) {
    if (path.includes('.')) throw badValue('Cannot use $elemMatch projection on a nested field.');
    if (!isPlainObject(condition)) throw badValue('elemMatch: Invalid argument, object required.');
    // As a query on a one-element array, operator-only conditions ({$in: [...]}) work on scalars.
    this.query = new Query({ v: { $elemMatch: condition } }, computeOptions());
  }

  apply(value: unknown, projected: Doc): void {
    const elements: unknown[] = Array.isArray(value) ? value : [];
    const match = elements.find((element) => this.query.test({ v: [element] }));
    if (match === undefined) delete projected[this.path];
    else projected[this.path] = [match];
  }
}

function elemMatchProjection(path: string, value: Doc): ArrayProjection {
  return new ElemMatch(path, value['$elemMatch']);
}

function valueAt(doc: Doc, path: string): unknown {
  let current: unknown = doc;
  for (const part of path.split('.')) {
    if (!isPlainObject(current)) return undefined;
    current = current[part];
  }
  return current;
}

function hasPath(doc: Doc, path: string): boolean {
  return valueAt(doc, path) !== undefined;
}

// The projected document may share sub-documents with the stored one: copy along the path.
function setCopied(doc: Doc, path: string, value: unknown): void {
  const parts = path.split('.');
  let target = doc;
  for (const part of parts.slice(0, -1)) {
    const next = target[part];
    if (!isPlainObject(next)) return;
    const copy = { ...next };
    target[part] = copy;
    target = copy;
  }
  target[parts[parts.length - 1] ?? path] = value;
}
