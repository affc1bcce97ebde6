import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

const REPO_ROOT = resolve(__dirname, '../../../..');
const MAIN = join(REPO_ROOT, 'services/notifications/src/main.ts');
/** As long as the stack gives a service to become healthy: a start that hangs fails, with its output, and is killed. */
const READY_TIMEOUT_MS = 60_000;

/** The notifications service as its own process (its real `main.ts`), as deployed. */
export interface ServiceProcess {
  child: ChildProcess;
  output(): string;
  /** SIGKILL, or SIGTERM for a clean stop; resolves once the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Spawns the service with `env` on top of this process's and resolves once it logs that it is ready. */
export async function spawnNotifications(env: Record<string, string>): Promise<ServiceProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', MAIN], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const running: ServiceProcess = {
    child,
    output: () => output,
    async stop(signal = 'SIGKILL') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill(signal);
      await exited;
    },
  };
  try {
    await new Promise<void>((ready, fail) => {
      const onExit = (code: number | null) =>
        fail(new Error(`notifications exited with ${code} before it was ready\n${output}`));
      const timer = setTimeout(
        () => fail(new Error(`notifications not ready after ${READY_TIMEOUT_MS} ms\n${output}`)),
        READY_TIMEOUT_MS,
      );
      child.once('exit', onExit);
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('notifications ready')) {
          clearTimeout(timer);
          child.off('exit', onExit);
          ready();
        }
      });
    });
  } catch (error) {
    // Nobody gets a handle on a process that never became ready: it is stopped here or never.
    await running.stop();
    throw error;
  }
  return running;
}
