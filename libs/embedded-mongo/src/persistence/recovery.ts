import { join } from 'node:path';
import type { Engine } from '../storage/engine';
import { loadSnapshot, SNAPSHOT_TEMP_PREFIX } from '../snapshot';
import type { StorageIo } from './io';
import { applyRecord } from './journal-ops';
import { CorruptDataError, parseJournal } from './journal-format';

const JOURNAL_NAME = /^embedded-mongo\.journal\.(\d{6,})$/;

export function journalPath(dataDir: string, index: number): string {
  return join(dataDir, `embedded-mongo.journal.${String(index).padStart(6, '0')}`);
}

export interface JournalFileInfo {
  index: number;
  path: string;
  /** Bytes of whole records (and header). */
  size: number;
}

export interface Recovered {
  /** Last sequence number applied (or included in the snapshot). */
  seq: number;
  snapshotBytes: number;
  /** In order; only the last may have had a torn tail, reported in `tornBytes`. */
  files: JournalFileInfo[];
  tornBytes: number;
}

/**
 * Loads the last snapshot, then replays every journal record after it, in sequence order.
 * A gap in the sequence, a record that cannot be applied or damage other than a torn final
 * write throws, naming the file: starting anyway would lose acknowledged writes.
 */
export async function recover(engine: Engine, dataDir: string, io: StorageIo): Promise<Recovered> {
  const names = await io.readdir(dataDir);
  for (const name of names) if (name.startsWith(SNAPSHOT_TEMP_PREFIX)) await io.remove(join(dataDir, name));
  const snapshot = await loadSnapshot(engine, dataDir, io);
  let seq = snapshot?.journalSeq ?? 0;
  const indexes = names
    .map((name) => JOURNAL_NAME.exec(name)?.[1])
    .filter((index): index is string => index !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  const files: JournalFileInfo[] = [];
  let tornBytes = 0;
  let previousSeq = 0;
  for (const [position, index] of indexes.entries()) {
    const path = journalPath(dataDir, index);
    const name = path.slice(dataDir.length + 1);
    const bytes = await io.readFile(path);
    const parsed = parseJournal(bytes, name, position === indexes.length - 1);
    for (const record of parsed.records) {
      if (record.seq <= previousSeq)
        throw new CorruptDataError(`${name}: record ${record.seq} comes after record ${previousSeq}`);
      previousSeq = record.seq;
      if (record.seq <= seq) continue;
      if (record.seq !== seq + 1) {
        throw new CorruptDataError(
          `${name}: journal records ${seq + 1} to ${record.seq - 1} are missing; refusing to start without them`,
        );
      }
      try {
        applyRecord(engine, record.payload);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new CorruptDataError(`${name}: record ${record.seq} cannot be replayed (${reason})`);
      }
      seq = record.seq;
    }
    if (parsed.torn) tornBytes = bytes.length - parsed.validEnd;
    files.push({ index, path, size: parsed.validEnd });
  }
  return { seq, snapshotBytes: snapshot?.bytes ?? 0, files, tornBytes };
}
