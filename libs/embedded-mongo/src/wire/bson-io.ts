import { deserialize, serialize } from 'bson';
import type { Doc } from '../storage/document';
import { normalizeNumbers } from '../storage/numbers';
import { ProtocolError } from './constants';

const RAW_NUMBERS = { promoteValues: false, promoteBuffers: false } as const;

/**
 * Decodes BSON bytes keeping each number's BSON type (a double 1.0 stays a Double, an int64 a
 * Long), in the form storage holds them (see normalizeNumbers). Clients' messages and stored
 * documents read back from disk both go through here, so a restart changes no value's type.
 */
export function decodeKeepingTypes(bytes: Uint8Array): Doc {
  return normalizeNumbers(deserialize(bytes, RAW_NUMBERS));
}

/** Reads one BSON document at `offset`, checking it fits before `end`. */
export function readDocument(buffer: Buffer, offset: number, end: number): { doc: Doc; next: number } {
  if (offset + 5 > end) throw new ProtocolError('truncated BSON document');
  const size = buffer.readInt32LE(offset);
  if (size < 5 || offset + size > end) throw new ProtocolError(`invalid BSON document size ${size}`);
  try {
    return { doc: decodeKeepingTypes(buffer.subarray(offset, offset + size)), next: offset + size };
  } catch (error) {
    throw new ProtocolError(`invalid BSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * A copy of the bytes in an exactly sized ArrayBuffer. bson builds Binary values as views into
 * the bytes it reads, so a stored 3-byte Binary read in place would keep a whole socket chunk or
 * snapshot file alive. (Buffer's subarray is a view, and Buffer.from copies into a shared pool.)
 */
export function ownBytes(buffer: Uint8Array, start: number, end: number): Uint8Array {
  return Uint8Array.prototype.slice.call(buffer, start, end);
}

/** Reads a NUL-terminated string at `offset`. */
export function readCString(buffer: Buffer, offset: number, end: number): { value: string; next: number } {
  const nul = buffer.indexOf(0, offset);
  if (nul === -1 || nul >= end) throw new ProtocolError('unterminated cstring');
  return { value: buffer.toString('utf8', offset, nul), next: nul + 1 };
}

/** BSON bytes as a Buffer (bson returns a Uint8Array view; this wraps it without copying). */
export function encodeDocument(doc: Doc): Buffer {
  const bytes = serialize(doc);
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
