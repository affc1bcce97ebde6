import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize } from 'bson';
import { encodeDocument, ownBytes } from './wire/bson-io';
import type { IndexSpec } from './storage/collection-index';
import { isPlainObject, type Doc } from './storage/document';
import type { Engine } from './storage/engine';

export const SNAPSHOT_FILE = 'embedded-mongo.snapshot.bson';
const FORMAT = 'embedded-mongo-snapshot';
const WRITE_CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * The snapshot is a stream of BSON documents: a header, then per collection a descriptor
 * (options, index definitions, document count) followed by its documents. BSON keeps
 * ObjectId, Date, Decimal128, Long and binary values exactly as they were stored.
 */
export async function saveSnapshot(engine: Engine, dataDir: string): Promise<void> {
  // Stored documents are immutable, so grabbing references now gives a consistent cut.
  const collections = engine.listDatabases().flatMap((db) => db.listCollections());
  const parts: Array<Doc | Doc[]> = [{ format: FORMAT, version: 1, savedAt: new Date() }];
  for (const collection of collections) {
    const docs = [...collection.all()];
    parts.push(
      {
        collection: {
          db: collection.dbName,
          name: collection.name,
          options: collection.options,
          indexes: collection.secondaryIndexes().map((index) => index.spec),
          count: docs.length,
        },
      },
      docs,
    );
  }
  await mkdir(dataDir, { recursive: true });
  const target = join(dataDir, SNAPSHOT_FILE);
  const temp = `${target}.tmp-${process.pid}`;
  const file = await open(temp, 'w');
  try {
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    for (const part of parts) {
      for (const doc of Array.isArray(part) ? part : [part]) {
        const encoded = encodeDocument(doc);
        pending.push(encoded);
        pendingBytes += encoded.length;
        if (pendingBytes >= WRITE_CHUNK_BYTES) {
          await file.write(Buffer.concat(pending));
          pending = [];
          pendingBytes = 0;
        }
      }
    }
    await file.write(Buffer.concat(pending));
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temp, target).catch(async (error: unknown) => {
    await rm(temp, { force: true });
    throw error;
  });
}

/** Loads the snapshot in `dataDir` into an empty engine; false when there is none. */
export async function loadSnapshot(engine: Engine, dataDir: string): Promise<boolean> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(dataDir, SNAPSHOT_FILE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
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
  return true;
}

function* readDocuments(bytes: Buffer): Generator<Doc, void> {
  let offset = 0;
  while (offset < bytes.length) {
    if (offset + 4 > bytes.length) throw new Error(`${SNAPSHOT_FILE} is truncated`);
    const size = bytes.readInt32LE(offset);
    if (size < 5 || offset + size > bytes.length) throw new Error(`${SNAPSHOT_FILE} is corrupt`);
    // Each document from its own copy, so no stored value keeps the whole file alive.
    yield deserialize(ownBytes(bytes, offset, offset + size));
    offset += size;
  }
}
