import {
  EVENT_CATALOG,
  EVENT_TYPES,
  RPC_PATTERNS,
  isRoleAccess,
  rpcDefinition,
  streamName,
  type ServiceName,
} from '@elo/contracts';

/** A NATS user's subject permissions, as nats-server's `authorization.users[].permissions` takes them. */
export interface BusPermissions {
  publish: { allow: string[] };
  subscribe: { allow: string[] };
}

const sorted = (subjects: Iterable<string>) => [...new Set(subjects)].sort();

/**
 * What one service may do on the bus, derived from the catalogs only (so it grows with them):
 * - subscribe: its own RPC patterns and replies to its own requests;
 * - publish: replies, its own event subjects, and the RPC patterns it may call — for the gateway,
 *   every pattern with roles and every one declaring it `internal`; for another service, those
 *   declaring it `internal`;
 * - JetStream API: its own stream, and consumers on the streams of the events it consumes.
 */
export function busPermissions(service: ServiceName): BusPermissions {
  const publish = new Set<string>(['_INBOX.>']);
  const subscribe = new Set<string>(['_INBOX.>']);
  for (const pattern of RPC_PATTERNS) {
    if (pattern.startsWith(`${service}.`)) subscribe.add(pattern);
    const access = rpcDefinition(pattern).access;
    const callable = isRoleAccess(access)
      ? service === 'gateway'
      : (access.internal as readonly string[]).includes(service);
    if (callable) publish.add(pattern);
  }
  const own = streamName(service);
  const produces = EVENT_TYPES.filter((type) => EVENT_CATALOG[type].producer === service);
  if (produces.length > 0) {
    for (const type of produces) publish.add(EVENT_CATALOG[type].subject);
    for (const verb of ['CREATE', 'UPDATE', 'INFO', 'MSG.GET', 'DIRECT.GET']) {
      publish.add(`$JS.API.STREAM.${verb}.${own}`);
    }
  }
  const consumed = EVENT_TYPES.filter((type) =>
    (EVENT_CATALOG[type].consumers as readonly string[]).includes(service),
  );
  if (consumed.length > 0 || produces.length > 0) publish.add('$JS.API.INFO');
  for (const type of consumed) {
    const stream = streamName(EVENT_CATALOG[type].producer);
    // NATS wildcards match whole tokens only, so `<service>__*` would be a literal name: the durable
    // token is `*`. A service may thus touch any consumer of a stream it consumes (whose events it
    // may read anyway), never of one it does not. Narrowing to its own durables needs their handler
    // names in the catalog.
    const durables = '*';
    publish.add(`$JS.API.STREAM.INFO.${stream}`);
    for (const verb of ['CREATE', 'DURABLE.CREATE', 'INFO', 'MSG.NEXT']) {
      publish.add(`$JS.API.CONSUMER.${verb}.${stream}.${durables}`);
      publish.add(`$JS.API.CONSUMER.${verb}.${stream}.${durables}.>`);
    }
    publish.add(`$JS.ACK.${stream}.${durables}.>`);
  }
  return { publish: { allow: sorted(publish) }, subscribe: { allow: sorted(subscribe) } };
}
