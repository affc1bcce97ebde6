export const OpCode = {
  Reply: 1,
  Query: 2004,
  Msg: 2013,
} as const;

export const HEADER_SIZE = 16;
export const MAX_MESSAGE_SIZE_BYTES = 48_000_000;

export const OpMsgFlag = {
  ChecksumPresent: 1 << 0,
  MoreToCome: 1 << 1,
} as const;

// Bits 0-15 are "required": a receiver must fail on any it does not understand.
export const OP_MSG_KNOWN_REQUIRED_BITS = OpMsgFlag.ChecksumPresent | OpMsgFlag.MoreToCome;

/** A message the server cannot make sense of; the connection that sent it is closed. */
export class ProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProtocolError';
  }
}
