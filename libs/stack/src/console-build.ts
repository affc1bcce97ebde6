import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './services';

export const CONSOLE_SOURCE = path.join(REPO_ROOT, 'services/console');
export const CONSOLE_DIST = path.join(REPO_ROOT, 'dist/services/console');

function newestChange(entry: string): number {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestChange(path.join(entry, child)));
  return newest;
}

/** True when the build is missing or older than any of the console's sources. */
export function consoleBuildStale(source = CONSOLE_SOURCE, dist = CONSOLE_DIST): boolean {
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) return true;
  return newestChange(source) > fs.statSync(index).mtimeMs;
}

/**
 * Builds the console with Vite when its build is missing or stale (what `nx run console:build`
 * does) and answers the folder the gateway serves under /console (its CONSOLE_DIR).
 */
export function ensureConsoleBuilt(log: (line: string) => void = () => undefined): string {
  if (!consoleBuildStale()) return CONSOLE_DIST;
  log('Building the console (services/console)…');
  const vite = path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js');
  const run = spawnSync(
    process.execPath,
    [vite, 'build', '--config', path.join(CONSOLE_SOURCE, 'vite.config.mjs'), '--logLevel', 'warn'],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  if (run.status !== 0)
    throw new Error(`the console's build failed (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  return CONSOLE_DIST;
}
