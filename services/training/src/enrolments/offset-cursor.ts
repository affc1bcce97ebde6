import { validationError } from '@elo/contracts';

// Participants are listed in arrival order (seat list, then waiting list), not by id: the cursor is a position.

export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function decodeOffsetCursor(cursor: string): number {
  const match = /^o:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw validationError('cursor', 'is not a cursor returned by this API');
  return Number(match[1]);
}
