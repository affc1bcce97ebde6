import { z } from 'zod';
import { loadConfig, streamReplicas } from '@elo/config';
import type { EventService } from '@elo/contracts';

const DAY_MS = 86_400_000;

const msList = z
  .string()
  .regex(/^\d+(,\d+)*$/, 'must be comma-separated milliseconds, e.g. 1000,5000,30000')
  .transform((v) => v.split(',').map(Number))
  .refine((list) => list.every((ms) => ms >= 50), 'each delay must be at least 50 ms');

export const eventBackboneEnvSchema = z
  .object({
    /** Deliveries before an event is dead-lettered; must exceed the number of backoff steps. */
    ELO_EVENTS_MAX_DELIVER: z.coerce.number().int().min(2).max(100).default(8),
    /** Redelivery delays after the 1st, 2nd… failed delivery (the last one repeats); sent with each nak. */
    ELO_EVENTS_BACKOFF_MS: msList.default([10_000, 30_000, 60_000, 300_000, 900_000, 1_800_000, 3_600_000]),
    /** Events handled at once per consumer in one process (one at a time per aggregate). */
    ELO_EVENTS_CONCURRENCY: z.coerce.number().int().min(1).max(1_024).default(32),
    /** How long processed event ids are kept: longer than the streams' max age (the replay horizon). */
    ELO_EVENTS_PROCESSED_TTL_DAYS: z.coerce.number().int().min(1).max(3_650).default(45),
    /** How often the outbox relay looks for leftovers besides being woken by writes. */
    ELO_EVENTS_RELAY_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(1_000),
    /** How long JetStream waits for an answer before redelivering; a live process extends it while it works. */
    ELO_EVENTS_ACK_WAIT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
    /** A handler still running after this long counts as a failed delivery (nak with backoff). */
    ELO_EVENTS_HANDLER_TIMEOUT_MS: z.coerce.number().int().min(50).max(3_600_000).default(60_000),
    /** JetStream replicas of each stream (see streamReplicas): 3 on a 3-node cluster. */
    ELO_STREAM_REPLICAS: streamReplicas,
  })
  .refine((env) => env.ELO_EVENTS_MAX_DELIVER > env.ELO_EVENTS_BACKOFF_MS.length, {
    message: 'ELO_EVENTS_MAX_DELIVER must be greater than the number of ELO_EVENTS_BACKOFF_MS steps',
    path: ['ELO_EVENTS_MAX_DELIVER'],
  });

export interface BackboneTuning {
  maxDeliver: number;
  backoffMs: number[];
  concurrency: number;
  processedTtlMs: number;
  relayPollMs: number;
  /** JetStream's redelivery timeout for a delivery nobody answers (the process died or lost its link). */
  ackWaitMs: number;
  handlerTimeoutMs: number;
  /** Streams keep events this long; the processed-id TTL must exceed it. */
  streamMaxAgeMs: number;
  duplicateWindowMs: number;
  /** JetStream replicas of every backbone stream (ELO_STREAM_REPLICAS). */
  streamReplicas: number;
}

export const STREAM_MAX_AGE_MS = 30 * DAY_MS;
export const DUPLICATE_WINDOW_MS = 5 * 60_000;

export function tuningFromEnv(env: Record<string, string | undefined> = process.env): BackboneTuning {
  const parsed = loadConfig(eventBackboneEnvSchema, env);
  return {
    maxDeliver: parsed.ELO_EVENTS_MAX_DELIVER,
    backoffMs: parsed.ELO_EVENTS_BACKOFF_MS,
    concurrency: parsed.ELO_EVENTS_CONCURRENCY,
    processedTtlMs: parsed.ELO_EVENTS_PROCESSED_TTL_DAYS * DAY_MS,
    relayPollMs: parsed.ELO_EVENTS_RELAY_POLL_MS,
    ackWaitMs: parsed.ELO_EVENTS_ACK_WAIT_MS,
    handlerTimeoutMs: parsed.ELO_EVENTS_HANDLER_TIMEOUT_MS,
    streamMaxAgeMs: STREAM_MAX_AGE_MS,
    duplicateWindowMs: DUPLICATE_WINDOW_MS,
    streamReplicas: parsed.ELO_STREAM_REPLICAS,
  };
}

/** The delay before redelivering after the given (1-based) failed delivery. */
export function backoffDelay(tuning: Pick<BackboneTuning, 'backoffMs'>, deliveryCount: number): number {
  const steps = tuning.backoffMs;
  return steps[Math.min(Math.max(deliveryCount, 1), steps.length) - 1] ?? 1_000;
}

export interface JetStreamOptions {
  service: EventService;
  servers: string[];
  /** Collections whose documents carry an `outbox` array; the relay publishes from them. */
  outboxCollections?: string[];
  tuning?: Partial<BackboneTuning>;
}

export interface ResolvedJetStreamOptions {
  service: EventService;
  servers: string[];
  outboxCollections: string[];
  tuning: BackboneTuning;
}

export const JETSTREAM_OPTIONS = Symbol('JETSTREAM_OPTIONS');

export function resolveOptions(options: JetStreamOptions): ResolvedJetStreamOptions {
  const tuning = { ...tuningFromEnv(), ...options.tuning };
  if (tuning.processedTtlMs <= tuning.streamMaxAgeMs) {
    throw new Error('The processed-event TTL must be longer than the streams’ max age (the replay horizon)');
  }
  return {
    service: options.service,
    servers: options.servers,
    outboxCollections: options.outboxCollections ?? [],
    tuning,
  };
}
