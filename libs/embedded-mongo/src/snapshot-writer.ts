import type { Engine } from './storage/engine';
import { saveSnapshot } from './snapshot';

/**
 * Writes snapshots one at a time: periodically when data changed (so a crash loses at most one
 * interval) and once more on stop.
 */
export class SnapshotWriter {
  private savedVersion: number;
  private queue: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly engine: Engine,
    private readonly dataDir: string,
    private readonly onError: (error: unknown) => void,
  ) {
    this.savedVersion = engine.version;
  }

  start(intervalMs: number): void {
    if (intervalMs <= 0) return;
    this.timer = setInterval(() => {
      this.flush().catch(this.onError);
    }, intervalMs);
    this.timer.unref();
  }

  /** Saves if anything changed since the last save; calls are serialized. */
  flush(): Promise<void> {
    const next = this.queue.then(() => this.saveIfChanged());
    this.queue = next.catch(() => undefined);
    return next;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  private async saveIfChanged(): Promise<void> {
    const version = this.engine.version;
    if (version === this.savedVersion) return;
    await saveSnapshot(this.engine, this.dataDir);
    this.savedVersion = version;
  }
}
