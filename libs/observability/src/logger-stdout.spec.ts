import { spawn } from 'node:child_process';
import { join } from 'node:path';

const FIXTURE = join(__dirname, 'test-fixtures/log-to-stdout.ts');

/** The fixture's stdout until both lines arrived (then it is killed) or it exits. */
function run(mode: 'exit' | 'stay'): Promise<{ lines: string[]; exitedOnItsOwn: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', FIXTURE, mode], {
      env: { ...process.env, NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    let killed = false;
    const lines = () => out.split('\n').filter(Boolean);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (mode === 'stay' && lines().length >= 2 && !killed) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('close', () => resolve({ lines: lines(), exitedOnItsOwn: !killed }));
  });
}

describe('stdout log lines', () => {
  it('are written out when the process exits right after logging them', async () => {
    const { lines, exitedOnItsOwn } = await run('exit');
    expect(exitedOnItsOwn).toBe(true);
    expect(lines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual([
      'first line',
      'second line',
    ]);
  });

  it('are written out within the flush interval by a process that logs nothing more', async () => {
    const { lines, exitedOnItsOwn } = await run('stay');
    expect(exitedOnItsOwn).toBe(false);
    expect(lines.map((line) => (JSON.parse(line) as { n: number }).n)).toEqual([1, 2]);
  }, 10_000);
});
