import { encodeRecord } from './journal-format';
import type { AppendFile } from './io';

interface Waiter {
  seq: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * Appends records to the current journal file with group commit: while one write + fdatasync is
 * in flight, new records queue up, and the next write carries all of them under one fdatasync.
 * A waiter resolves only once the fdatasync covering its record has returned.
 *
 * When a write or sync fails, every waiter not yet covered is rejected and `failure` is set:
 * the owner refuses new writes. `retry()` rewrites everything not yet durable from the last
 * durable offset (never trusting a second fsync after a failed one), then clears the failure.
 */
export class JournalWriter {
  private queued: Buffer[] = [];
  private queuedSeq = 0;
  private waiters: Waiter[] = [];
  private running = false;
  private retrying = false;
  private nextFile: { file: AppendFile; offset: number; done: () => void } | undefined;
  private durableSeq: number;
  failure: Error | undefined;

  constructor(
    private file: AppendFile,
    /** Bytes of the current file that are durable. */
    private offset: number,
    /** Last sequence number used. */
    private seq: number,
    private readonly onDurable: () => void,
  ) {
    this.durableSeq = seq;
    this.queuedSeq = seq;
  }

  get lastSeq(): number {
    return this.seq;
  }

  get fileBytes(): number {
    return this.offset;
  }

  get pending(): boolean {
    return this.durableSeq < this.seq;
  }

  append(payload: Buffer): number {
    this.seq += 1;
    this.queued.push(encodeRecord(this.seq, payload));
    this.queuedSeq = this.seq;
    this.kick();
    return this.seq;
  }

  /** Resolves once every record up to `seq` is durable. */
  waitFor(seq: number): Promise<void> {
    if (seq <= this.durableSeq) return Promise.resolve();
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => this.waiters.push({ seq, resolve, reject }));
  }

  /** Makes later writes go to `file`, between two flushes; resolves once it is in use. */
  switchTo(file: AppendFile, offset: number): Promise<void> {
    return new Promise((done) => {
      this.nextFile = { file, offset, done };
      this.kick();
    });
  }

  /** Rewrites what is not yet durable; the failure stays set until that has worked. */
  async retry(): Promise<void> {
    if (!this.failure || this.retrying) return;
    this.retrying = true;
    try {
      const count = this.queued.length;
      const bytes = Buffer.concat(this.queued.slice(0, count));
      const lastSeq = this.queuedSeq;
      await this.file.truncate(this.offset);
      await this.file.write(bytes, this.offset);
      await this.file.datasync();
      this.queued.splice(0, count);
      this.offset += bytes.length;
      this.durableSeq = lastSeq;
      this.failure = undefined;
      this.settle();
      this.onDurable();
      this.kick();
    } finally {
      this.retrying = false;
    }
  }

  async close(): Promise<void> {
    await this.file.close();
  }

  private kick(): void {
    if (this.running || this.failure) return;
    this.running = true;
    void this.run().finally(() => {
      this.running = false;
      // A retry or a switch may have arrived while the loop was finishing.
      if (!this.failure && (this.queued.length > 0 || this.nextFile)) this.kick();
    });
  }

  private async run(): Promise<void> {
    while (!this.failure && (this.queued.length > 0 || this.nextFile)) {
      if (this.nextFile) {
        const { file, offset, done } = this.nextFile;
        this.nextFile = undefined;
        const previous = this.file;
        this.file = file;
        this.offset = offset;
        done();
        await previous.close().catch(() => undefined);
        continue;
      }
      const bytes = this.queued.length === 1 ? this.queued[0] : Buffer.concat(this.queued);
      const lastSeq = this.queuedSeq;
      this.queued = [];
      try {
        await this.file.write(bytes, this.offset);
        await this.file.datasync();
      } catch (error) {
        this.fail(error, bytes);
        return;
      }
      this.offset += bytes.length;
      this.durableSeq = lastSeq;
      this.settle();
      this.onDurable();
    }
  }

  private settle(): void {
    let covered = 0;
    while (covered < this.waiters.length && this.waiters[covered].seq <= this.durableSeq) covered++;
    const done = this.waiters.splice(0, covered);
    for (const waiter of done) waiter.resolve();
  }

  private fail(error: unknown, unwritten: Buffer): void {
    this.failure = error instanceof Error ? error : new Error(String(error));
    this.queued.unshift(unwritten);
    const rejected = this.waiters;
    this.waiters = [];
    for (const waiter of rejected) waiter.reject(this.failure);
  }
}
