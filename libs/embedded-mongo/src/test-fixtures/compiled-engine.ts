import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { transformFile } from '@swc/core';

const SOURCE = resolve(__dirname, '..');
const SKIPPED = /(\.spec\.ts|\.int-spec\.ts)$|\/(conformance|test-fixtures|test-utils)\//;

/**
 * Compiles the engine's sources to plain JavaScript once, under the repository's tmp/ (so its
 * packages resolve), for tests that start the engine process many times: each start then costs
 * a plain `node`, not a TypeScript compile.
 */
export async function compileEngine(repoRoot: string): Promise<{ cli: string; remove(): Promise<void> }> {
  const out = join(repoRoot, 'tmp', `embedded-mongo-compiled-${process.pid}`);
  const files = (await readdir(SOURCE, { recursive: true }))
    .map((file) => join(SOURCE, file))
    .filter((file) => file.endsWith('.ts') && !SKIPPED.test(file));
  for (const file of files) {
    const { code } = await transformFile(file, {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
      swcrc: false,
    });
    const target = join(out, relative(SOURCE, file)).replace(/\.ts$/, '.js');
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, code);
  }
  return { cli: join(out, 'cli.js'), remove: () => rm(out, { recursive: true, force: true }) };
}
