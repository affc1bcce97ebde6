import fs from 'node:fs';
import path from 'node:path';
import { openApiDocument } from './document';

// CLI: the gateway's OpenAPI document as a file, without a bus or a socket (what /docs/openapi.json serves).
const target = path.resolve(process.argv[2] ?? 'dist/openapi.json');

openApiDocument()
  .then((document) => {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
    process.stdout.write(`wrote ${target}\n`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
