import { Types } from 'mongoose';
import { DomainError } from '@elo/contracts';
import { thrown } from '@elo/testing';
import { decodeCursor, encodeCursor, parseObjectId, toPage } from './pagination';

describe('cursor pagination', () => {
  const ids = Array.from({ length: 3 }, () => new Types.ObjectId());

  it('round-trips a cursor', () => {
    expect(decodeCursor(encodeCursor(ids[0])).equals(ids[0])).toBe(true);
  });

  it('refuses a forged cursor as a validation error on the cursor field', () => {
    expect(() => decodeCursor('not-a-cursor')).toThrow(DomainError);
    const error = thrown(() => decodeCursor(Buffer.from('{"$gt":1}').toString('base64url'))) as DomainError;
    expect(error?.errors?.[0]?.field).toBe('cursor');
  });

  it('cuts limit+1 rows into a page with a next cursor', () => {
    const rows = ids.map((_id) => ({ _id }));
    const page = toPage(rows, 2, (r) => r._id.toHexString());
    expect(page.items).toEqual([ids[0].toHexString(), ids[1].toHexString()]);
    expect(page.nextCursor).toBe(encodeCursor(ids[1]));
    expect(toPage(rows.slice(0, 2), 2, (r) => r._id).nextCursor).toBeNull();
  });

  it('validates ids', () => {
    expect(() => parseObjectId('zz')).toThrow(DomainError);
    expect(parseObjectId(ids[2].toHexString()).equals(ids[2])).toBe(true);
  });
});
