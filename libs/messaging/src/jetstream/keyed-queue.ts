/**
 * Runs at most `limit` tasks at once; tasks that share a key run one after another, in the order
 * they were submitted. `submit` resolves when the task is accepted, so a producer awaiting it is
 * slowed down while the queue is full.
 */
export class KeyedQueue {
  private active = 0;
  private readonly tails = new Map<string, Promise<void>>();
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async submit(key: string, task: () => Promise<void>): Promise<void> {
    while (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    const previous = this.tails.get(key) ?? Promise.resolve();
    const current: Promise<void> = previous
      .then(task)
      .catch(() => undefined) // tasks handle their own errors; a failure must not block the key
      .finally(() => {
        this.active--;
        if (this.tails.get(key) === current) this.tails.delete(key);
        this.waiting.shift()?.();
      });
    this.tails.set(key, current);
  }

  get size(): number {
    return this.active;
  }

  /** Resolves when every accepted task has finished. */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
  }
}
