import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

// Both generators, run as a developer would in a copy of the workspace: the result must type-check,
// lint clean, and its own tests must pass (they boot the new service over real NATS and the wire protocol).
describe('the service and aggregate generators', () => {
  let dir: string;
  // A failed step shows its own output, not just "Command failed".
  const run = (command: string): string => {
    try {
      return execSync(command, {
        cwd: dir,
        stdio: 'pipe',
        env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
      }).toString();
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`${command} failed:\n${String(stdout ?? '')}\n${String(stderr ?? '')}`);
    }
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'elo-generators-'));
    // What git tracks plus what it would add: the workspace as a fresh clone would have it.
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
      cwd: ROOT,
    })
      .toString()
      .split('\0')
      .filter((f) => f && f !== 'node_modules');
    execFileSync('tar', ['-cf', join(dir, 'ws.tar'), '--null', '-T', '-'], {
      cwd: ROOT,
      input: files.join('\0'),
    });
    execFileSync('tar', ['-xf', 'ws.tar'], { cwd: dir });
    rmSync(join(dir, 'ws.tar'));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('makes a service and an aggregate that type-check, lint clean and pass their tests', () => {
    run('npx nx g @elo/generators:service sample-desk --port 3199 --no-interactive');
    run('npx nx g @elo/generators:aggregate case-note --service sample-desk --no-interactive');
    run('npx tsc -p tsconfig.json --noEmit');
    run(
      'npx nx show projects >/dev/null && npx eslint --max-warnings=0 services/sample-desk libs/contracts/src libs/errors/src libs/stack/src services/gateway/src/health services/gateway/src/sample-desk services/gateway/src/app.module.ts',
    );
    const jest = run('TZ=UTC npx jest --ci --maxWorkers=1 services/sample-desk');
    expect(jest).not.toMatch(/failed [1-9]/);
    // Its own run: jest fails when the generated gateway spec is missing (no tests found).
    const gateway = run('TZ=UTC npx jest --ci --maxWorkers=1 services/gateway/src/sample-desk');
    expect(gateway).not.toMatch(/failed [1-9]/);
  }, 600_000);
});
