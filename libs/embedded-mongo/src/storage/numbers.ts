import { Decimal128, Double, Int32, Long } from 'bson';
import { isPlainObject, type Doc } from './document';

/**
 * How numbers are held, so each comes back with the BSON type it was stored with:
 * - int32, and doubles with a fraction, are JS numbers (bson writes them back as such);
 * - a double with an integral value stays a `Double` (bson would write the number as int32);
 * - int64 stays a `Long`, Decimal128 a `Decimal128`.
 * mingo compares only JS numbers as numbers, so queries and sorts run over a numeric view.
 */
export function normalizeNumbers<T>(value: T): T {
  return normalize(value) as T;
}

function normalize(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Int32) return value.value;
  if (value instanceof Double) return Number.isInteger(value.value) ? value : value.value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = normalize(value[i]);
    return value;
  }
  if (isPlainObject(value)) {
    for (const key of Object.keys(value)) value[key] = normalize(value[key]);
  }
  return value;
}

export type NumericWrapper = Double | Long | Decimal128;

export function isNumericWrapper(value: unknown): value is NumericWrapper {
  return value instanceof Double || value instanceof Long || value instanceof Decimal128;
}

/** A wrapper's value as a JS number (Long beyond 2^53 and Decimal128 lose precision). */
export function numberOf(value: NumericWrapper): number {
  if (value instanceof Double) return value.value;
  if (value instanceof Long) return value.toNumber();
  return Number(value.toString());
}

const VIEWS = new WeakMap<Doc, Doc>();
// Each object or array of a view that differs from the stored one, mapped to the stored one.
const ORIGINALS = new WeakMap<object, unknown>();

/**
 * The document with every numeric wrapper as a JS number, for mingo to compare; the document
 * itself when it has none. Stored documents are never changed in place, so views are cached.
 */
export function numericView(doc: Doc): Doc {
  const cached = VIEWS.get(doc);
  if (cached) return cached;
  const view = hasWrapper(doc) ? (toNumbers(doc) as Doc) : doc;
  VIEWS.set(doc, view);
  return view;
}

/** The stored document a view was made from (the argument itself when it is not a view). */
export function originalOf(doc: Doc): Doc {
  return (ORIGINALS.get(doc) as Doc | undefined) ?? doc;
}

/**
 * Output built from views (aggregation stages that never write into their input) with every
 * object or array that came whole from a stored document replaced by the stored one, so its
 * numbers keep their BSON types. Values computed or copied one by one stay JS numbers.
 */
export function restoreNumbers(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const original = ORIGINALS.get(value);
  if (original !== undefined) return original;
  if (Array.isArray(value)) return value.some(isView) ? value.map(restoreNumbers) : value;
  if (!isPlainObject(value) || !Object.values(value).some(isView)) return value;
  const out: Doc = {};
  for (const key of Object.keys(value)) out[key] = restoreNumbers(value[key]);
  return out;
}

function isView(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (ORIGINALS.has(value)) return true;
  if (Array.isArray(value)) return value.some(isView);
  return isPlainObject(value) && Object.values(value).some(isView);
}

/** A filter or other argument with its numeric wrappers as JS numbers. */
export function numericArgument<T>(value: T): T {
  return (hasWrapper(value) ? toNumbers(value) : value) as T;
}

function hasWrapper(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (isNumericWrapper(value)) return true;
  if (Array.isArray(value)) return value.some(hasWrapper);
  if (!isPlainObject(value)) return false;
  for (const key in value) if (hasWrapper(value[key])) return true;
  return false;
}

// Parts without wrappers are shared with the stored document; converted ones are remembered.
function toNumbers(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (isNumericWrapper(value)) return numberOf(value);
  if (!hasWrapper(value)) return value;
  if (Array.isArray(value)) return remember(value.map(toNumbers), value);
  if (!isPlainObject(value)) return value;
  const out: Doc = {};
  for (const key of Object.keys(value)) out[key] = toNumbers(value[key]);
  return remember(out, value);
}

function remember<T extends object>(view: T, original: unknown): T {
  ORIGINALS.set(view, original);
  return view;
}
