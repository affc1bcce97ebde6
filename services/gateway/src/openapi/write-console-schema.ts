import fs from 'node:fs';
import { CONSOLE_SCHEMA_PATH, renderConsoleSchema, writeConsoleSchema } from './console-schema';

// CLI: regenerate the console's API types after a route or contract change; with --check, only
// report (exit 1) when the committed file differs from what the current routes produce.
async function main(check: boolean): Promise<void> {
  const contents = await renderConsoleSchema();
  if (!check) {
    writeConsoleSchema(contents);
    process.stdout.write(`wrote ${CONSOLE_SCHEMA_PATH}\n`);
    return;
  }
  const committed = fs.existsSync(CONSOLE_SCHEMA_PATH) ? fs.readFileSync(CONSOLE_SCHEMA_PATH, 'utf8') : '';
  if (committed !== contents) {
    process.stderr.write(
      `${CONSOLE_SCHEMA_PATH} is stale: run \`npx nx run console:api-types\` and commit it.\n`,
    );
    process.exitCode = 1;
  }
}

main(process.argv.includes('--check')).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
