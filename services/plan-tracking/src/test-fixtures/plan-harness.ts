import type { INestApplication } from '@nestjs/common';
import type { Registry } from 'prom-client';
import { EVENT_CATALOG, type EloCloudEvent } from '@elo/contracts';
import { HEADER_MSG_ID, JETSTREAM_CONNECTION, encodeEvent, type JetStreamConnection } from '@elo/events';
import { METRICS_REGISTRY } from '@elo/observability';
import type { RunningService } from '@elo/runtime';
import { startMongo, startNats, type TestMongo } from '@elo/testing';
import { startPlanTracking } from '../bootstrap';
import { planConfigSchema } from '../config';

/** Plan-tracking, with the plan seeded, on its own NATS (JetStream) and MongoDB wire protocol. */
export interface PlanHarness {
  natsUrl: string;
  service: RunningService;
  app: INestApplication;
  /** How many events `handler` has consumed with this outcome (handled, duplicate, retried, …). */
  consumed(handler: string, outcome: string): Promise<number>;
  /** The same event again under another JetStream message id, so JetStream does not drop it: a true redelivery. */
  publishAgain(event: EloCloudEvent): Promise<void>;
  stop(): Promise<void>;
}

export async function startPlanHarness(name: string, env: Record<string, string> = {}): Promise<PlanHarness> {
  const nats = await startNats({ requireOwned: true });
  let mongo: TestMongo | undefined;
  let service: RunningService | undefined;
  const stop = async () => {
    await service?.close();
    await mongo?.stop();
    await nats.stop();
  };
  try {
    mongo = await startMongo();
    const config = planConfigSchema.parse({
      NODE_ENV: 'test',
      NATS_URL: nats.url,
      MONGO_URL: mongo.url,
      ELO_DB_PREFIX: mongo.dbName(name),
      PLAN_SEED: 'true',
      PLAN_HTTP_PORT: '0',
      LOG_LEVEL: 'warn',
      ...env,
    });
    service = await startPlanTracking(config);
    const { app } = service;
    return {
      natsUrl: nats.url,
      service,
      app,
      async consumed(handler, outcome) {
        const metric = app.get<Registry>(METRICS_REGISTRY).getSingleMetric('events_consumed_total');
        const values = (await metric?.get())?.values ?? [];
        return (
          values.find((v) => v.labels['handler'] === handler && v.labels['outcome'] === outcome)?.value ?? 0
        );
      },
      async publishAgain(event) {
        const { body, headers } = encodeEvent(event);
        headers.set(HEADER_MSG_ID, `${event.id}-again`);
        await app
          .get<JetStreamConnection>(JETSTREAM_CONNECTION)
          .js.publish(EVENT_CATALOG[event.type].subject, body, { headers });
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
