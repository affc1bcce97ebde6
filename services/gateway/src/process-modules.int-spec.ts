import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expectEventually, freePort, startNats, type TestNats } from '@elo/testing';

const REPO_ROOT = resolve(__dirname, '../../..');
const PRELOAD = join(__dirname, 'test-fixtures/loaded-modules.ts');
const DATABASE_PACKAGES = /[\\/]node_modules[\\/](mongoose|mongodb|@nestjs[\\/]mongoose)[\\/]/;

/** Starts `node <args>` with the module recorder preloaded; `modules()` asks it for what it has loaded. */
function recorded(args: string[], env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'elo-modules-'));
  const file = join(dir, 'modules.json');
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', '-r', PRELOAD, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, ELO_LOADED_MODULES_FILE: file },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  return {
    output: () => stdout,
    async modules(): Promise<string[]> {
      child.kill('SIGUSR2');
      await expectEventually(() => expect(existsSync(file)).toBe(true));
      return JSON.parse(readFileSync(file, 'utf8')) as string[];
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGKILL');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe('the gateway process', () => {
  let nats: TestNats;

  beforeAll(async () => {
    nats = await startNats();
  });

  afterAll(async () => {
    await nats?.stop();
  });

  it('runs, answers HTTP and has not loaded mongoose or the MongoDB driver', async () => {
    const port = await freePort();
    const gateway = recorded(['services/gateway/src/main.ts'], {
      NATS_URL: nats.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      NODE_ENV: 'development',
    });
    try {
      await expectEventually(() => expect(gateway.output()).toContain('gateway ready'), {
        timeoutMs: 30_000,
      });
      // Routes that run the guard, the global pipe, filter and interceptors, and the RPC client.
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect([200, 503]).toContain(health.status);
      const denied = await fetch(`http://127.0.0.1:${port}/v1/admin/dead-letters`);
      expect(denied.status).toBe(401);

      const modules = await gateway.modules();
      expect(modules.some((m) => m.includes('@nestjs/core'))).toBe(true);
      expect(modules.filter((m) => DATABASE_PACKAGES.test(m))).toEqual([]);
    } finally {
      await gateway.stop();
    }
  });

  it('would be caught: the event backbone library does load mongoose', async () => {
    const events = join(REPO_ROOT, 'libs/events/src/index.ts');
    const script = `require(${JSON.stringify(events)}); console.log('loaded'); setInterval(() => undefined, 1000)`;
    const control = recorded(['-e', script], {});
    try {
      await expectEventually(() => expect(control.output()).toContain('loaded'), { timeoutMs: 30_000 });
      const modules = await control.modules();
      expect(modules.some((m) => DATABASE_PACKAGES.test(m))).toBe(true);
    } finally {
      await control.stop();
    }
  });
});
