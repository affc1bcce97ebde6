// `npm run bench`: every benchmark in turn, each in its own process so one's load never skews another.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const benches = readdirSync(__dirname)
  .filter((file) => file.endsWith('.bench.ts'))
  .sort();

let crashed = 0;
for (const bench of benches) {
  process.stdout.write(`\n=== ${bench} ===\n`);
  const result = spawnSync(process.execPath, ['-r', '@swc-node/register', join(__dirname, bench)], {
    stdio: 'inherit',
    env: { ...process.env, TZ: 'UTC' },
  });
  if (result.status !== 0) crashed++;
}
process.exitCode = crashed ? 1 : 0;
