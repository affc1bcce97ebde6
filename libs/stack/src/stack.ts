import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, SERVICES, type ServiceSpec, type StackPorts } from './services';
import { stopChild, waitFor } from './infrastructure';

export interface StackOptions {
  natsUrl: string;
  mongoUrl: string;
  ports: StackPorts;
  /** Extra environment for every service (e.g. LOG_LEVEL, admin credentials). */
  env?: Record<string, string>;
  /** Environment for one service only (its own credentials), by service name. */
  serviceEnv?: Record<string, Record<string, string>>;
  /** Where service output goes: inherit for `npm start`, ignore or pipe for tests. */
  stdio?: 'inherit' | 'ignore' | 'pipe';
  onOutput?: (service: string, chunk: string) => void;
}

export interface Stack {
  gatewayUrl: string;
  startService(name: string): Promise<void>;
  /** SIGTERM, then waits for the process to exit. */
  stopService(name: string): Promise<void>;
  stop(): Promise<void>;
}

function specOf(name: string): ServiceSpec {
  const spec = SERVICES.find((s) => s.name === name);
  if (!spec) throw new Error(`Unknown service ${name}`);
  return spec;
}

/** Starts every service as its own process, in order, waiting for each to be healthy. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const children = new Map<string, ChildProcess>();
  const portOf = (name: string): number => {
    const port = options.ports[name];
    if (port === undefined) throw new Error(`No port assigned to ${name}`);
    return port;
  };

  const launch = async (spec: ServiceSpec) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', join(REPO_ROOT, spec.main)], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        NATS_URL: options.natsUrl,
        MONGO_URL: options.mongoUrl,
        ...options.env,
        ...options.serviceEnv?.[spec.name],
        ...spec.env(portOf(spec.name)),
      },
      stdio: options.stdio === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    const forward = (chunk: Buffer) => options.onOutput?.(spec.name, chunk.toString());
    child.stdout?.on('data', forward);
    child.stderr?.on('data', forward);
    children.set(spec.name, child);
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', (code) => reject(new Error(`${spec.name} exited with code ${code} while starting`))),
    );
    exited.catch(() => undefined); // a later exit is not a start failure
    const healthUrl = `http://127.0.0.1:${portOf(spec.name)}${spec.healthPath}`;
    await Promise.race([waitFor(() => healthy(healthUrl), `${spec.name} health`, 60_000), exited]);
  };

  const stopService = async (name: string) => {
    const child = children.get(name);
    if (!child) return;
    children.delete(name);
    await stopChild(child);
  };

  try {
    for (const spec of SERVICES) await launch(spec);
  } catch (error) {
    await Promise.all([...children.keys()].map((name) => stopService(name)));
    throw error;
  }

  return {
    gatewayUrl: `http://127.0.0.1:${portOf('gateway')}`,
    startService: (name) => launch(specOf(name)),
    stopService,
    async stop() {
      for (const name of [...children.keys()].reverse()) await stopService(name);
    },
  };
}

async function healthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return res.ok;
  } catch {
    return false;
  }
}
