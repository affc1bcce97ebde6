import type { Connection, mongo } from 'mongoose';

/** The service's own database through the native driver (no mongoose middleware, no timestamps). */
export function nativeCollection<T extends mongo.Document>(
  connection: Connection,
  name: string,
): mongo.Collection<T> {
  const db = connection.db;
  if (!db) throw new Error(`MongoDB is not connected (collection ${name})`);
  return db.collection<T>(name);
}

export function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}
