// Processes the benchmarks start besides the code under test (not a benchmark itself).
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { profileArgs, withTimeout } from './events-pipeline';

const REPO_ROOT = join(__dirname, '../..');

/**
 * MongoDB in its own process, as in the running system (MONGO_URL, or `npm start`'s embedded engine
 * in the launcher): the engine does not share this process's event loop with the code under test.
 */
export async function startMongoProcess(): Promise<{
  url: string;
  dbName(prefix: string): string;
  pid: number | undefined;
  stop(): Promise<void>;
}> {
  const dbName = (prefix: string) => `${prefix}-${Date.now().toString(36)}`;
  const external = process.env['MONGO_URL'];
  if (external) return { url: external, dbName, pid: undefined, stop: async () => undefined };
  const child = spawn(
    process.execPath,
    [...profileArgs('mongo'), '-r', '@swc-node/register', join(REPO_ROOT, 'libs/embedded-mongo/src/cli.ts')],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`embedded MongoDB exited with ${code}`)));
    child.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
  });
  return { url, dbName, pid: child.pid, stop: () => stopProcess(child) };
}

/** Sends `signal` and waits for the process to end. */
export function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/**
 * A Nest service under --cpu-prof: its SIGTERM hook re-raises the signal after closing, which ends the
 * process before V8 writes the profile; this preload makes SIGUSR2 a plain exit instead.
 */
export const PROFILE_EXIT_PRELOAD = join(__dirname, 'profile-exit.ts');
export const PROFILE_EXIT_SIGNAL: NodeJS.Signals = 'SIGUSR2';

/** Polls a health URL until it answers 2xx (bounded by withTimeout). */
export async function waitHealthy(url: string, what: string): Promise<void> {
  await withTimeout(
    (async () => {
      for (;;) {
        const ok = await fetch(url).then(
          (res) => res.ok,
          () => false,
        );
        if (ok) return;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })(),
    what,
  );
}
