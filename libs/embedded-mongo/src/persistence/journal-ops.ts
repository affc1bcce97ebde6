import { canonicalKey } from '../storage/canonical-key';
import type { Change } from '../storage/change';
import type { Collection } from '../storage/collection';
import type { IndexSpec } from '../storage/collection-index';
import { isPlainObject, type Doc } from '../storage/document';
import type { Engine } from '../storage/engine';
import { decodeKeepingTypes, encodeDocument } from '../wire/bson-io';
import { decodeStored, documentEnd } from './stored-bson';

// The journal records what a command changed, not the command: replay then needs no clock,
// no id generation and no query evaluation, and gives back exactly the state that was acked.
// Each op is a small BSON header, followed for 'put' by the stored document itself.
const putHeaders = new WeakMap<Collection, Buffer>();

function putHeader(collection: Collection): Buffer {
  let header = putHeaders.get(collection);
  if (!header) {
    header = encodeDocument({ o: 'put', d: collection.dbName, c: collection.name });
    putHeaders.set(collection, header);
  }
  return header;
}

/** Appends the encoded op to `out`; returns the BSON size of a put document (0 for other ops). */
export function encodeChange(change: Change, out: Buffer[]): number {
  switch (change.kind) {
    case 'put': {
      const body = encodeDocument(change.doc);
      out.push(putHeader(change.collection), body);
      return body.length;
    }
    case 'remove': {
      const { collection, doc } = change;
      out.push(encodeDocument({ o: 'remove', d: collection.dbName, c: collection.name, id: doc['_id'] }));
      return 0;
    }
    case 'createCollection': {
      const { collection } = change;
      out.push(
        encodeDocument({ o: 'create', d: collection.dbName, c: collection.name, opts: collection.options }),
      );
      return 0;
    }
    case 'setOptions': {
      const { collection } = change;
      out.push(
        encodeDocument({ o: 'options', d: collection.dbName, c: collection.name, opts: collection.options }),
      );
      return 0;
    }
    case 'dropCollection':
      out.push(encodeDocument({ o: 'drop', d: change.collection.dbName, c: change.collection.name }));
      return 0;
    case 'dropDatabase':
      out.push(encodeDocument({ o: 'dropDatabase', d: change.database.name }));
      return 0;
    case 'addIndex': {
      const { collection, spec } = change;
      out.push(encodeDocument({ o: 'index', d: collection.dbName, c: collection.name, spec }));
      return 0;
    }
    case 'dropIndex': {
      const { collection, name } = change;
      out.push(encodeDocument({ o: 'dropIndex', d: collection.dbName, c: collection.name, name }));
      return 0;
    }
  }
}

/** Applies the ops of one journal record to the engine, in order. */
export function applyRecord(engine: Engine, payload: Buffer): void {
  let offset = 0;
  while (offset < payload.length) {
    const headerEnd = documentEnd(payload, offset, 'journal op');
    const op = decodeKeepingTypes(payload.subarray(offset, headerEnd));
    offset = headerEnd;
    const db = engine.database(String(op['d']));
    const collection = () => db.ensureCollection(String(op['c'])).collection;
    switch (op['o']) {
      case 'put': {
        const end = documentEnd(payload, offset, 'journal document');
        putDocument(collection(), decodeStored(payload, offset, end));
        offset = end;
        break;
      }
      case 'remove': {
        const target = db.collection(String(op['c']));
        const doc = target?.getByKey(canonicalKey(op['id']));
        if (doc) target?.remove(doc);
        break;
      }
      case 'create':
        db.ensureCollection(String(op['c']), isPlainObject(op['opts']) ? op['opts'] : {});
        break;
      case 'options':
        collection().setOptions(isPlainObject(op['opts']) ? op['opts'] : {});
        break;
      case 'drop':
        db.dropCollection(String(op['c']));
        break;
      case 'dropDatabase':
        engine.dropDatabase(String(op['d']));
        break;
      case 'index':
        collection().addIndex(op['spec'] as IndexSpec);
        break;
      case 'dropIndex':
        db.collection(String(op['c']))?.dropIndex(String(op['name']));
        break;
      default:
        throw new Error(`unknown journal op ${String(op['o'])}`);
    }
  }
}

function putDocument(collection: Collection, doc: Doc): void {
  const existing = collection.getByKey(canonicalKey(doc['_id']));
  if (existing) collection.replace(existing, doc);
  else collection.insert(doc);
}
