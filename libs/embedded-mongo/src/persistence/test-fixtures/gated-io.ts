import type { AppendFile, StorageIo } from '../io';
import { nodeIo } from '../io';

/**
 * The real file operations, each of which changes the disk first passes `before(name)`, one at a
 * time: a test can stop the world between any two of them (to copy the directory as a crash
 * would leave it) or make one fail as a full disk would.
 */
export function gatedIo(before: (operation: string) => Promise<void> | void): StorageIo {
  let gate: Promise<void> = Promise.resolve();
  const pass = <T>(operation: string, run: () => Promise<T>): Promise<T> => {
    const turn = gate.then(() => before(operation));
    gate = turn.catch(() => undefined);
    return turn.then(run);
  };
  return {
    ...nodeIo,
    async openAppend(path) {
      const file = await pass('open', () => nodeIo.openAppend(path));
      const gated: AppendFile = {
        write: (bytes, position) => pass('write', () => file.write(bytes, position)),
        datasync: () => pass('datasync', () => file.datasync()),
        truncate: (length) => pass('truncate', () => file.truncate(length)),
        close: () => file.close(),
      };
      return gated;
    },
    writeFileSynced: (path, chunks) => pass('writeSnapshot', () => nodeIo.writeFileSynced(path, chunks)),
    rename: (from, to) => pass('rename', () => nodeIo.rename(from, to)),
    remove: (path) => pass('remove', () => nodeIo.remove(path)),
    syncDir: (dir) => pass('syncDir', () => nodeIo.syncDir(dir)),
  };
}
