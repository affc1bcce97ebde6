import { calculateObjectSize } from 'bson';
import type { Change } from '../storage/change';
import type { Collection } from '../storage/collection';
import type { Doc } from '../storage/document';

/** Running total of the BSON size of every stored document, kept as changes happen. */
export class DataSize {
  bytes = 0;
  documents = 0;
  // Stored documents are immutable, so a size once known stays true.
  private readonly sizes = new WeakMap<Doc, number>();

  /** `putBytes`: the encoded size of a put document when already known. */
  apply(change: Change, putBytes?: number): void {
    switch (change.kind) {
      case 'put':
        this.bytes += this.remember(change.doc, putBytes);
        if (change.previous) this.bytes -= this.sizeOf(change.previous);
        else this.documents += 1;
        return;
      case 'remove':
        this.bytes -= this.sizeOf(change.doc);
        this.documents -= 1;
        return;
      case 'dropCollection':
        this.forget(change.collection);
        return;
      case 'dropDatabase':
        for (const collection of change.database.listCollections()) this.forget(collection);
        return;
      case 'createCollection':
      case 'setOptions':
      case 'addIndex':
      case 'dropIndex':
        return;
    }
  }

  private remember(doc: Doc, known: number | undefined): number {
    const size = known ?? calculateObjectSize(doc);
    this.sizes.set(doc, size);
    return size;
  }

  private sizeOf(doc: Doc): number {
    return this.sizes.get(doc) ?? calculateObjectSize(doc);
  }

  private forget(collection: Collection): void {
    for (const doc of collection.all()) this.bytes -= this.sizeOf(doc);
    this.documents -= collection.size;
  }
}
