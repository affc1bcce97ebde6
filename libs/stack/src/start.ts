import 'reflect-metadata';
import { join } from 'node:path';
import { REPO_ROOT, defaultPorts } from './services';
import { resolveMongo, resolveNats, type Resource } from './infrastructure';
import { startStack, type Stack } from './stack';

// `npm start`: NATS and MongoDB (embedded when MONGO_URL is unset), every service, the seeds.
async function main(): Promise<void> {
  const dataDir = process.env['ELO_DATA_DIR'] ?? join(REPO_ROOT, '.data');
  const port = Number(process.env['PORT'] ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT: must be a port number, got ${process.env['PORT']}`);

  const resources: Resource[] = [];
  let stack: Stack | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping Elo…');
    await stack?.stop();
    for (const resource of resources.reverse()) await resource.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    const nats = await resolveNats(dataDir);
    resources.push(nats);
    const mongo = await resolveMongo(dataDir);
    resources.push(mongo);
    console.log(`NATS:    ${nats.url}\nMongoDB: ${mongo.url}${process.env['MONGO_URL'] ? '' : ' (embedded)'}`);
    stack = await startStack({
      natsUrl: nats.url,
      mongoUrl: mongo.url,
      ports: { ...defaultPorts(), gateway: port },
      stdio: 'inherit',
      env: { LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'info' },
    });
    console.log(`\nElo is running.\n  Gateway: ${stack.gatewayUrl}\n  API docs: ${stack.gatewayUrl}/docs\n  OpenAPI: ${stack.gatewayUrl}/docs/openapi.json\nPress Ctrl-C to stop.`);
  } catch (error) {
    console.error(`Elo failed to start: ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }
}

void main();
