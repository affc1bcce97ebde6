import { KeyedQueue } from './keyed-queue';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('KeyedQueue', () => {
  it('runs tasks of one key in push order, one at a time', async () => {
    const queue = new KeyedQueue(8);
    const log: string[] = [];
    const gates = [deferred(), deferred(), deferred()];
    for (const [i, gate] of gates.entries()) {
      queue.push('a', async () => {
        log.push(`start ${i}`);
        await gate.promise;
        log.push(`end ${i}`);
      });
    }
    gates[2].resolve();
    gates[1].resolve();
    gates[0].resolve();
    await queue.idle();
    expect(log).toEqual(['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('runs different keys concurrently, at most `limit` at once, without holding the pusher', async () => {
    const queue = new KeyedQueue(2);
    const gate = deferred();
    let running = 0;
    let peak = 0;
    const started: string[] = [];
    const task = (name: string) => async () => {
      started.push(name);
      running++;
      peak = Math.max(peak, running);
      await gate.promise;
      running--;
    };
    for (const name of ['a', 'b', 'c', 'd']) queue.push(name, task(name));
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['a', 'b']);
    expect(queue.size).toBe(2);
    gate.resolve();
    await queue.idle();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    expect(peak).toBe(2);
    expect(queue.size).toBe(0);
  });

  it('keeps a key in order while it waits for a slot behind other keys', async () => {
    const queue = new KeyedQueue(1);
    const gate = deferred();
    const log: string[] = [];
    queue.push('busy', () => gate.promise);
    queue.push('k', async () => void log.push('k1'));
    queue.push('other', async () => void log.push('other'));
    queue.push('k', async () => void log.push('k2'));
    gate.resolve();
    await queue.idle();
    expect(log).toEqual(['k1', 'other', 'k2']);
  });

  it('does not let a failing task block its key', async () => {
    const queue = new KeyedQueue(1);
    const log: string[] = [];
    queue.push('k', async () => Promise.reject(new Error('boom')));
    queue.push('k', async () => void log.push('next'));
    await queue.idle();
    expect(log).toEqual(['next']);
  });
});
