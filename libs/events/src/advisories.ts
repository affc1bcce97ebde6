import { AckPolicy, DeliverPolicy, type StreamConfig } from '@nats-io/jetstream';
import { z } from 'zod';
import { durableName, type EventService } from '@elo/contracts';
import type { ConsumerSpec } from './consumers';
import { durableStreamSettings, nanos } from './streams';
import type { BackboneTuning } from './tuning';

// JetStream publishes a MAX_DELIVERIES advisory (core NATS) when it stops delivering a message whose last
// delivery nobody answered. It does so when the next pull comes, and on nats-server 2.9 a pull left open by
// the process that died counts: the advisory can go out while no replica listens. A stream keeps it.

export const ADVISORY_STREAM = 'ELO_ADVISORIES';
const MAX_DELIVERIES_PREFIX = '$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES';

export const maxDeliveriesSubject = (stream: string, consumer: string): string =>
  `${MAX_DELIVERIES_PREFIX}.${stream}.${consumer}`;

export function advisoryStreamConfig(tuning: BackboneTuning): Partial<StreamConfig> & { name: string } {
  return {
    name: ADVISORY_STREAM,
    description: 'MAX_DELIVERIES advisories, kept until a replica of the consuming service reads them',
    subjects: [`${MAX_DELIVERIES_PREFIX}.>`],
    ...durableStreamSettings(tuning),
  };
}

/**
 * One durable per service over every MAX_DELIVERIES advisory (other services' are acked and skipped).
 * Created before the service's event durables, so `New` misses none of theirs.
 */
export function advisoryConsumerSpec(service: EventService, tuning: BackboneTuning): ConsumerSpec {
  return {
    stream: ADVISORY_STREAM,
    config: {
      durable_name: durableName(service, 'max-deliveries'),
      description: `${service}: dead letters for deliveries nobody answered`,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.New,
      max_deliver: -1, // a dead letter that cannot be written yet is retried until it is
      ack_wait: nanos(tuning.ackWaitMs),
      max_ack_pending: 64,
    },
  };
}

const advisorySchema = z.object({
  id: z.string(),
  stream: z.string(),
  consumer: z.string(),
  stream_seq: z.number().int().positive(),
  deliveries: z.number().int().nonnegative(),
});
export type MaxDeliveriesAdvisory = z.infer<typeof advisorySchema>;

export function parseAdvisory(data: Uint8Array): MaxDeliveriesAdvisory | undefined {
  try {
    const parsed = advisorySchema.safeParse(JSON.parse(new TextDecoder().decode(data)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
