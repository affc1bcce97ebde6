import type { Doc } from '../storage/document';
import { decodeKeepingTypes, ownBytes } from '../wire/bson-io';

/**
 * Decodes a stored document (from the snapshot or the journal) from its own copy of the bytes,
 * so no stored value keeps a whole file alive. Numbers keep their BSON type, exactly as a
 * client's write is decoded: with the driver's default promotions a double 1.0 and an int64
 * would come back as int32 after a restart. One place, so both read documents alike.
 */
export function decodeStored(bytes: Buffer, start: number, end: number): Doc {
  return decodeKeepingTypes(ownBytes(bytes, start, end));
}

/** Offset just past the BSON document at `offset`, checking it lies within `bytes`. */
export function documentEnd(bytes: Buffer, offset: number, what: string): number {
  if (offset + 5 > bytes.length) throw new Error(`${what} is truncated`);
  const size = bytes.readInt32LE(offset);
  if (size < 5 || offset + size > bytes.length) throw new Error(`${what} is corrupt`);
  return offset + size;
}
