import { validationError } from '@elo/contracts';
import { encodeCursor, pageOf } from '@elo/persistence';

// Codes sort numerically part by part ("1.1.2" before "1.1.10"): each part is zero-padded to three
// digits in a stored `sortKey`, which is also what the opaque page cursor carries.

const SORT_KEY = /^\d{3}(\.\d{3}){1,2}$/;

export function sortKeyOf(code: string): string {
  return code
    .split('.')
    .map((part) => part.padStart(3, '0'))
    .join('.');
}

export function decodeCodeCursor(cursor: string): string {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!SORT_KEY.test(raw)) throw validationError('cursor', 'is not a cursor returned by this API');
  return raw;
}

/** Given up to limit+1 rows sorted by sortKey, cut the page and compute the next cursor. */
export function toCodePage<Row extends { sortKey: string }, T>(
  rows: Row[],
  limit: number,
  map: (row: Row) => T,
) {
  return pageOf(rows, limit, map, (row) => encodeCursor(row.sortKey));
}
