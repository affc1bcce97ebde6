import { z } from 'zod';
import {
  EVENT_CATALOG,
  EVENT_TYPES,
  HEADER_CORRELATION_ID,
  cloudEventSchema,
  streamName,
  type EventType,
} from '@elo/contracts';

type JsonObject = Record<string, unknown>;

// Every channel is one NATS subject; its one message is the structured-mode CloudEvent.
const MESSAGE_HEADERS = {
  type: 'object',
  properties: {
    'Nats-Msg-Id': { type: 'string', description: 'The event id: JetStream drops a second publish of it' },
    'ce-type': { type: 'string', description: 'The event type, for tooling (the body is authoritative)' },
    [HEADER_CORRELATION_ID]: { type: 'string', description: 'The correlation id, for tooling' },
  },
} as const;

function jsonSchema(type: EventType): JsonObject {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(cloudEventSchema(type), { target: 'draft-07' });
  return schema;
}

function message(type: EventType): JsonObject {
  const def = EVENT_CATALOG[type];
  return {
    name: type,
    title: type,
    summary: def.description,
    contentType: 'application/cloudevents+json',
    headers: MESSAGE_HEADERS,
    payload: { schemaFormat: 'application/schema+json;version=draft-07', schema: jsonSchema(type) },
    correlationId: {
      description: 'Correlates the request and the events it caused',
      location: '$message.payload#/correlationid',
    },
  };
}

function channel(type: EventType): JsonObject {
  const def = EVENT_CATALOG[type];
  return {
    address: def.subject,
    title: type,
    description: `${def.description} Stream ${streamName(def.producer)}; published by ${def.producer}; consumed by ${
      def.consumers.join(', ') || 'nobody yet'
    }.`,
    messages: { [type]: { $ref: `#/components/messages/${type}` } },
  };
}

function operations(type: EventType): [string, JsonObject][] {
  const def = EVENT_CATALOG[type];
  const ref = {
    channel: { $ref: `#/channels/${type}` },
    messages: [{ $ref: `#/channels/${type}/messages/${type}` }],
  };
  const send: [string, JsonObject] = [
    `${def.producer}.send.${type}`,
    {
      action: 'send',
      ...ref,
      summary: `${def.producer} publishes ${type} (through its outbox)`,
      tags: [{ name: def.producer }],
    },
  ];
  const receives = def.consumers.map((consumer): [string, JsonObject] => [
    `${consumer}.receive.${type}`,
    {
      action: 'receive',
      ...ref,
      summary: `${consumer} consumes ${type} (durable pull consumers named ${consumer}__<handler>)`,
      tags: [{ name: consumer }],
    },
  ]);
  return [send, ...receives];
}

/** The AsyncAPI 3 description of every event in the catalog: channels, messages, payloads, publishers and consumers. */
export function buildAsyncApi(): JsonObject {
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Elo events',
      version: '1.0.0',
      description:
        'Domain events between Elo services over NATS JetStream. Every message is a CloudEvents 1.0 event in ' +
        'structured mode (the body is the whole event as JSON) with the correlationid and causationid extensions. ' +
        'Subjects are elo.<producer>.<type>; each producer has one stream ELO_<PRODUCER>.',
    },
    defaultContentType: 'application/cloudevents+json',
    servers: {
      nats: { host: '127.0.0.1:4222', protocol: 'nats', description: 'The NATS server (JetStream enabled)' },
    },
    channels: Object.fromEntries(EVENT_TYPES.map((type) => [type, channel(type)])),
    operations: Object.fromEntries(EVENT_TYPES.flatMap(operations)),
    components: { messages: Object.fromEntries(EVENT_TYPES.map((type) => [type, message(type)])) },
  };
}
