import { createHash } from 'node:crypto';
import type { Db } from 'mongodb';

export interface Item {
  _id: string;
  key: string;
  body: string;
  sum: string;
  log: string[];
}

export interface Counter {
  _id: string;
  n: number;
  ops: string[];
}

export const checksum = (body: string) => createHash('sha1').update(body).digest('hex');

/** What may be and what must be in the database, from the writes sent and those acknowledged. */
export class CrashModel {
  /** Items whose insert was sent; `acked` once acknowledged, `gone` once a delete was acknowledged. */
  readonly items = new Map<string, { acked: boolean; deleteSent: boolean; gone: boolean }>();
  readonly tokensSent = new Set<string>();
  readonly tokensAcked = new Set<string>();
  readonly upsertKeys = new Set<string>();
  problems: string[] = [];
  private live: string[] = [];

  acked(id: string): void {
    const state = this.items.get(id);
    if (state) state.acked = true;
    this.live.push(id);
  }

  /** A random item whose insert was acknowledged and that no delete was sent for. */
  pickLive(): string | undefined {
    while (this.live.length > 0) {
      const at = Math.floor(Math.random() * this.live.length);
      const id = this.live[at];
      const state = this.items.get(id);
      if (state?.acked && !state.gone && !state.deleteSent) return id;
      this.live[at] = this.live[this.live.length - 1];
      this.live.pop();
    }
    return undefined;
  }

  private problem(message: string): void {
    if (this.problems.length < 20) this.problems.push(message);
  }

  /** Checks the recovered database, then adopts what it holds: it was on disk, so it must stay. */
  async verify(db: Db): Promise<void> {
    this.problems = [];
    const items = await db.collection<Item>('items').find().toArray();
    const found = new Map(items.map((item) => [item._id, item]));
    const keys = new Set<string>();
    for (const item of items) {
      if (keys.has(item.key)) this.problem(`duplicate key ${item.key}`);
      keys.add(item.key);
      if (typeof item.body !== 'string' || item.sum !== checksum(item.body) || !Array.isArray(item.log))
        this.problem(`document ${item._id} is not whole`);
      if (!this.items.has(item._id) && !this.upsertKeys.has(item.key))
        this.problem(`unknown document ${item._id}`);
      for (const token of item.log ?? [])
        if (!this.tokensSent.has(token)) this.problem(`unknown token ${token}`);
    }
    for (const [id, state] of this.items) {
      const item = found.get(id);
      if (state.acked && !state.deleteSent && !item) this.problem(`acknowledged insert ${id} lost`);
      if (state.gone && item) this.problem(`acknowledged delete of ${id} undone`);
      state.acked = item !== undefined;
      state.gone = item === undefined;
      state.deleteSent = false;
    }
    this.live = [...found.keys()].filter((id) => this.items.has(id));
    const logged = new Set(items.flatMap((item) => item.log ?? []));
    for (const token of this.tokensAcked) {
      const [id] = token.split('#');
      if (found.has(id) && !logged.has(token)) this.problem(`acknowledged $push ${token} lost`);
    }
    this.tokensAcked.clear();
    for (const token of logged) this.tokensAcked.add(token);

    const counters = await db.collection<Counter>('counters').find().toArray();
    const seen = new Map(counters.map((counter) => [counter._id, counter]));
    for (const counter of counters) {
      if (counter.n !== counter.ops.length)
        this.problem(`counter ${counter._id} is ${counter.n} after ${counter.ops.length} $inc`);
    }
    for (const token of this.incsAcked) {
      const [id] = token.split('#');
      if (!seen.get(id)?.ops.includes(token)) this.problem(`acknowledged $inc ${token} lost`);
    }
    for (const counter of counters)
      for (const op of counter.ops) if (!this.incsSent.has(op)) this.problem(`unknown $inc ${op}`);
    this.incsAcked.clear();
    for (const counter of counters) for (const op of counter.ops) this.incsAcked.add(op);
  }

  readonly incsSent = new Set<string>();
  readonly incsAcked = new Set<string>();
}
