import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CONSOLE_SCHEMA_PATH } from './console-schema-path';

const root = path.resolve(__dirname, '../../../..');
const cli = path.join(__dirname, 'write-console-schema.ts');

// The console compiles against these types: a route or contract change that the console has not
// been regenerated for fails here, and a change the pages do not follow fails their typecheck.
// Run in a child process: openapi-typescript's ESM dependencies do not load in jest's CommonJS runtime.
describe('console API types', () => {
  it('are generated from the current OpenAPI document', () => {
    const run = spawnSync(process.execPath, ['-r', '@swc-node/register', cli, '--check'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('cover the routes the console calls', () => {
    const committed = fs.readFileSync(CONSOLE_SCHEMA_PATH, 'utf8');
    for (const route of ['/v1/plan/dashboard', '/v1/partnerships', '/v1/referrals/inbox']) {
      expect(committed).toContain(`'${route}': {`);
    }
  });
});
