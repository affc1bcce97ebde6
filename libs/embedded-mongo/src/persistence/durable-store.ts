import { mkdir } from 'node:fs/promises';
import { ErrorCode, MongoCommandError } from '../errors';
import { captureSnapshot, writeSnapshot } from '../snapshot';
import type { Change } from '../storage/change';
import type { Engine } from '../storage/engine';
import { DataSize } from './data-size';
import type { AppendFile, StorageIo } from './io';
import { FILE_MAGIC } from './journal-format';
import { encodeChange } from './journal-ops';
import { JournalWriter } from './journal-writer';
import { journalPath, recover, type JournalFileInfo } from './recovery';

export interface DurableStoreOptions {
  dataDir: string;
  /** false: no journal, a snapshot on close only (what is written since is lost on a crash). */
  journal: boolean;
  /** Compact once the journal holds this many bytes, or more than the last snapshot if larger. */
  compactionBytes: number;
  /** How often a failed journal write is tried again. */
  retryIntervalMs: number;
  io: StorageIo;
  onError: (error: unknown) => void;
}

export interface StoreStats {
  documents: number;
  dataBytes: number;
  journalBytes: number;
  snapshotBytes: number;
}

/**
 * The engine's data on disk: a snapshot plus the journal of every change after it. Each
 * command's changes become one journal record; a write's reply waits until its record (and
 * so everything before it) is durable. The journal is compacted into a new snapshot when it
 * outgrows `compactionBytes` (or the snapshot, so rewriting it costs at most as much as the
 * writes that caused it), in an order where a crash at any point leaves a loadable state.
 */
export class DurableStore {
  private readonly size = new DataSize();
  private current: Buffer[] = [];
  private sealScheduled = false;
  private writer: JournalWriter | undefined;
  private files: JournalFileInfo[] = [];
  private olderBytes = 0;
  private snapshotBytes = 0;
  private compactions: Promise<void> = Promise.resolve();
  private compacting = 0;
  private compactAfter = 0;
  /** Sequence number reached by recovery: the snapshot's, when there is no journal. */
  private recoveredSeq = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private reportedFailure: Error | undefined;
  private closing = false;

  private constructor(
    private readonly engine: Engine,
    private readonly options: DurableStoreOptions,
  ) {}

  static async open(engine: Engine, options: DurableStoreOptions): Promise<DurableStore> {
    const store = new DurableStore(engine, options);
    await mkdir(options.dataDir, { recursive: true });
    engine.onChange((change) => store.size.apply(change));
    const recovered = await recover(engine, options.dataDir, options.io);
    if (recovered.tornBytes > 0)
      options.onError(new Error(`dropped a torn final journal record (${recovered.tornBytes} bytes)`));
    store.snapshotBytes = recovered.snapshotBytes;
    store.recoveredSeq = recovered.seq;
    store.files = recovered.files;
    if (options.journal) await store.startJournal(recovered.seq);
    engine.onChange((change) => store.record(change));
    return store;
  }

  private async startJournal(seq: number): Promise<void> {
    const { io, dataDir, retryIntervalMs } = this.options;
    let last = this.files.at(-1);
    if (!last) {
      last = { index: 1, path: journalPath(dataDir, 1), size: 0 };
      this.files.push(last);
    }
    const file = await io.openAppend(last.path);
    if (last.size < FILE_MAGIC.length) last.size = await writeHeader(file);
    else await file.truncate(last.size); // drops a torn tail, if any
    await file.datasync();
    await io.syncDir(dataDir);
    this.olderBytes = this.files.slice(0, -1).reduce((sum, info) => sum + info.size, 0);
    this.writer = new JournalWriter(file, last.size, seq, () => this.maybeCompact());
    this.retryTimer = setInterval(() => this.retryFailedWrite(), retryIntervalMs);
    this.retryTimer.unref();
    this.maybeCompact();
  }

  get stats(): StoreStats {
    return {
      documents: this.size.documents,
      dataBytes: this.size.bytes,
      journalBytes: this.olderBytes + (this.writer?.fileBytes ?? 0),
      snapshotBytes: this.snapshotBytes,
    };
  }

  /** Throws the error to send when writes are refused (the journal cannot be written). */
  assertWritable(): void {
    const failure = this.writer?.failure;
    if (failure) throw refusal(failure, 'writes are refused until it can be; reads are still served');
  }

  get writable(): boolean {
    return !this.writer?.failure;
  }

  /**
   * Seals the changes of the command just run into one journal record. For a write, returns
   * what its reply must wait for: everything applied so far being durable, since the command
   * may have read state another command has not yet made durable.
   */
  commit(isWrite: boolean): Promise<void> | undefined {
    this.seal();
    const writer = this.writer;
    if (!isWrite || !writer?.pending) return undefined;
    return writer.waitFor(writer.lastSeq).catch((error: unknown) => {
      this.reportFailure(error);
      throw refusal(error, 'this write was not acknowledged');
    });
  }

  private record(change: Change): void {
    this.size.apply(change, this.writer ? encodeChange(change, this.current) : undefined);
    if (!this.writer || this.sealScheduled) return;
    // Changes made outside a command (TTL sweeps) are sealed at the end of their task.
    this.sealScheduled = true;
    queueMicrotask(() => this.seal());
  }

  private seal(): void {
    this.sealScheduled = false;
    if (this.current.length === 0 || !this.writer) return;
    const payload = this.current.length === 1 ? this.current[0] : Buffer.concat(this.current);
    this.current = [];
    this.writer.append(payload);
  }

  private retryFailedWrite(): void {
    const writer = this.writer;
    if (!writer?.failure) return;
    this.reportFailure(writer.failure);
    writer.retry().catch(() => undefined); // still failing: the next tick tries again
  }

  private reportFailure(error: unknown): void {
    if (error === this.reportedFailure || !(error instanceof Error)) return;
    this.reportedFailure = error;
    this.options.onError(
      new Error(`journal write failed, writes refused until it succeeds: ${error.message}`),
    );
  }

  private maybeCompact(): void {
    const { journalBytes } = this.stats;
    const threshold = Math.max(this.options.compactionBytes, this.snapshotBytes);
    if (this.closing || this.compacting > 0 || journalBytes < threshold || Date.now() < this.compactAfter)
      return;
    this.compact().catch((error: unknown) => {
      this.compactAfter = Date.now() + 5_000;
      this.options.onError(new Error(`snapshot failed, the journal is kept: ${String(error)}`));
    });
  }

  /** Writes a snapshot now and drops the journal it covers; one at a time. */
  compact(): Promise<void> {
    this.compacting += 1;
    const run = this.compactions.then(() => this.runCompaction());
    this.compactions = run.catch(() => undefined).finally(() => (this.compacting -= 1));
    return run;
  }

  /**
   * New journal file first; then, in one synchronous step, the snapshot's cut and the switch
   * of later records to the new file; then the snapshot; only once it is durable are the older
   * files removed. Records up to the cut that land in the new file are skipped on replay.
   */
  private async runCompaction(): Promise<void> {
    const { io, dataDir } = this.options;
    const writer = this.writer;
    const retiring = this.files;
    let switched: Promise<void> = Promise.resolve();
    if (writer) {
      const next = { index: (retiring.at(-1)?.index ?? 0) + 1, path: '', size: FILE_MAGIC.length };
      next.path = journalPath(dataDir, next.index);
      const file = await io.openAppend(next.path);
      try {
        await writeHeader(file);
        await file.datasync();
        await io.syncDir(dataDir);
      } catch (error) {
        await file.close().catch(() => undefined);
        throw error;
      }
      this.seal();
      this.olderBytes += writer.fileBytes;
      switched = writer.switchTo(file, FILE_MAGIC.length);
      this.files = [...retiring, next];
    }
    const seq = writer?.lastSeq ?? this.recoveredSeq;
    const bytes = await writeSnapshot(captureSnapshot(this.engine), dataDir, seq, io);
    this.snapshotBytes = bytes;
    await switched;
    for (const old of retiring) await io.remove(old.path);
    await io.syncDir(dataDir);
    this.files = this.files.filter((info) => !retiring.includes(info));
    this.olderBytes = 0;
  }

  /**
   * Waits for the journal to be durable, then writes a last snapshot so the next start has
   * nothing to replay, and removes the journal. Throws (keeping the journal) if it cannot.
   */
  async close(): Promise<void> {
    this.closing = true; // the last snapshot below is the only one from now on
    clearInterval(this.retryTimer);
    this.seal();
    const writer = this.writer;
    if (writer?.failure) await writer.retry().catch(() => undefined);
    if (writer?.failure) throw refusal(writer.failure, 'the last writes were not acknowledged');
    await this.compactions;
    await writer?.waitFor(writer.lastSeq);
    const seq = writer?.lastSeq ?? this.recoveredSeq;
    const { io, dataDir } = this.options;
    this.snapshotBytes = await writeSnapshot(captureSnapshot(this.engine), dataDir, seq, io);
    this.engine.onChange((change) => this.size.apply(change));
    await writer?.close();
    for (const info of this.files) await io.remove(info.path);
    await io.syncDir(dataDir);
    this.files = [];
  }
}

async function writeHeader(file: AppendFile): Promise<number> {
  await file.truncate(0);
  await file.write(FILE_MAGIC, 0);
  return FILE_MAGIC.length;
}

function refusal(error: unknown, consequence: string): MongoCommandError {
  const code = (error as NodeJS.ErrnoException).code;
  const full = code === 'ENOSPC' || code === 'EDQUOT';
  const reason = error instanceof Error ? error.message : String(error);
  return new MongoCommandError(
    full ? ErrorCode.OutOfDiskSpace : ErrorCode.InternalError,
    `embedded-mongo could not write its journal (${reason}): ${consequence}`,
  );
}
