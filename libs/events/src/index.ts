export { JetStreamModule } from './jetstream.module';
export { OnEvent, type OnEventOptions } from './on-event.decorator';
export { Outbox, OUTBOX_FIELD, OUTBOX_PROP, indexOutbox, pushOutbox, withOutbox } from './outbox';
export { EventPublisher } from './event-publisher';
export { JetStreamReadiness, JETSTREAM_CONNECTION, JetStreamConnection } from './connection';
export { DeadLetterService } from './dead-letter.service';
export { encodeEvent, HEADER_MSG_ID } from './event-codec';
export type { BackboneTuning, JetStreamOptions } from './tuning';
export { PermanentEventError } from './permanent-event-error';
