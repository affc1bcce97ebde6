import 'reflect-metadata';
import { join } from 'node:path';
import { DEV_ADMIN_CLIENT_ID, DEV_ADMIN_CLIENT_SECRET } from '@elo/contracts';
import { REPO_ROOT, SERVICES, defaultPorts } from './services';
import { ensureConsoleBuilt } from './console-build';
import { warnBytesFrom } from './embedded-mongo-size';
import { generateDevCredentials, writeDevCredentials } from './dev-credentials';
import { FIRST_ADMIN, inviteFirstAdmin } from './first-admin';
import { resolveMongo, resolveNats, type Resource } from './infrastructure';
import { startStack, type Stack } from './stack';

// `npm start`: NATS and MongoDB (embedded when MONGO_URL is unset), every service, the seeds.
async function main(): Promise<void> {
  const dataDir = process.env['ELO_DATA_DIR'] ?? join(REPO_ROOT, '.data');
  const port = Number(process.env['PORT'] ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`PORT: must be a port number, got ${process.env['PORT']}`);
  const mongoWarnBytes = warnBytesFrom(process.env);

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
    const mongo = await resolveMongo(dataDir, mongoWarnBytes);
    resources.push(mongo);
    console.log(
      `NATS:    ${nats.url}\nMongoDB: ${mongo.url}${process.env['MONGO_URL'] ? '' : ' (embedded)'}`,
    );
    // Keys of signed caller assertions, new on every run; each service is handed only its own.
    const keys = writeDevCredentials(
      join(dataDir, 'credentials'),
      generateDevCredentials(SERVICES.map((s) => s.name)),
    );
    // And, on our own nats-server, each service's nkey seed: its own file only.
    const serviceEnv = Object.fromEntries(
      SERVICES.map((s) => [s.name, { ...keys[s.name], ...nats.serviceEnv[s.name] }]),
    );
    // The console's pages, built (again) when their sources changed; the gateway serves them.
    const consoleDir = process.env['CONSOLE_DIR'] ?? ensureConsoleBuilt((line) => console.log(line));
    stack = await startStack({
      serviceEnv,
      natsUrl: nats.url,
      mongoUrl: mongo.url,
      ports: { ...defaultPorts(), gateway: port },
      stdio: 'inherit',
      // Development defaults (admin credentials, generated keys) are switched on here, explicitly:
      // a process started without NODE_ENV is production and refuses them.
      env: {
        NODE_ENV: 'development',
        LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'info',
        CONSOLE_DIR: consoleDir,
        // Invitation links point at the gateway this run listens on, whatever PORT says.
        ELO_PUBLIC_URL: process.env['ELO_PUBLIC_URL'] ?? `http://127.0.0.1:${port}`,
      },
    });
    console.log(
      `\nElo is running.\n  Gateway: ${stack.gatewayUrl}\n  Console: ${stack.gatewayUrl}/console/\n  API docs: ${stack.gatewayUrl}/docs\n  OpenAPI: ${stack.gatewayUrl}/docs/openapi.json\nPress Ctrl-C to stop.`,
    );
    printDevCredentials();
    await printFirstAdminInvitation(stack.gatewayUrl);
  } catch (error) {
    console.error(`Elo failed to start: ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }
}

/** The gateway falls back to development admin credentials (refused in production): say which. */
function printDevCredentials(): void {
  const id = process.env['ELO_ADMIN_CLIENT_ID'];
  const secret = process.env['ELO_ADMIN_CLIENT_SECRET'];
  if (id && secret) return;
  console.log(
    `\nDevelopment admin client (ELO_ADMIN_CLIENT_ID / ELO_ADMIN_CLIENT_SECRET unset; refused when NODE_ENV=production):` +
      `\n  client_id:     ${id ?? DEV_ADMIN_CLIENT_ID}` +
      `\n  client_secret: ${secret ? '(from ELO_ADMIN_CLIENT_SECRET)' : DEV_ADMIN_CLIENT_SECRET}` +
      `\n  Get a token:   POST /v1/auth/token  grant_type=client_credentials`,
  );
}

/** Development: a one-time link for the first admin person of the console, until one accepts it. */
async function printFirstAdminInvitation(gatewayUrl: string): Promise<void> {
  try {
    const outcome = await inviteFirstAdmin(gatewayUrl, {
      clientId: process.env['ELO_ADMIN_CLIENT_ID'] ?? DEV_ADMIN_CLIENT_ID,
      clientSecret: process.env['ELO_ADMIN_CLIENT_SECRET'] ?? DEV_ADMIN_CLIENT_SECRET,
    });
    console.log(
      'alreadyActive' in outcome
        ? `\nFirst admin person ${FIRST_ADMIN.email} is active: sign in at ${gatewayUrl}/console/`
        : `\nFirst admin invitation (${FIRST_ADMIN.email}, one-time, until ${outcome.expiresAt}):\n  ${outcome.invitationUrl}`,
    );
  } catch (error) {
    // The stack runs without it: only the console's first sign-in needs the link.
    console.warn(
      `Could not invite the first admin person: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

void main();
