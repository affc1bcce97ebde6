export interface Expiry {
  at: number;
  id: string;
}

/**
 * A binary min-heap of (expiry time, document id), so a TTL sweep only looks at what is due.
 * Entries are never updated in place: a replaced or removed document leaves its old entry
 * behind, and the sweeper checks each popped entry against the stored document.
 */
export class ExpiryQueue {
  private readonly heap: Expiry[] = [];

  get size(): number {
    return this.heap.length;
  }

  peek(): Expiry | undefined {
    return this.heap[0];
  }

  push(at: number, id: string): void {
    const heap = this.heap;
    let index = heap.push({ at, id }) - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (heap[parent].at <= at) break;
      [heap[parent], heap[index]] = [heap[index], heap[parent]];
      index = parent;
    }
  }

  pop(): Expiry | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length === 0 || last === undefined) return top;
    heap[0] = last;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let smallest = index;
      if (left < heap.length && heap[left].at < heap[smallest].at) smallest = left;
      if (right < heap.length && heap[right].at < heap[smallest].at) smallest = right;
      if (smallest === index) return top;
      [heap[smallest], heap[index]] = [heap[index], heap[smallest]];
      index = smallest;
    }
  }

  clear(): void {
    this.heap.length = 0;
  }
}
