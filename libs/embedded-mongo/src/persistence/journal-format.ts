import { crc32 } from 'node:zlib';

// A journal file is FILE_MAGIC followed by records. A record is a 20-byte header (marker, payload
// length, sequence number, CRC-32 of header and payload) and its payload: the BSON ops of one
// command. The marker lets a reader tell a torn tail from damage followed by valid records.
export const FILE_MAGIC = Buffer.from('EMJRNL01', 'latin1');
const RECORD_MARKER = 0x4a4d4552;
const MARKER_BYTES = Buffer.from([0x52, 0x45, 0x4d, 0x4a]);
export const RECORD_HEADER_BYTES = 20;

export interface JournalRecord {
  seq: number;
  payload: Buffer;
  /** Byte offset just past the record. */
  end: number;
}

export class CorruptDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorruptDataError';
  }
}

export function encodeRecord(seq: number, payload: Buffer): Buffer {
  const record = Buffer.allocUnsafe(RECORD_HEADER_BYTES + payload.length);
  record.writeUInt32LE(RECORD_MARKER, 0);
  record.writeUInt32LE(payload.length, 4);
  record.writeUIntLE(seq, 8, 6);
  record.writeUInt16LE(0, 14);
  payload.copy(record, RECORD_HEADER_BYTES);
  record.writeUInt32LE(checksum(record, 0, record.length), 16);
  return record;
}

function checksum(bytes: Buffer, start: number, end: number): number {
  return crc32(bytes.subarray(start + RECORD_HEADER_BYTES, end), crc32(bytes.subarray(start, start + 16)));
}

/** The record at `offset`, or why there is no whole, valid one there. */
function readRecord(bytes: Buffer, offset: number): JournalRecord | string {
  if (bytes.length - offset < RECORD_HEADER_BYTES) return 'incomplete record header';
  if (bytes.readUInt32LE(offset) !== RECORD_MARKER) return 'no record marker';
  const end = offset + RECORD_HEADER_BYTES + bytes.readUInt32LE(offset + 4);
  if (end > bytes.length) return 'record runs past the end of the file';
  if (checksum(bytes, offset, end) !== bytes.readUInt32LE(offset + 16)) return 'checksum mismatch';
  const payload = bytes.subarray(offset + RECORD_HEADER_BYTES, end);
  return { seq: bytes.readUIntLE(offset + 8, 6), payload, end };
}

function validRecordAfter(bytes: Buffer, from: number): number | undefined {
  for (let at = bytes.indexOf(MARKER_BYTES, from + 1); at !== -1; at = bytes.indexOf(MARKER_BYTES, at + 1)) {
    if (typeof readRecord(bytes, at) !== 'string') return at;
  }
  return undefined;
}

export interface ParsedJournal {
  records: JournalRecord[];
  /** Length of the whole records (and header); anything after it is a torn tail to drop. */
  validEnd: number;
  torn: boolean;
}

/**
 * Reads one journal file. Only the last file may end in a torn write (a crash mid-append): damage
 * there is dropped when no valid record follows it. Damage anywhere else throws, because going on
 * would silently lose the records after it.
 */
export function parseJournal(bytes: Buffer, name: string, isLast: boolean): ParsedJournal {
  const head = bytes.subarray(0, FILE_MAGIC.length);
  if (!head.equals(FILE_MAGIC)) {
    const unwritten = head.length < FILE_MAGIC.length || head.every((byte) => byte === 0);
    if (
      isLast &&
      validRecordAfter(bytes, 0) === undefined &&
      (unwritten || FILE_MAGIC.subarray(0, head.length).equals(head))
    )
      return { records: [], validEnd: 0, torn: bytes.length > 0 };
    throw new CorruptDataError(`${name} is not an embedded-mongo journal (bad file header)`);
  }
  const records: JournalRecord[] = [];
  let offset = FILE_MAGIC.length;
  while (offset < bytes.length) {
    const record = readRecord(bytes, offset);
    if (typeof record !== 'string') {
      records.push(record);
      offset = record.end;
      continue;
    }
    const later = validRecordAfter(bytes, offset);
    if (isLast && later === undefined) return { records, validEnd: offset, torn: true };
    throw new CorruptDataError(
      `${name} is damaged at byte ${offset} (${record})` +
        (later === undefined
          ? ' and it is not the last journal file'
          : `, with valid records after it (byte ${later})`) +
        ': this is not a torn final write, and starting would lose acknowledged writes. ' +
        'Restore the data directory from a backup, or move the damaged file away knowingly.',
    );
  }
  return { records, validEnd: offset, torn: false };
}
