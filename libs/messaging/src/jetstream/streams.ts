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
    num_replicas: 1,
  };
}

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; code?: unknown; api_error?: { err_code?: number } };
  return (
    e?.name === 'StreamNotFoundError' || e?.api_error?.err_code === 10059 || /not found/i.test(String(error))
  );
}

/** Creates the stream, or brings an existing one's mutable settings up to date; safe to run from every replica. */
export async function ensureStream(
  jsm: JetStreamManager,
  config: Partial<StreamConfig> & { name: string },
): Promise<void> {
  try {
    const info = await jsm.streams.info(config.name);
    const current = info.config;
    const drifted =
      current.max_age !== config.max_age ||
      current.duplicate_window !== config.duplicate_window ||
      current.description !== config.description ||
      JSON.stringify(current.subjects) !== JSON.stringify(config.subjects);
    if (drifted) await jsm.streams.update(config.name, config);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    try {
      await jsm.streams.add(config);
    } catch (addError) {
      // Another replica created it between our info and add: fine if it is there now.
      const exists = await jsm.streams.info(config.name).then(
        () => true,
        () => false,
      );
      if (!exists) throw addError;
    }
  }
}
