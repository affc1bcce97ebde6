import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { generateRpcKey } from '@elo/messaging';
import { expectEventually, freePort } from '@elo/testing';

const REPO_ROOT = resolve(__dirname, '../../..');
const MAIN = join(REPO_ROOT, 'services/directory/src/main.ts');

interface Exit {
  code: number | null;
  output: string;
}

/** Runs the directory's real main.ts with `env` and resolves with its exit code and output. */
async function runDirectory(env: Record<string, string>): Promise<Exit> {
  const key = generateRpcKey('directory');
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', MAIN], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
      // Never reached: the NATS connection is opened first.
      MONGO_URL: 'mongodb://127.0.0.1:1/unreachable',
      DIRECTORY_HTTP_PORT: '0',
      ELO_RPC_SIGNING_KEY: key.signingKey,
      ELO_RPC_TRUSTED_KEYS: JSON.stringify([key.publicKey]),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let code: number | null | undefined;
  child.once('exit', (exitCode) => (code = exitCode));
  try {
    // Generous: compiling main.ts on a busy host takes a while; a process that never exits fails here.
    await expectEventually(() => expect(code).not.toBeUndefined(), { timeoutMs: 60_000, intervalMs: 100 });
  } finally {
    if (code === undefined) child.kill('SIGKILL');
  }
  return { code: code ?? null, output };
}

// A service pointed at a wrong NATS address fails its start (and an orchestrator restarts it) instead of
// dialling forever behind a readiness check that never passes.
describe('a service whose NATS address answers nothing', () => {
  it('exits non-zero with one line naming the server, not its credentials', async () => {
    const port = await freePort(); // nothing listens there
    const { code, output } = await runDirectory({
      NATS_URL: `nats://elo:not-for-logs@127.0.0.1:${port}`,
      NATS_CONNECT_TIMEOUT_MS: '1000',
    });
    expect(code).toBe(1);
    const failures = output.split('\n').filter((line) => line.includes('failed to start'));
    expect(failures).toHaveLength(1);
    const line = JSON.parse(failures[0] ?? '{}') as { level: number; err?: { message?: string } };
    expect(line.level).toBe(60);
    expect(line.err?.message).toBe(
      `NATS not reached at 127.0.0.1:${port} within 1000 ms of the first attempt ` +
        '(NATS_CONNECT_TIMEOUT_MS); check NATS_URL',
    );
    expect(output).not.toContain('not-for-logs');
  }, 90_000);

  it('refuses a deadline out of bounds at boot, naming the variable', async () => {
    const { code, output } = await runDirectory({ NATS_CONNECT_TIMEOUT_MS: '10' });
    expect(code).toBe(78);
    expect(output).toMatch(/NATS_CONNECT_TIMEOUT_MS: /);
  }, 90_000);
});
