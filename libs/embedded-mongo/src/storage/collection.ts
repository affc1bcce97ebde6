import { UUID } from 'bson';
import { canonicalKey } from './canonical-key';
import type { ChangeListener } from './change';
import { CollectionIndex, type IndexSpec } from './collection-index';
import type { Doc } from './document';
import { duplicateKeyError } from './duplicate-key';
import type { IndexKey } from './index-keys';

export const ID_INDEX_SPEC: IndexSpec = { v: 2, key: { _id: 1 }, name: '_id_' };

/**
 * Documents in natural (insertion) order, keyed by the canonical form of their `_id`, plus the
 * secondary indexes. Every write checks all unique indexes before it changes anything.
 */
export class Collection {
  readonly uuid = new UUID();
  private readonly docs = new Map<string, Doc>();
  private readonly indexes = new Map<string, CollectionIndex>();

  constructor(
    readonly dbName: string,
    readonly name: string,
    private currentOptions: Doc,
    private readonly onChange: ChangeListener,
  ) {}

  /** The options it was created with, as `collMod` last changed them (validator, …). */
  get options(): Doc {
    return this.currentOptions;
  }

  /** Replaces the options (a new object, never changed in place: validators are cached by it). */
  setOptions(options: Doc): void {
    this.currentOptions = options;
    this.onChange({ kind: 'setOptions', collection: this });
  }

  get ns(): string {
    return `${this.dbName}.${this.name}`;
  }

  get size(): number {
    return this.docs.size;
  }

  all(): IterableIterator<Doc> {
    return this.docs.values();
  }

  getByKey(idKey: string): Doc | undefined {
    return this.docs.get(idKey);
  }

  secondaryIndexes(): CollectionIndex[] {
    return [...this.indexes.values()];
  }

  indexSpecs(): IndexSpec[] {
    return [ID_INDEX_SPEC, ...[...this.indexes.values()].map((index) => index.spec)];
  }

  insert(doc: Doc): void {
    const id = canonicalKey(doc['_id']);
    if (this.docs.has(id)) throw duplicateKeyError(this.ns, '_id_', { _id: 1 }, [doc['_id']]);
    const planned = this.planKeys(doc, id);
    for (const [index, keys] of planned) index.add(keys, id);
    this.docs.set(id, doc);
    this.onChange({ kind: 'put', collection: this, doc });
  }

  /** Swaps in a new version of a stored document; `_id` must not change. */
  replace(oldDoc: Doc, newDoc: Doc): void {
    const id = canonicalKey(oldDoc['_id']);
    const planned = this.planKeys(newDoc, id);
    for (const [index, keys] of planned) index.replace(index.keysOf(oldDoc), keys, id);
    this.docs.set(id, newDoc);
    this.onChange({ kind: 'put', collection: this, doc: newDoc, previous: oldDoc });
  }

  remove(doc: Doc): void {
    const id = canonicalKey(doc['_id']);
    if (!this.docs.delete(id)) return;
    for (const index of this.indexes.values()) index.remove(index.keysOf(doc), id);
    this.onChange({ kind: 'remove', collection: this, doc });
  }

  /** Builds the index over existing documents; refuses (and keeps nothing) on duplicates. */
  addIndex(spec: IndexSpec): void {
    const index = new CollectionIndex(spec);
    for (const [id, doc] of this.docs) {
      const keys = index.keysOf(doc);
      const clash = index.conflict(keys, id);
      if (clash) throw duplicateKeyError(this.ns, spec.name, spec.key, clash.values);
      index.add(keys, id);
    }
    this.indexes.set(spec.name, index);
    this.onChange({ kind: 'addIndex', collection: this, spec });
  }

  dropIndex(name: string): boolean {
    const dropped = this.indexes.delete(name);
    if (dropped) this.onChange({ kind: 'dropIndex', collection: this, name });
    return dropped;
  }

  private planKeys(doc: Doc, id: string): Array<[CollectionIndex, IndexKey[]]> {
    const planned: Array<[CollectionIndex, IndexKey[]]> = [];
    for (const index of this.indexes.values()) {
      const keys = index.keysOf(doc);
      const clash = index.conflict(keys, id);
      if (clash) throw duplicateKeyError(this.ns, index.name, index.spec.key, clash.values);
      planned.push([index, keys]);
    }
    return planned;
  }
}
