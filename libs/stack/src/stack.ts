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
  /**
   * HTTP ports of further replicas of a service, each its own process with the same environment (a
   * deployment scaled out): started together once every first replica is up.
   */
  replicaPorts?: Record<string, number[]>;
  /** Where service output goes: inherit for `npm start`, ignore or pipe for tests. */
  stdio?: 'inherit' | 'ignore' | 'pipe';
  /** `replica`: 0 for the first process of a service, 1… for those of replicaPorts. */
  onOutput?: (service: string, chunk: string, replica: number) => void;
  /** Told each process as it is spawned (tests check that a failed start leaves none behind). */
  onSpawn?: (service: string, pid: number, replica: number) => void;
}

export interface Stack {
  gatewayUrl: string;
  /** The health/metrics address of each replica of a service, first replica first. */
  serviceUrls(name: string): string[];
  /** Starts every replica of a service. */
  startService(name: string): Promise<void>;
  /** SIGTERM to every replica of a service, then waits for them to exit. */
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
  const children = new Map<string, ChildProcess[]>();
  const portsOf = (name: string): number[] => {
    const port = options.ports[name];
    if (port === undefined) throw new Error(`No port assigned to ${name}`);
    return [port, ...(options.replicaPorts?.[name] ?? [])];
  };

  const launch = async (spec: ServiceSpec, replica: number) => {
    const port = portsOf(spec.name)[replica] ?? 0;
    const child = spawn(process.execPath, ['-r', '@swc-node/register', join(REPO_ROOT, spec.main)], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        NATS_URL: options.natsUrl,
        MONGO_URL: options.mongoUrl,
        ...options.env,
        ...options.serviceEnv?.[spec.name],
        ...spec.env(port),
      },
      stdio: options.stdio === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    if (child.pid !== undefined) options.onSpawn?.(spec.name, child.pid, replica);
    const forward = (chunk: Buffer) => options.onOutput?.(spec.name, chunk.toString(), replica);
    child.stdout?.on('data', forward);
    child.stderr?.on('data', forward);
    children.set(spec.name, [...(children.get(spec.name) ?? []), child]);
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', (code) => reject(new Error(`${spec.name} exited with code ${code} while starting`))),
    );
    exited.catch(() => undefined); // a later exit is not a start failure
    const healthUrl = `http://127.0.0.1:${port}${spec.healthPath}`;
    // Further replicas start together and share the CPU: they get longer.
    const timeoutMs = replica === 0 ? 60_000 : 180_000;
    // An exited process ends the polling too, so a failed start leaves no timer behind.
    const ready = () => (child.exitCode !== null || child.signalCode !== null ? exited : healthy(healthUrl));
    await Promise.race([waitFor(ready, `${spec.name} health`, timeoutMs), exited]);
  };
  const launchAll = (spec: ServiceSpec, from: number) =>
    Promise.all(
      portsOf(spec.name)
        .map((_, replica) => replica)
        .filter((replica) => replica >= from)
        .map((replica) => launch(spec, replica)),
    );

  const stopService = async (name: string) => {
    const running = children.get(name) ?? [];
    children.delete(name);
    await Promise.all(running.map((child) => stopChild(child)));
  };

  try {
    for (const spec of SERVICES) await launch(spec, 0);
    // Further replicas join a running deployment, as when one is scaled out.
    await Promise.all(SERVICES.map((spec) => launchAll(spec, 1)));
  } catch (error) {
    // A start that failed or timed out part-way stops everything it started: nobody else holds them.
    await Promise.all([...children.keys()].map((name) => stopService(name)));
    throw error;
  }

  return {
    gatewayUrl: `http://127.0.0.1:${portsOf('gateway')[0]}`,
    serviceUrls: (name) => portsOf(name).map((port) => `http://127.0.0.1:${port}`),
    startService: async (name) => void (await launchAll(specOf(name), 0)),
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
