import type { Doc } from '../storage/document';
import { readDocument, readCString } from './bson-io';
import { HEADER_SIZE, OP_MSG_KNOWN_REQUIRED_BITS, OpCode, OpMsgFlag, ProtocolError } from './constants';
import { newRequestId, readHeader, writeHeader } from './header';

export interface OpMsgRequest {
  requestId: number;
  flags: number;
  /** The kind-0 body with every kind-1 document sequence merged in under its identifier. */
  body: Doc;
}

export function parseOpMsg(message: Buffer): OpMsgRequest {
  const header = readHeader(message);
  if (message.length < HEADER_SIZE + 5) throw new ProtocolError('OP_MSG too short');
  const flags = message.readUInt32LE(HEADER_SIZE);
  if ((flags & 0xffff & ~OP_MSG_KNOWN_REQUIRED_BITS) !== 0) {
    throw new ProtocolError(`unsupported OP_MSG flag bits ${flags}`);
  }
  // The CRC-32C checksum is optional for receivers; skip it without verifying.
  const end = message.length - (flags & OpMsgFlag.ChecksumPresent ? 4 : 0);
  let offset = HEADER_SIZE + 4;
  let body: Doc | undefined;
  const sequences: Array<[string, Doc[]]> = [];
  while (offset < end) {
    const kind = message.readUInt8(offset);
    offset += 1;
    if (kind === 0) {
      if (body) throw new ProtocolError('OP_MSG with more than one body section');
      const read = readDocument(message, offset, end);
      body = read.doc;
      offset = read.next;
    } else if (kind === 1) {
      const read = readSequence(message, offset, end);
      sequences.push([read.identifier, read.docs]);
      offset = read.next;
    } else {
      throw new ProtocolError(`unknown OP_MSG section kind ${kind}`);
    }
  }
  if (!body) throw new ProtocolError('OP_MSG without a body section');
  for (const [identifier, docs] of sequences) {
    if (identifier in body) throw new ProtocolError(`duplicate field ${identifier} in OP_MSG`);
    body[identifier] = docs;
  }
  return { requestId: header.requestId, flags, body };
}

function readSequence(
  message: Buffer,
  start: number,
  end: number,
): { identifier: string; docs: Doc[]; next: number } {
  if (start + 4 > end) throw new ProtocolError('truncated document sequence');
  const size = message.readInt32LE(start);
  const sequenceEnd = start + size;
  if (size < 5 || sequenceEnd > end) throw new ProtocolError(`invalid document sequence size ${size}`);
  const name = readCString(message, start + 4, sequenceEnd);
  const docs: Doc[] = [];
  let offset = name.next;
  while (offset < sequenceEnd) {
    const read = readDocument(message, offset, sequenceEnd);
    docs.push(read.doc);
    offset = read.next;
  }
  return { identifier: name.value, docs, next: sequenceEnd };
}

/** An OP_MSG reply with a single kind-0 section holding an already-encoded BSON body. */
export function encodeOpMsg(responseTo: number, body: Buffer): Buffer {
  const length = HEADER_SIZE + 4 + 1 + body.length;
  const out = Buffer.allocUnsafe(length);
  writeHeader(out, { length, requestId: newRequestId(), responseTo, opCode: OpCode.Msg });
  out.writeUInt32LE(0, HEADER_SIZE);
  out.writeUInt8(0, HEADER_SIZE + 4);
  body.copy(out, HEADER_SIZE + 5);
  return out;
}
