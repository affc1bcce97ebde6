import { randomBytes } from 'node:crypto';
import { encodeDocument } from '../wire/bson-io';
import { ErrorCode, MongoCommandError } from '../errors';
import type { Doc } from '../storage/document';
import { MAX_BSON_OBJECT_SIZE } from '../storage/document';
import { encodeCursorReply } from '../wire/cursor-reply';

const DEFAULT_FIRST_BATCH = 101;
const IDLE_TIMEOUT_MS = 10 * 60 * 1000;

interface OpenCursor {
  ns: string;
  docs: Doc[];
  position: number;
  lastUsed: number;
}

export interface BatchOptions {
  /** Documents in the first batch; 101 when absent, as in mongod. */
  batchSize?: number;
  singleBatch?: boolean;
}

/**
 * Server-side cursors over already-computed results. Results are references to immutable
 * stored documents, so a cursor sees the data as it was when the query ran.
 */
export class CursorStore {
  private readonly cursors = new Map<bigint, OpenCursor>();

  firstBatch(ns: string, docs: Doc[], options: BatchOptions = {}): Buffer {
    const { buffers, next } = takeBatch(docs, 0, options.batchSize ?? DEFAULT_FIRST_BATCH);
    let id = 0n;
    if (next < docs.length && options.singleBatch !== true) {
      id = this.newId();
      this.cursors.set(id, { ns, docs, position: next, lastUsed: Date.now() });
    }
    return encodeCursorReply(ns, id, 'firstBatch', buffers);
  }

  /** The next batch of cursor `id`, which must belong to `ns` (database and collection). */
  nextBatch(id: bigint, ns: string, batchSize: number | undefined): Buffer {
    const cursor = this.cursors.get(id);
    if (!cursor) throw new MongoCommandError(ErrorCode.CursorNotFound, `cursor id ${id} not found`);
    if (ns !== cursor.ns) {
      throw new MongoCommandError(
        ErrorCode.Unauthorized,
        `Requested getMore on namespace '${ns}', but cursor belongs to a different namespace ${cursor.ns}`,
      );
    }
    const { buffers, next } = takeBatch(cursor.docs, cursor.position, batchSize ?? Number.MAX_SAFE_INTEGER);
    cursor.position = next;
    cursor.lastUsed = Date.now();
    const exhausted = next >= cursor.docs.length;
    if (exhausted) this.cursors.delete(id);
    return encodeCursorReply(cursor.ns, exhausted ? 0n : id, 'nextBatch', buffers);
  }

  /** Kills cursor `id` if it belongs to `ns`; a cursor of another namespace counts as not found. */
  kill(id: bigint, ns: string): boolean {
    return this.cursors.get(id)?.ns === ns && this.cursors.delete(id);
  }

  /** Drops cursors left idle longer than mongod's 10-minute cursor timeout. */
  sweep(now = Date.now()): void {
    for (const [id, cursor] of this.cursors) {
      if (now - cursor.lastUsed > IDLE_TIMEOUT_MS) this.cursors.delete(id);
    }
  }

  private newId(): bigint {
    for (;;) {
      const id = randomBytes(8).readBigInt64LE() & 0x7fffffffffffffffn;
      if (id !== 0n && !this.cursors.has(id)) return id;
    }
  }
}

/** Serializes documents from `start` until the count or the 16 MiB reply budget runs out. */
function takeBatch(
  docs: readonly Doc[],
  start: number,
  maxCount: number,
): { buffers: Buffer[]; next: number } {
  const buffers: Buffer[] = [];
  let bytes = 0;
  let position = start;
  while (position < docs.length && buffers.length < maxCount) {
    const encoded = encodeDocument(docs[position]);
    if (buffers.length > 0 && bytes + encoded.length > MAX_BSON_OBJECT_SIZE) break;
    buffers.push(encoded);
    bytes += encoded.length;
    position += 1;
  }
  return { buffers, next: position };
}
