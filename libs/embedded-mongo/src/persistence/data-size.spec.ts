import { calculateObjectSize } from 'bson';
import { Engine } from '../storage/engine';
import { DataSize } from './data-size';

function recount(engine: Engine): { bytes: number; documents: number } {
  const docs = engine.listDatabases().flatMap((db) => db.listCollections().flatMap((c) => [...c.all()]));
  return { bytes: docs.reduce((sum, doc) => sum + calculateObjectSize(doc), 0), documents: docs.length };
}

describe('DataSize', () => {
  it('follows inserts, replacements, removals and drops', () => {
    const engine = new Engine();
    const size = new DataSize();
    engine.onChange((change) => size.apply(change));
    const a = engine.database('a').ensureCollection('c').collection;
    const b = engine.database('b').ensureCollection('c').collection;
    for (let i = 0; i < 20; i++) a.insert({ _id: i, text: 'x'.repeat(i) });
    for (let i = 0; i < 5; i++) b.insert({ _id: i });
    const first = a.getByKey('d:3');
    if (first) a.replace(first, { _id: 3, text: 'longer '.repeat(30) });
    const removed = a.getByKey('d:4');
    if (removed) a.remove(removed);
    expect({ bytes: size.bytes, documents: size.documents }).toEqual(recount(engine));
    engine.database('a').dropCollection('c');
    expect({ bytes: size.bytes, documents: size.documents }).toEqual(recount(engine));
    engine.dropDatabase('b');
    expect({ bytes: size.bytes, documents: size.documents }).toEqual({ bytes: 0, documents: 0 });
  });
});
