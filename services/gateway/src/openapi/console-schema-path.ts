import path from 'node:path';

/** Where the console keeps the types generated from the document (committed, checked by a spec). */
export const CONSOLE_SCHEMA_PATH = path.resolve(__dirname, '../../../console/src/api/schema.d.ts');
