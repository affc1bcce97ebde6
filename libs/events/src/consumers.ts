import {
  AckPolicy,
  DeliverPolicy,
  ReplayPolicy,
  type ConsumerConfig,
  type JetStreamManager,
} from '@nats-io/jetstream';
import { EVENT_CATALOG, durableName, streamName, type EventService, type EventType } from '@elo/contracts';
import { declare, nanos } from './streams';
import type { BackboneTuning } from './tuning';

export interface ConsumerSpec {
  stream: string;
  config: Partial<ConsumerConfig> & { durable_name: string };
}

/** One durable pull consumer per (service, handler), on the one subject of its event type. */
export function consumerSpec(
  service: EventService,
  handler: string,
  type: EventType,
  tuning: BackboneTuning,
): ConsumerSpec {
  const definition = EVENT_CATALOG[type];
  return {
    stream: streamName(definition.producer),
    config: {
      durable_name: durableName(service, handler),
      description: `${service}: ${handler} (${type})`,
      filter_subject: definition.subject,
      ack_policy: AckPolicy.Explicit,
      // A new handler starts from the oldest kept event: it catches up on what happened before it existed.
      deliver_policy: DeliverPolicy.All,
      replay_policy: ReplayPolicy.Instant,
      max_deliver: tuning.maxDeliver,
      // No server-side `backoff`: it would force ack_wait to backoff[0]. Retry delays travel with each nak;
      // the ack wait only matters when nobody answers, and the runner extends it while a handler works.
      ack_wait: nanos(tuning.ackWaitMs),
      max_ack_pending: Math.max(256, tuning.concurrency * 8),
    },
  };
}

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; api_error?: { err_code?: number } };
  return (
    e?.name === 'ConsumerNotFoundError' ||
    e?.api_error?.err_code === 10014 ||
    /consumer not found/i.test(String(error))
  );
}

/** Creates the durable or updates its mutable settings; replicas running this at once converge. */
export function ensureConsumer(jsm: JetStreamManager, spec: ConsumerSpec): Promise<void> {
  const { stream, config } = spec;
  return declare({
    read: () => jsm.consumers.info(stream, config.durable_name),
    isNotFound,
    add: () => jsm.consumers.add(stream, config),
    update: async ({ config: c }) => {
      const drifted =
        c.max_deliver !== config.max_deliver ||
        c.ack_wait !== config.ack_wait ||
        (c.backoff ?? []).length > 0 ||
        c.max_ack_pending !== config.max_ack_pending ||
        c.description !== config.description;
      if (!drifted) return;
      await jsm.consumers.update(stream, config.durable_name, {
        max_deliver: config.max_deliver,
        backoff: [], // durables made before the ack wait was its own setting carry one
        ack_wait: config.ack_wait,
        max_ack_pending: config.max_ack_pending,
        description: config.description,
      });
    },
  });
}
