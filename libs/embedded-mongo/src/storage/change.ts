import type { Collection } from './collection';
import type { IndexSpec } from './collection-index';
import type { Database } from './database';
import type { Doc } from './document';

/** One change to stored data, reported after it is applied; the journal records these. */
export type Change =
  | { kind: 'createCollection'; collection: Collection }
  | { kind: 'dropCollection'; collection: Collection }
  | { kind: 'setOptions'; collection: Collection }
  | { kind: 'dropDatabase'; database: Database }
  | { kind: 'put'; collection: Collection; doc: Doc; previous?: Doc }
  | { kind: 'remove'; collection: Collection; doc: Doc }
  | { kind: 'addIndex'; collection: Collection; spec: IndexSpec }
  | { kind: 'dropIndex'; collection: Collection; name: string };

export type ChangeListener = (change: Change) => void;
