// The production image runs compiled JavaScript with plain `node`: no @swc-node/register, no
// TypeScript sources, no path aliases. This builds one service the way the Dockerfile does and
// starts it against real NATS and MongoDB until it reports ready.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, generateDevCredentials, stopChild } from '@elo/stack';
import {
  expectEventually,
  freePort,
  startMongo,
  startNats,
  type TestMongo,
  type TestNats,
} from '@elo/testing';

const OUT = join(REPO_ROOT, 'dist/services/directory');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('compiled service build', () => {
  let nats: TestNats;
  let mongo: TestMongo;
  let child: ChildProcess | undefined;
  let output = '';

  beforeAll(async () => {
    [nats, mongo] = await Promise.all([startNats(), startMongo()]);
    execFileSync(process.execPath, ['tools/build/build-service.mjs', 'directory'], { cwd: REPO_ROOT });
  });

  afterAll(async () => {
    if (child) await stopChild(child);
    await Promise.all([nats?.stop(), mongo?.stop()]);
  });

  it('emits JavaScript only, with every @elo alias rewritten to a relative path', () => {
    const files = filesUnder(OUT);
    expect(files.some((f) => f.endsWith('services/directory/src/main.js'))).toBe(true);
    expect(files.filter((f) => f.endsWith('.ts'))).toEqual([]);
    // Specs and test helpers are not reachable from main.ts, so they are not shipped.
    expect(files.filter((f) => /spec\.js$|libs\/testing\//.test(f))).toEqual([]);
    const leftovers = files
      .filter((f) => f.endsWith('.js'))
      .filter((f) => readFileSync(f, 'utf8').includes('require("@elo/'));
    expect(leftovers).toEqual([]);
    expect(existsSync(join(OUT, 'seeds/institutions.json'))).toBe(true);
  });

  it('starts with plain node and becomes ready', async () => {
    const port = await freePort();
    const credentials = generateDevCredentials(['directory']);
    child = spawn(process.execPath, [join(OUT, 'services/directory/src/main.js')], {
      cwd: OUT,
      env: {
        PATH: process.env['PATH'],
        NODE_ENV: 'test',
        NATS_URL: nats.url,
        MONGO_URL: mongo.url,
        ELO_DB_PREFIX: mongo.dbName('build'),
        DIRECTORY_HTTP_PORT: String(port),
        DIRECTORY_SEED: 'true',
        LOG_FORMAT: 'json',
        ELO_RPC_SIGNING_KEY: credentials.signingKeys['directory'] ?? '',
        ELO_RPC_TRUSTED_KEYS: credentials.trustedKeys,
        ELO_CLIENT_SECRET_KEY: credentials.clientSecretKey,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const ready = await expectEventually(
      async () => {
        if (child?.exitCode !== null) throw new Error(`exited early: ${output}`);
        const res = await fetch(`http://127.0.0.1:${port}/health/ready`);
        expect(res.status).toBe(200);
        return res.status;
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    expect(ready).toBe(200);
    expect(output).not.toMatch(/Cannot find module/);
  });
});
