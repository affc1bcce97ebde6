import { createServer, type AddressInfo, type Server } from 'node:net';
import { CommandDispatcher } from './commands/dispatcher';
import { CursorStore } from './commands/cursor-store';
import { Connection } from './connection';
import { loadSnapshot } from './snapshot';
import { SnapshotWriter } from './snapshot-writer';
import { Engine } from './storage/engine';
import { startTtlSweeper, sweepExpired } from './storage/ttl-sweeper';

export interface EmbeddedMongoOptions {
  /** 0 or undefined picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** Snapshot directory: loaded on start, written periodically and on stop. */
  dataDir?: string;
  /** How often changed data is snapshotted to dataDir; default 2000 ms, 0 disables. */
  snapshotIntervalMs?: number;
  /** How often TTL indexes are enforced; default 1000 ms. */
  ttlIntervalMs?: number;
  /** Called when a periodic snapshot fails; defaults to a process warning. */
  onError?: (error: unknown) => void;
}

export interface EmbeddedMongo {
  /** e.g. mongodb://127.0.0.1:27018 */
  uri: string;
  host: string;
  port: number;
  /** Closes every connection, stops timers and writes the final snapshot. */
  stop(): Promise<void>;
}

export async function startEmbeddedMongo(options: EmbeddedMongoOptions = {}): Promise<EmbeddedMongo> {
  const host = options.host ?? '127.0.0.1';
  const engine = new Engine();
  if (options.dataDir) await loadSnapshot(engine, options.dataDir);
  sweepExpired(engine);
  const onError =
    options.onError ?? ((error: unknown) => process.emitWarning(`embedded-mongo: ${String(error)}`));
  const cursors = new CursorStore();
  const dispatcher = new CommandDispatcher(engine, cursors);
  const connections = new Set<Connection>();
  let nextConnectionId = 1;

  const server = createServer((socket) => {
    const connection = new Connection(socket, nextConnectionId++, dispatcher);
    connections.add(connection);
    socket.on('close', () => connections.delete(connection));
  });
  await listen(server, options.port ?? 0, host);
  const port = (server.address() as AddressInfo).port;

  const stopTtl = startTtlSweeper(engine, options.ttlIntervalMs ?? 1000);
  const cursorSweep = setInterval(() => cursors.sweep(), 60_000);
  cursorSweep.unref();
  const snapshots = options.dataDir ? new SnapshotWriter(engine, options.dataDir, onError) : undefined;
  snapshots?.start(options.snapshotIntervalMs ?? 2000);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      stopTtl();
      clearInterval(cursorSweep);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const connection of connections) connection.close();
      await closed;
      await snapshots?.stop();
    })();
    return stopping;
  };

  const uriHost = host.includes(':') ? `[${host}]` : host;
  return { uri: `mongodb://${uriHost}:${port}`, host, port, stop };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
