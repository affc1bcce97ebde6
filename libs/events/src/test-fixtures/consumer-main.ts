import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Transport } from '@nestjs/microservices';
import type { EventService } from '@elo/contracts';
import { EventsFixtureModule } from './fixture.module';

// A consuming service in its own process (for kill -9): env NATS_URL, MONGO_URL, FIXTURE_DB,
// FIXTURE_SERVICE, FIXTURE_DELAY_MS, FIXTURE_KILLABLE=1 (lets DIE<n> kill it); backbone tuning from ELO_EVENTS_*. Prints "fixture ready".
async function main(): Promise<void> {
  const env = (name: string): string => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is required`);
    return value;
  };
  const service = env('FIXTURE_SERVICE') as EventService;
  const app = await NestFactory.createMicroservice(
    EventsFixtureModule.forRoot({
      service,
      natsUrl: env('NATS_URL'),
      mongoUrl: env('MONGO_URL'),
      dbName: env('FIXTURE_DB'),
      consume: true,
      behaviour: {
        delayMs: Number(process.env['FIXTURE_DELAY_MS'] ?? 0),
        killable: process.env['FIXTURE_KILLABLE'] === '1',
      },
    }),
    {
      transport: Transport.NATS,
      options: { servers: [env('NATS_URL')], queue: service, name: service },
      logger: ['error', 'warn'],
    },
  );
  app.enableShutdownHooks();
  await app.listen();
  process.stdout.write('fixture ready\n');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `fixture failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
