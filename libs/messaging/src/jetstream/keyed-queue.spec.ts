import { KeyedQueue } from './keyed-queue';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('KeyedQueue', () => {
  it('runs tasks of one key in submission order, one at a time', async () => {
    const queue = new KeyedQueue(8);
    const log: string[] = [];
    const gates = [deferred(), deferred(), deferred()];
    for (const [i, gate] of gates.entries()) {
      await queue.submit('a', async () => {
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

  it('runs different keys concurrently, at most `limit` at once, and holds the submitter when full', async () => {
    const queue = new KeyedQueue(2);
    const gate = deferred();
    let running = 0;
    let peak = 0;
    const task = async () => {
      running++;
      peak = Math.max(peak, running);
      await gate.promise;
      running--;
    };
    await queue.submit('a', task);
    await queue.submit('b', task);
    let thirdAccepted = false;
    const third = queue.submit('c', task).then(() => (thirdAccepted = true));
    await Promise.resolve();
    expect(thirdAccepted).toBe(false);
    expect(queue.size).toBe(2);
    gate.resolve();
    await third;
    await queue.idle();
    expect(peak).toBe(2);
  });

  it('does not let a failing task block its key', async () => {
    const queue = new KeyedQueue(1);
    const log: string[] = [];
    await queue.submit('k', async () => Promise.reject(new Error('boom')));
    await queue.submit('k', async () => void log.push('next'));
    await queue.idle();
    expect(log).toEqual(['next']);
  });
});
