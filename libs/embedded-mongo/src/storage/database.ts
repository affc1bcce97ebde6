import { ErrorCode, MongoCommandError } from '../errors';
import type { ChangeListener } from './change';
import { Collection } from './collection';
import type { Doc } from './document';

export class Database {
  private readonly collections = new Map<string, Collection>();

  constructor(
    readonly name: string,
    private readonly onChange: ChangeListener,
  ) {}

  get isEmpty(): boolean {
    return this.collections.size === 0;
  }

  collection(name: string): Collection | undefined {
    return this.collections.get(name);
  }

  listCollections(): Collection[] {
    return [...this.collections.values()];
  }

  /** Returns the collection, creating it (as inserts and createIndexes do) when missing. */
  ensureCollection(name: string, options: Doc = {}): { collection: Collection; created: boolean } {
    const existing = this.collections.get(name);
    if (existing) return { collection: existing, created: false };
    validateCollectionName(name);
    const collection = new Collection(this.name, name, options, this.onChange);
    this.collections.set(name, collection);
    this.onChange({ kind: 'createCollection', collection });
    return { collection, created: true };
  }

  dropCollection(name: string): Collection | undefined {
    const collection = this.collections.get(name);
    if (collection) {
      this.collections.delete(name);
      this.onChange({ kind: 'dropCollection', collection });
    }
    return collection;
  }
}

function validateCollectionName(name: string): void {
  if (name.length === 0 || name.includes('$') || name.includes('\0')) {
    throw new MongoCommandError(ErrorCode.InvalidNamespace, `Invalid collection name: ${name}`);
  }
}
