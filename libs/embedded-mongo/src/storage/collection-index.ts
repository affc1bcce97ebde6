import type { Query } from 'mingo/query';
import { collateValue, readCollation, type Collation } from './collation';
import type { Doc } from './document';
import { ExpiryQueue } from './expiry-queue';
import { compileFilter } from './filter';
import { compoundKey, hasAnyField, indexKeysOf, type IndexKey } from './index-keys';

export interface IndexSpec extends Doc {
  v: number;
  key: Doc;
  name: string;
  unique?: boolean;
  sparse?: boolean;
  partialFilterExpression?: Doc;
  expireAfterSeconds?: number;
}

const SPECIAL_KINDS = new Set(['text', '2d', '2dsphere', 'geoHaystack']);

/**
 * A secondary index: a hash map from canonical key to the ids of the documents holding it.
 * A compound index the planner can use also keeps one map per proper prefix of its key (for
 * `{ a: 1, b: 1, c: 1 }`: by `a`, and by `a, b`), so a filter pinning only its leading fields
 * still finds its candidates without a scan. Text, geo and wildcard indexes are accepted as
 * definitions but hold no entries.
 */
export class CollectionIndex {
  readonly fields: string[];
  readonly unique: boolean;
  /** Usable for equality lookups and uniqueness checks. */
  readonly keyed: boolean;
  /** TTL indexes only: when each indexed document expires, earliest first. */
  readonly expiries: ExpiryQueue | undefined;
  private readonly paths: string[][];
  private readonly partial: Query | undefined;
  /** With a collation, keys are collation keys: a unique index refuses "Sao" beside "são". */
  private readonly collation: Collation | undefined;
  private readonly entries = new Map<string, Set<string>>();
  /** `prefixes[k - 1]`: the compound key of the first k fields → ids; empty unless `prefixable`. */
  private readonly prefixes: Array<Map<string, Set<string>>>;

  constructor(readonly spec: IndexSpec) {
    this.fields = Object.keys(spec.key);
    this.paths = this.fields.map((field) => field.split('.'));
    this.unique = spec.unique === true;
    this.keyed = Object.entries(spec.key).every(
      ([field, kind]) => !field.includes('$**') && !(typeof kind === 'string' && SPECIAL_KINDS.has(kind)),
    );
    this.partial = spec.partialFilterExpression ? compileFilter(spec.partialFilterExpression) : undefined;
    this.collation = readCollation(spec['collation']);
    const ttl = typeof spec.expireAfterSeconds === 'number' && this.fields.length === 1;
    this.expiries = ttl ? new ExpiryQueue() : undefined;
    // Partial and collated indexes never serve lookups (see the planner): no maps to keep for them.
    const prefixable = this.keyed && this.fields.length > 1 && !this.partial && !this.collation;
    this.prefixes = prefixable
      ? Array.from({ length: this.fields.length - 1 }, () => new Map<string, Set<string>>())
      : [];
  }

  /** True when `lookupPrefix` answers for every prefix length, not only the full key. */
  get prefixable(): boolean {
    return this.prefixes.length > 0;
  }

  get name(): string {
    return this.spec.name;
  }

  /** Sparse and partial indexes leave some documents out. */
  get complete(): boolean {
    return this.partial === undefined && this.spec.sparse !== true;
  }

  /** The keys a document contributes; empty when the index leaves it out. */
  keysOf(doc: Doc): IndexKey[] {
    if (!this.keyed) return [];
    if (this.partial && !this.partial.test(doc)) return [];
    if (this.spec.sparse === true && !hasAnyField(doc, this.paths)) return [];
    if (this.collation) return indexKeysOf(collateValue(doc, this.collation.key), this.paths);
    return indexKeysOf(doc, this.paths);
  }

  /** Equality lookups use exact values, so an index keyed by a collation cannot answer them. */
  get collated(): boolean {
    return this.collation !== undefined;
  }

  /** The first key of `keys` already held by another document, if this index is unique. */
  conflict(keys: readonly IndexKey[], ownId: string): IndexKey | undefined {
    if (!this.unique) return undefined;
    return keys.find((entry) => {
      const holders = this.entries.get(entry.key);
      if (!holders) return false;
      return holders.size > 1 || !holders.has(ownId);
    });
  }

  add(keys: readonly IndexKey[], id: string): void {
    this.addEntries(keys, id);
    const expiry = this.expiryOf(keys);
    if (expiry !== undefined) this.expiries?.push(expiry, id);
  }

  /** Moves a document from its old keys to its new ones. */
  replace(oldKeys: readonly IndexKey[], keys: readonly IndexKey[], id: string): void {
    this.remove(oldKeys, id);
    this.addEntries(keys, id);
    const expiry = this.expiryOf(keys);
    // An unchanged expiry keeps its queue entry instead of adding a duplicate.
    if (expiry !== undefined && expiry !== this.expiryOf(oldKeys)) this.expiries?.push(expiry, id);
  }

  /**
   * When a document with these keys expires under this TTL index: its earliest date (as in
   * mongod, for arrays of dates) plus expireAfterSeconds. Undefined for non-dates: they never expire.
   */
  expiryOf(keys: readonly IndexKey[]): number | undefined {
    const seconds = this.spec.expireAfterSeconds;
    if (!this.expiries || typeof seconds !== 'number') return undefined;
    let earliest: number | undefined;
    for (const { values } of keys) {
      for (const value of values) {
        const time = value instanceof Date ? value.getTime() : Number.NaN;
        if (!Number.isNaN(time) && (earliest === undefined || time < earliest)) earliest = time;
      }
    }
    return earliest === undefined ? undefined : earliest + seconds * 1000;
  }

  private addEntries(keys: readonly IndexKey[], id: string): void {
    for (const { key, parts } of keys) {
      addHolder(this.entries, key, id);
      this.prefixes.forEach((map, k) => addHolder(map, compoundKey(parts.slice(0, k + 1)), id));
    }
  }

  /**
   * Multikey documents reach one prefix through several keys; the ids are sets, and all of a
   * document's keys are removed together, so no count per document is needed.
   */
  remove(keys: readonly IndexKey[], id: string): void {
    for (const { key, parts } of keys) {
      removeHolder(this.entries, key, id);
      this.prefixes.forEach((map, k) => removeHolder(map, compoundKey(parts.slice(0, k + 1)), id));
    }
  }

  lookup(key: string): ReadonlySet<string> | undefined {
    return this.entries.get(key);
  }

  /** The ids whose first `length` fields have the compound key `key` (all fields: `lookup`). */
  lookupPrefix(length: number, key: string): ReadonlySet<string> | undefined {
    if (length === this.fields.length) return this.entries.get(key);
    return this.prefixes[length - 1]?.get(key);
  }

  /** The ids of every document with an entry (each once). */
  *ids(): IterableIterator<string> {
    const seen = new Set<string>();
    for (const holders of this.entries.values()) {
      for (const id of holders) {
        if (seen.has(id)) continue;
        seen.add(id);
        yield id;
      }
    }
  }
}

function addHolder(map: Map<string, Set<string>>, key: string, id: string): void {
  const holders = map.get(key);
  if (holders) holders.add(id);
  else map.set(key, new Set([id]));
}

function removeHolder(map: Map<string, Set<string>>, key: string, id: string): void {
  const holders = map.get(key);
  if (!holders) return;
  holders.delete(id);
  if (holders.size === 0) map.delete(key);
}
