import type { Doc } from '../storage/document';
import { readCString, readDocument } from './bson-io';
import { HEADER_SIZE, OpCode } from './constants';
import { newRequestId, readHeader, writeHeader } from './header';

export interface OpQueryRequest {
  requestId: number;
  /** e.g. "admin.$cmd" */
  fullCollectionName: string;
  query: Doc;
}

/** Legacy OP_QUERY; drivers still use it for the first hello of a connection. */
export function parseOpQuery(message: Buffer): OpQueryRequest {
  const header = readHeader(message);
  const end = message.length;
  const name = readCString(message, HEADER_SIZE + 4, end);
  // numberToSkip and numberToReturn (8 bytes) are meaningless for commands.
  const { doc } = readDocument(message, name.next + 8, end);
  return { requestId: header.requestId, fullCollectionName: name.value, query: doc };
}

export const OpReplyFlag = { QueryFailure: 1 << 1, AwaitCapable: 1 << 3 } as const;

export function encodeOpReply(
  responseTo: number,
  doc: Buffer,
  flags: number = OpReplyFlag.AwaitCapable,
): Buffer {
  const length = HEADER_SIZE + 20 + doc.length;
  const out = Buffer.allocUnsafe(length);
  writeHeader(out, { length, requestId: newRequestId(), responseTo, opCode: OpCode.Reply });
  out.writeInt32LE(flags, HEADER_SIZE);
  out.writeBigInt64LE(0n, HEADER_SIZE + 4);
  out.writeInt32LE(0, HEADER_SIZE + 12);
  out.writeInt32LE(1, HEADER_SIZE + 16);
  doc.copy(out, HEADER_SIZE + 20);
  return out;
}
