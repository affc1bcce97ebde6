import { join } from 'node:path';
import { deserialize } from 'bson';
import { nodeIo, type StorageIo } from './persistence/io';
import { decodeStored, documentEnd } from './persistence/stored-bson';
import { encodeDocument } from './wire/bson-io';
import type { IndexSpec } from './storage/collection-index';
import { isPlainObject, type Doc } from './storage/document';
import type { Engine } from './storage/engine';

export const SNAPSHOT_FILE = 'embedded-mongo.snapshot.bson';
export const SNAPSHOT_TEMP_PREFIX = `${SNAPSHOT_FILE}.tmp-`;
const FORMAT = 'embedded-mongo-snapshot';
const WRITE_CHUNK_BYTES = 4 * 1024 * 1024;

/** The state to write, taken in one synchronous step (stored documents are never mutated). */
export type SnapshotCut = Array<Doc | Doc[]>;

/**
 * The snapshot is a stream of BSON documents: a header (with the last journal sequence number it
 * includes), then per collection a descriptor (options, index definitions, document count)
 * followed by its documents. BSON keeps ObjectId, Date, Decimal128, Long and binary values as is.
 */
export function captureSnapshot(engine: Engine): SnapshotCut {
  const cut: SnapshotCut = [];
  for (const collection of engine.listDatabases().flatMap((db) => db.listCollections())) {
    const docs = [...collection.all()];
    const indexes = collection.secondaryIndexes().map((index) => index.spec);
    const { dbName: db, name, options } = collection;
    cut.push({ collection: { db, name, options, indexes, count: docs.length } }, docs);
  }
  return cut;
}

/** Writes the cut to a temp file, syncs it, renames it over the snapshot; returns its size. */
export async function writeSnapshot(
  cut: SnapshotCut,
  dataDir: string,
  journalSeq: number,
  io: StorageIo = nodeIo,
): Promise<number> {
  const target = join(dataDir, SNAPSHOT_FILE);
  const temp = join(dataDir, `${SNAPSHOT_TEMP_PREFIX}${process.pid}`);
  const header: Doc = { format: FORMAT, version: 2, savedAt: new Date(), journalSeq };
  try {
    const bytes = await io.writeFileSynced(temp, chunks([header, ...cut]));
    await io.rename(temp, target);
    await io.syncDir(dataDir);
    return bytes;
  } catch (error) {
    await io.remove(temp).catch(() => undefined);
    throw error;
  }
}

// Encodes lazily, a few MB at a time, so the event loop keeps serving between chunks.
function* chunks(parts: SnapshotCut): Generator<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for (const part of parts) {
    for (const doc of Array.isArray(part) ? part : [part]) {
      const encoded = encodeDocument(doc);
      pending.push(encoded);
      pendingBytes += encoded.length;
      if (pendingBytes >= WRITE_CHUNK_BYTES) {
        yield Buffer.concat(pending);
        pending = [];
        pendingBytes = 0;
      }
    }
  }
  if (pending.length > 0) yield Buffer.concat(pending);
}

export async function saveSnapshot(engine: Engine, dataDir: string, journalSeq = 0): Promise<number> {
  return writeSnapshot(captureSnapshot(engine), dataDir, journalSeq);
}

export interface LoadedSnapshot {
  /** Last journal sequence number the snapshot includes (0 for snapshots from before the journal). */
  journalSeq: number;
  bytes: number;
}

/** Loads the snapshot in `dataDir` into an empty engine; undefined when there is none. */
export async function loadSnapshot(
  engine: Engine,
  dataDir: string,
  io: StorageIo = nodeIo,
): Promise<LoadedSnapshot | undefined> {
  let bytes: Buffer;
  try {
    bytes = await io.readFile(join(dataDir, SNAPSHOT_FILE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const docs = readDocuments(bytes);
  const header = docs.next();
  if (header.done || header.value['format'] !== FORMAT) throw new Error(`${SNAPSHOT_FILE} is not a snapshot`);
  for (let entry = docs.next(); !entry.done; entry = docs.next()) {
    const meta = entry.value['collection'];
    if (!isPlainObject(meta)) throw new Error(`${SNAPSHOT_FILE}: expected a collection descriptor`);
    const options = isPlainObject(meta['options']) ? meta['options'] : {};
    const { collection } = engine
      .database(String(meta['db']))
      .ensureCollection(String(meta['name']), options);
    const count = Number(meta['count']);
    for (let i = 0; i < count; i++) {
      const doc = docs.next();
      if (doc.done) throw new Error(`${SNAPSHOT_FILE} is truncated`);
      collection.insert(doc.value);
    }
    const indexes = Array.isArray(meta['indexes']) ? meta['indexes'] : [];
    for (const spec of indexes) if (isPlainObject(spec)) collection.addIndex(spec as IndexSpec);
  }
  return { journalSeq: Number(header.value['journalSeq'] ?? 0), bytes: bytes.length };
}

function* readDocuments(bytes: Buffer): Generator<Doc, void> {
  let offset = 0;
  let first = true;
  while (offset < bytes.length) {
    const end = documentEnd(bytes, offset, SNAPSHOT_FILE);
    yield first ? deserialize(bytes.subarray(offset, end)) : decodeStored(bytes, offset, end);
    first = false;
    offset = end;
  }
}
