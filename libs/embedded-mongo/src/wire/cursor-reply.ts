// BSON element type bytes used below.
const DOUBLE = 0x01;
const STRING = 0x02;
const DOCUMENT = 0x03;
const ARRAY = 0x04;
const INT64 = 0x12;

/**
 * Encodes `{ cursor: { <batchKey>: [...docs], id: int64, ns }, ok: 1.0 }` around documents that
 * are already BSON, so a batch is serialized once and its size is known while it is being built.
 */
export function encodeCursorReply(
  ns: string,
  cursorId: bigint,
  batchKey: 'firstBatch' | 'nextBatch',
  docs: readonly Buffer[],
): Buffer {
  const parts: Buffer[] = [];
  docs.forEach((doc, i) => parts.push(elementHeader(DOCUMENT, String(i)), doc));
  const batch = wrapDocument(parts);
  const idBytes = Buffer.allocUnsafe(8);
  idBytes.writeBigInt64LE(cursorId);
  const nsBytes = Buffer.from(ns, 'utf8');
  const nsLength = Buffer.allocUnsafe(4);
  nsLength.writeInt32LE(nsBytes.length + 1);
  const cursor = wrapDocument([
    elementHeader(ARRAY, batchKey),
    batch,
    elementHeader(INT64, 'id'),
    idBytes,
    elementHeader(STRING, 'ns'),
    nsLength,
    nsBytes,
    Buffer.from([0]),
  ]);
  const ok = Buffer.allocUnsafe(8);
  ok.writeDoubleLE(1);
  return wrapDocument([elementHeader(DOCUMENT, 'cursor'), cursor, elementHeader(DOUBLE, 'ok'), ok]);
}

function elementHeader(type: number, name: string): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const out = Buffer.allocUnsafe(nameBytes.length + 2);
  out.writeUInt8(type, 0);
  nameBytes.copy(out, 1);
  out.writeUInt8(0, nameBytes.length + 1);
  return out;
}

function wrapDocument(elements: readonly Buffer[]): Buffer {
  const size = 4 + elements.reduce((sum, part) => sum + part.length, 0) + 1;
  const out = Buffer.allocUnsafe(size);
  out.writeInt32LE(size, 0);
  let offset = 4;
  for (const part of elements) {
    part.copy(out, offset);
    offset += part.length;
  }
  out.writeUInt8(0, offset);
  return out;
}
