import { Inject, Injectable } from '@nestjs/common';
import type { PubAck } from '@nats-io/jetstream';
import { EVENT_CATALOG, type EloCloudEvent } from '@elo/contracts';
import { JETSTREAM_CONNECTION, type JetStreamConnection } from './connection';
import { encodeEvent } from './event-codec';

/**
 * Publishes one event to its stream and waits for the PubAck. `Nats-Msg-Id` is the event id, so a
 * second publish of the same event within the duplicate window is dropped (`ack.duplicate`).
 * Services publish through the outbox; this is the relay's primitive, and for tests and tools.
 */
@Injectable()
export class EventPublisher {
  constructor(@Inject(JETSTREAM_CONNECTION) private readonly connection: JetStreamConnection) {}

  publish(event: EloCloudEvent): Promise<PubAck> {
    const { body, headers } = encodeEvent(event);
    return this.connection.js.publish(EVENT_CATALOG[event.type].subject, body, { headers, timeout: 10_000 });
  }
}
