import { Types, trusted } from 'mongoose';
import { validationError, type Page } from '@elo/contracts';

// Cursors are opaque to clients: base64url of the last sort key seen (the _id unless said otherwise).
export function encodeCursor(id: Types.ObjectId | string): string {
  return Buffer.from(String(id), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): Types.ObjectId {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!Types.ObjectId.isValid(raw) || !/^[0-9a-f]{24}$/.test(raw)) {
    throw validationError('cursor', 'is not a cursor returned by this API');
  }
  return new Types.ObjectId(raw);
}

// `trusted`: the operator is ours, so a connection with `sanitizeFilter` on keeps it.
export function cursorFilter(cursor?: string): { _id?: { $gt: Types.ObjectId } } {
  return cursor ? { _id: trusted({ $gt: decodeCursor(cursor) }) } : {};
}

/** Given up to limit+1 rows sorted by _id, cut the page and compute the next cursor. */
export function toPage<Row extends { _id: Types.ObjectId }, T>(
  rows: Row[],
  limit: number,
  map: (row: Row) => T,
): Page<T> {
  return pageOf(rows, limit, map, (row) => encodeCursor(row._id));
}

/** The same for rows sorted by another unique key: `cursorOf` gives the last row's cursor. */
export function pageOf<Row, T>(
  rows: Row[],
  limit: number,
  map: (row: Row) => T,
  cursorOf: (row: Row) => string,
): Page<T> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return { items: pageRows.map(map), nextCursor: hasMore && last !== undefined ? cursorOf(last) : null };
}

export function parseObjectId(id: string, field = 'id'): Types.ObjectId {
  if (!/^[0-9a-f]{24}$/.test(id)) throw validationError(field, 'must be a 24-character hex id');
  return new Types.ObjectId(id);
}
