#!/usr/bin/env node
// Compiles one service to CommonJS with SWC, for `node` without @swc-node/register or dev dependencies.
// Only the files reachable from the service's main.ts are emitted (its closure over @elo/* libs),
// into dist/services/<name>/ with the repository's layout kept, so that `__dirname`-relative paths
// (seeds/*.json) still resolve. Nest 12 and jose are ESM-only: Node >= 20.19 loads them with require().
import { transformFile } from '@swc/core';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tsconfig = JSON.parse(readFileSync(join(ROOT, 'tsconfig.base.json'), 'utf8'));
const swcrc = JSON.parse(readFileSync(join(ROOT, '.swcrc'), 'utf8'));
const ALIASES = tsconfig.compilerOptions.paths;

export function outDirOf(service, root = ROOT) {
  return join(root, 'dist/services', service);
}

/** The `.ts` source an import specifier names, or undefined for a package import. */
function sourceOf(spec, fromFile) {
  const aliased = ALIASES[spec];
  if (aliased) return join(ROOT, aliased[0]);
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(fromFile), spec);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && candidate.endsWith('.ts')) return candidate;
    if (existsSync(candidate) && candidate.endsWith('.json')) return candidate;
  }
  throw new Error(`${relative(ROOT, fromFile)}: cannot resolve ${spec}`);
}

/** The relative specifier from one emitted file to another (both under the same out dir). */
function relativeSpec(fromFile, toSource) {
  const target = toSource.endsWith('.json') ? toSource : toSource.replace(/\.ts$/, '.js');
  const rel = relative(dirname(fromFile), target).split('\\').join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

export async function buildService(service) {
  const main = join(ROOT, 'services', service, 'src/main.ts');
  if (!existsSync(main)) throw new Error(`no service ${service} (${relative(ROOT, main)})`);
  const out = outDirOf(service);
  rmSync(out, { recursive: true, force: true });
  const seen = new Set([main]);
  const queue = [main];
  while (queue.length > 0) {
    const file = queue.shift();
    const target = join(out, relative(ROOT, file));
    mkdirSync(dirname(target), { recursive: true });
    if (file.endsWith('.json')) {
      cpSync(file, target);
      continue;
    }
    const { code } = await transformFile(file, {
      ...swcrc,
      $schema: undefined,
      swcrc: false,
      configFile: false,
      sourceMaps: false,
      filename: file,
    });
    // Rewrites every local require (aliases included) to the emitted file, and follows it.
    const rewritten = code.replace(/require\("([^"]+)"\)/g, (whole, spec) => {
      const source = sourceOf(spec, file);
      if (!source) return whole;
      if (!seen.has(source)) {
        seen.add(source);
        queue.push(source);
      }
      return `require(${JSON.stringify(relativeSpec(file, source))})`;
    });
    writeFileSync(target.replace(/\.ts$/, '.js'), rewritten);
  }
  cpSync(join(ROOT, 'seeds'), join(out, 'seeds'), { recursive: true });
  // The nearest package.json decides the module type of the emitted .js files.
  writeFileSync(
    join(out, 'package.json'),
    `${JSON.stringify({ name: `@elo/${service}-dist`, private: true, type: 'commonjs', main: `services/${service}/src/main.js` }, null, 2)}\n`,
  );
  return { out, files: seen.size, main: join(out, 'services', service, 'src/main.js') };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = process.argv.slice(2);
  if (names.length === 0) {
    console.error('usage: build-service.mjs <service>...');
    process.exit(2);
  }
  for (const name of names) {
    const { out, files } = await buildService(name);
    console.log(`${name}: ${files} files -> ${relative(ROOT, out)}`);
  }
}
