/**
 * Runs at most `limit` tasks at once; tasks that share a key run one after another, in the order they
 * were pushed. `push` never waits: a task is chained behind its key at once (so order cannot depend on
 * who wakes first), and takes a free slot, first come first served, when its turn comes.
 */
export class KeyedQueue {
  private running = 0;
  private readonly tails = new Map<string, Promise<void>>();
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  push(key: string, task: () => Promise<void>): void {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const current: Promise<void> = previous
      .then(() => this.acquire())
      .then(() => task().finally(() => this.release()))
      .catch(() => undefined) // tasks handle their own errors; a failure must not block the key
      .finally(() => {
        if (this.tails.get(key) === current) this.tails.delete(key);
      });
    this.tails.set(key, current);
  }

  /** Tasks running now. */
  get size(): number {
    return this.running;
  }

  /** Resolves when every pushed task has finished. */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
  }

  private acquire(): Promise<void> {
    if (this.running < this.limit) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Hands the slot straight to the next waiter, so a newcomer cannot overtake it. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}
