export { startEmbeddedMongo } from './server';
export type { EmbeddedMongo, EmbeddedMongoOptions } from './server';
export type { StoreStats } from './persistence/durable-store';
export type { AppendFile, StorageIo } from './persistence/io';
export { nodeIo } from './persistence/io';
export { SNAPSHOT_FILE } from './snapshot';
