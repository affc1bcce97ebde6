import { ownBytes } from './bson-io';
import { HEADER_SIZE, MAX_MESSAGE_SIZE_BYTES, ProtocolError } from './constants';

/** Cuts a TCP byte stream into whole wire-protocol messages using the leading int32 length. */
export class MessageReader {
  private chunks: Buffer[] = [];
  private buffered = 0;

  push(chunk: Buffer): Buffer[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const messages: Buffer[] = [];
    while (this.buffered >= 4) {
      const length = this.head(4).readInt32LE(0);
      if (length < HEADER_SIZE || length > MAX_MESSAGE_SIZE_BYTES) {
        throw new ProtocolError(`invalid message length ${length}`);
      }
      if (this.buffered < length) break;
      messages.push(this.take(length));
    }
    return messages;
  }

  private head(size: number): Buffer {
    const first = this.chunks[0];
    if (first.length >= size) return first;
    this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0];
  }

  private take(size: number): Buffer {
    const first = this.head(size);
    // Its own bytes: what is parsed from it (Binary values) may be stored, and must not pin the chunk.
    const owned = ownBytes(first, 0, size);
    const message = Buffer.from(owned.buffer, owned.byteOffset, owned.byteLength);
    const rest = first.subarray(size);
    this.chunks[0] = rest;
    if (rest.length === 0) this.chunks.shift();
    this.buffered -= size;
    return message;
  }
}
