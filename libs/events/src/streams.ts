import {
  DiscardPolicy,
  RetentionPolicy,
  StorageType,
  type JetStreamManager,
  type StreamConfig,
} from '@nats-io/jetstream';
import { streamName, streamSubjects, type ServiceName } from '@elo/contracts';
import type { BackboneTuning } from './tuning';

const NANOS_PER_MS = 1_000_000;
export const nanos = (ms: number): number => ms * NANOS_PER_MS;

export function streamConfig(
  producer: ServiceName,
  tuning: BackboneTuning,
): Partial<StreamConfig> & { name: string } {
  return {
    name: streamName(producer),
    description: `Events published by ${producer}`,
    subjects: [streamSubjects(producer)],
    ...durableStreamSettings(tuning),
  };
}

/** What every backbone stream shares: on disk, kept for the replay horizon, de-duplicated by Nats-Msg-Id. */
export function durableStreamSettings(tuning: BackboneTuning): Partial<StreamConfig> {
  return {
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    discard: DiscardPolicy.Old,
    max_age: nanos(tuning.streamMaxAgeMs),
    duplicate_window: nanos(tuning.duplicateWindowMs),
    num_replicas: tuning.streamReplicas,
  };
}

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; code?: unknown; api_error?: { err_code?: number } };
  return (
    e?.name === 'StreamNotFoundError' || e?.api_error?.err_code === 10059 || /not found/i.test(String(error))
  );
}

/** Creates the stream, or brings an existing one's mutable settings up to date; safe to run from every replica. */
export function ensureStream(
  jsm: JetStreamManager,
  config: Partial<StreamConfig> & { name: string },
): Promise<void> {
  return declare({
    read: () => jsm.streams.info(config.name),
    isNotFound,
    add: () => jsm.streams.add(config),
    update: async ({ config: current }) => {
      const drifted =
        current.max_age !== config.max_age ||
        current.duplicate_window !== config.duplicate_window ||
        current.description !== config.description ||
        // A cluster scales a stream's replicas in place, e.g. R1 to R3 after growing to 3 nodes.
        current.num_replicas !== config.num_replicas ||
        JSON.stringify(current.subjects) !== JSON.stringify(config.subjects);
      if (drifted) await jsm.streams.update(config.name, config);
    },
  });
}

/**
 * Read, then update what exists or add what does not. Replicas declaring at once converge: an add
 * that loses the race is fine when the resource is there afterwards.
 */
export async function declare<Info>(steps: {
  read: () => Promise<Info>;
  isNotFound: (error: unknown) => boolean;
  add: () => Promise<unknown>;
  update: (current: Info) => Promise<void>;
}): Promise<void> {
  let current: Info;
  try {
    current = await steps.read();
  } catch (error) {
    if (!steps.isNotFound(error)) throw error;
    try {
      await steps.add();
    } catch (addError) {
      const exists = await steps.read().then(
        () => true,
        () => false,
      );
      if (!exists) throw addError;
    }
    return;
  }
  await steps.update(current);
}
