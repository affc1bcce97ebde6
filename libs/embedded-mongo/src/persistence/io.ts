import { constants } from 'node:fs';
import { open, readdir, readFile, rename, rm, truncate } from 'node:fs/promises';

/** An open file the journal appends to. */
export interface AppendFile {
  /** Writes all of `bytes` at `position`. */
  write(bytes: Buffer, position: number): Promise<void>;
  datasync(): Promise<void>;
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * The file operations of the journal and snapshots, in one place so tests can make them fail
 * (a full disk, an I/O error) exactly where the real ones would.
 */
export interface StorageIo {
  /** Opens for writing at explicit positions, creating the file if needed, without truncating. */
  openAppend(path: string): Promise<AppendFile>;
  /** Creates (or empties) `path`, writes the chunks in order and syncs it. */
  writeFileSynced(path: string, chunks: AsyncIterable<Buffer> | Iterable<Buffer>): Promise<number>;
  readFile(path: string): Promise<Buffer>;
  readdir(dir: string): Promise<string[]>;
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
  truncate(path: string, length: number): Promise<void>;
  /** Makes creations, renames and removals in `dir` durable. */
  syncDir(dir: string): Promise<void>;
}

export const nodeIo: StorageIo = {
  async openAppend(path) {
    // Not 'a': with O_APPEND, Linux ignores the position of every write.
    const file = await open(path, constants.O_RDWR | constants.O_CREAT);
    return {
      async write(bytes, position) {
        let done = 0;
        while (done < bytes.length) {
          const { bytesWritten } = await file.write(bytes, done, bytes.length - done, position + done);
          done += bytesWritten;
        }
      },
      datasync: () => file.datasync(),
      truncate: (length) => file.truncate(length),
      close: () => file.close(),
    };
  },
  async writeFileSynced(path, chunks) {
    const file = await open(path, 'w');
    let bytes = 0;
    try {
      for await (const chunk of chunks) {
        await file.write(chunk);
        bytes += chunk.length;
      }
      await file.sync();
    } finally {
      await file.close();
    }
    return bytes;
  },
  readFile: (path) => readFile(path),
  readdir: (dir) => readdir(dir),
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { force: true }),
  truncate: (path, length) => truncate(path, length),
  async syncDir(dir) {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};
