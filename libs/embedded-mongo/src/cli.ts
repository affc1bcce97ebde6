import { parseArgs } from 'node:util';
import { startEmbeddedMongo } from './server';

// Foreground server for
// `npm run mongo:embedded -- --port 27018 [--host h] [--data-dir dir] [--journal-compaction-bytes n]`.
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      'journal-compaction-bytes': { type: 'string' },
    },
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`invalid --port ${values.port ?? ''}`);
  const compaction = values['journal-compaction-bytes'];
  const journalCompactionBytes = compaction === undefined ? undefined : Number(compaction);
  if (
    journalCompactionBytes !== undefined &&
    !(Number.isInteger(journalCompactionBytes) && journalCompactionBytes > 0)
  )
    throw new Error(`invalid --journal-compaction-bytes ${compaction ?? ''}`);
  const mongo = await startEmbeddedMongo({
    port,
    host: values.host,
    dataDir: values['data-dir'],
    journalCompactionBytes,
  });
  process.stdout.write(`${mongo.uri}\n`);

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    mongo.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`embedded-mongo: failed to stop cleanly after ${signal}: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`embedded-mongo: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
