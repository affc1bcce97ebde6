import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { streamName } from '@elo/contracts';

/** Events per type (`partnership.signed`, …) that JetStream stored for the service, duplicates included. */
export async function publishedPerType(nc: NatsConnection): Promise<Record<string, number>> {
  const info = await (
    await jetstreamManager(nc)
  ).streams.info(streamName('partnerships'), { subjects_filter: '>' });
  return Object.fromEntries(
    Object.entries(info.state.subjects ?? {}).map(([subject, n]) => [
      subject.replace('elo.partnerships.', ''),
      n,
    ]),
  );
}
