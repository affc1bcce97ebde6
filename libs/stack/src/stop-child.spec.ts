import { spawn } from 'node:child_process';
import { stopChild } from './infrastructure';

describe('stopChild', () => {
  it('SIGKILLs a process still there after the grace period (one ignoring SIGTERM)', async () => {
    const child = spawn(
      process.execPath,
      ['-e', "process.on('SIGTERM', () => {}); console.log('ready'); setInterval(() => {}, 1000);"],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    // Only once the handler is installed does SIGTERM go unanswered.
    await new Promise((ready) => child.stdout.once('data', ready));
    await stopChild(child, 'SIGTERM', 200);
    expect(child.signalCode).toBe('SIGKILL');
  });

  it('stops a process that answers SIGTERM with SIGTERM alone', async () => {
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    await stopChild(child, 'SIGTERM', 60_000);
    expect(child.signalCode).toBe('SIGTERM');
  });

  it('resolves at once when the spawn itself failed (no process)', async () => {
    const child = spawn('/nonexistent/elo-binary', [], { stdio: 'ignore' });
    child.once('error', () => undefined);
    await expect(stopChild(child)).resolves.toBeUndefined();
  });
});
