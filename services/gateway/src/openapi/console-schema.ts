import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { CONSOLE_SCHEMA_PATH } from './console-schema-path';
import { openApiDocument } from './document';

export { CONSOLE_SCHEMA_PATH };

const HEADER =
  '// Generated from the gateway OpenAPI document by `npx nx run console:api-types`. Do not edit.\n';

/** The console's schema.d.ts as it should be for the gateway's current routes. */
export async function renderConsoleSchema(): Promise<string> {
  const document = await openApiDocument();
  // openapi-typescript takes a plain JSON object; the round trip drops Nest's class instances.
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)) as Parameters<typeof openapiTS>[0]);
  const options = await prettier.resolveConfig(CONSOLE_SCHEMA_PATH);
  return prettier.format(HEADER + astToString(ast), { ...options, parser: 'typescript' });
}

export function writeConsoleSchema(contents: string): void {
  fs.mkdirSync(path.dirname(CONSOLE_SCHEMA_PATH), { recursive: true });
  fs.writeFileSync(CONSOLE_SCHEMA_PATH, contents);
}
