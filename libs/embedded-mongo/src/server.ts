import { createServer, type AddressInfo, type Server } from 'node:net';
import { CommandDispatcher } from './commands/dispatcher';
import { ServerParameters } from './commands/parameters';
import { CursorStore } from './commands/cursor-store';
import { Connection } from './connection';
import { DurableStore, type StoreStats } from './persistence/durable-store';
import { nodeIo, type StorageIo } from './persistence/io';
import { Engine } from './storage/engine';
import { startTtlSweeper, sweepExpired } from './storage/ttl-sweeper';

export interface EmbeddedMongoOptions {
  /** 0 or undefined picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** Data directory: snapshot + journal, recovered on start. Without it, data lives in memory only. */
  dataDir?: string;
  /**
   * Default true: every write is journaled and acknowledged once its journal record is on disk.
   * false keeps no journal (a snapshot on stop only): for comparison in benchmarks.
   */
  journal?: boolean;
  /** Snapshot and truncate the journal once it holds this many bytes (or more than the snapshot); default 64 MiB. */
  journalCompactionBytes?: number;
  /** How often TTL indexes are enforced; default 1000 ms. */
  ttlIntervalMs?: number;
  /** How often a failed journal write is tried again; default 1000 ms. */
  journalRetryMs?: number;
  /** Called when a journal write or a snapshot fails; defaults to a process warning. */
  onError?: (error: unknown) => void;
  /** The file operations of the journal and snapshots; tests replace them to inject failures. */
  io?: StorageIo;
}

export interface EmbeddedMongo {
  /** e.g. mongodb://127.0.0.1:27018 */
  uri: string;
  host: string;
  port: number;
  /** Data held and journal size; undefined without a dataDir. */
  stats(): StoreStats | undefined;
  /** Writes a snapshot now and truncates the journal (it also happens on its own by size). */
  compact(): Promise<void>;
  /** Closes every connection, stops timers, waits for the journal and writes a final snapshot. */
  stop(): Promise<void>;
}

export async function startEmbeddedMongo(options: EmbeddedMongoOptions = {}): Promise<EmbeddedMongo> {
  const host = options.host ?? '127.0.0.1';
  const engine = new Engine();
  const onError =
    options.onError ?? ((error: unknown) => process.emitWarning(`embedded-mongo: ${String(error)}`));
  const store = options.dataDir
    ? await DurableStore.open(engine, {
        dataDir: options.dataDir,
        journal: options.journal ?? true,
        compactionBytes: options.journalCompactionBytes ?? 64 * 1024 * 1024,
        retryIntervalMs: options.journalRetryMs ?? 1000,
        io: options.io ?? nodeIo,
        onError,
      })
    : undefined;
  sweepExpired(engine);
  const cursors = new CursorStore();
  const ttlIntervalMs = options.ttlIntervalMs ?? 1000;
  const parameters = new ServerParameters(ttlIntervalMs);
  const dispatcher = new CommandDispatcher(engine, cursors, store, parameters);
  const connections = new Set<Connection>();
  let nextConnectionId = 1;

  const server = createServer((socket) => {
    const connection = new Connection(socket, nextConnectionId++, dispatcher);
    connections.add(connection);
    socket.on('close', () => connections.delete(connection));
  });
  await listen(server, options.port ?? 0, host);
  const port = (server.address() as AddressInfo).port;

  const stopTtl = startTtlSweeper(
    engine,
    () => parameters.ttlIntervalMs(ttlIntervalMs),
    () => parameters.ttlEnabled && (store?.writable ?? true),
  );
  const cursorSweep = setInterval(() => cursors.sweep(), 60_000);
  cursorSweep.unref();

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      stopTtl();
      clearInterval(cursorSweep);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const connection of connections) connection.close();
      await closed;
      await store?.close();
    })();
    return stopping;
  };

  const uriHost = host.includes(':') ? `[${host}]` : host;
  return {
    uri: `mongodb://${uriHost}:${port}`,
    host,
    port,
    stats: () => store?.stats,
    compact: async () => store?.compact(),
    stop,
  };
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
