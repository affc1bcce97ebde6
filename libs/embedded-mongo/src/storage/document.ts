import { calculateObjectSize, Double, Int32, Long, ObjectId } from 'bson';
import { cloneDeep } from 'mingo/util';

export type Doc = Record<string, unknown>;

export const MAX_BSON_OBJECT_SIZE = 16 * 1024 * 1024;

export function isPlainObject(value: unknown): value is Doc {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** mongod always stores `_id` as the first field. */
export function withIdFirst(doc: Doc): Doc {
  const keys = Object.keys(doc);
  if (keys[0] === '_id' || !('_id' in doc)) return doc;
  const out: Doc = { _id: doc['_id'] };
  for (const key of keys) if (key !== '_id') out[key] = doc[key];
  return out;
}

export function ensureId(doc: Doc): Doc {
  if (doc['_id'] === undefined) return withIdFirst({ _id: new ObjectId(), ...doc });
  return withIdFirst(doc);
}

// Stored documents are never mutated in place: writers clone, change the clone and swap it in.
export function cloneDoc(doc: Doc): Doc {
  return cloneDeep(doc);
}

export function bsonSize(doc: Doc): number {
  return calculateObjectSize(doc);
}

/** Reads a numeric command argument that may arrive as int32, double or int64. */
export function toNumber(value: unknown, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Long) return value.toNumber();
  if (value instanceof Int32 || value instanceof Double) return value.value;
  return fallback;
}

export function toBigInt(value: unknown): bigint | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  if (typeof value === 'bigint') return value;
  if (value instanceof Long) return value.toBigInt();
  return undefined;
}

/** Reads a dotted path through sub-documents and numeric array positions; undefined when absent. */
export function getPath(doc: Doc, path: string): unknown {
  let current: unknown = doc;
  for (const part of path.split('.')) {
    if (isPlainObject(current)) current = current[part];
    else if (Array.isArray(current) && /^\d+$/.test(part)) current = current[Number(part)];
    else return undefined;
  }
  return current;
}

/** Sets a dotted path, creating intermediate sub-documents. */
export function setPath(doc: Doc, path: string, value: unknown): void {
  const parts = path.split('.');
  let target = doc;
  for (const part of parts.slice(0, -1)) {
    const next = target[part];
    if (isPlainObject(next)) {
      target = next;
    } else {
      const created: Doc = {};
      target[part] = created;
      target = created;
    }
  }
  target[parts[parts.length - 1] ?? path] = value;
}
