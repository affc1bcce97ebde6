import {
  EVENT_CATALOG,
  EVENT_TYPES,
  GATEWAY_RATE_LIMIT_BUCKET,
  RPC_PATTERNS,
  isRoleAccess,
  durableName,
  replayBucketName,
  rpcDefinition,
  streamName,
  type ServiceName,
} from '@elo/contracts';

// The backbone's advisory stream (libs/events/src/advisories.ts; not imported: events starts no stacks).
const ADVISORY_STREAM = 'ELO_ADVISORIES';

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
 * - JetStream API: its own stream, consumers on the streams of the events it consumes, and its own
 *   key-value bucket of accepted caller-assertion ids (shared by its replicas).
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
    addStream(publish, own);
  }
  const consumed = EVENT_TYPES.filter((type) =>
    (EVENT_CATALOG[type].consumers as readonly string[]).includes(service),
  );
  // Every service but the gateway runs the event backbone (JetStreamModule), events of its own or not.
  if (service === 'gateway') {
    // The rate limiter's key-value bucket (RATE_LIMIT_BUCKET's default; another name needs its own grant).
    addKvBucket(publish, GATEWAY_RATE_LIMIT_BUCKET);
    return { publish: { allow: sorted(publish) }, subscribe: { allow: sorted(subscribe) } };
  }
  publish.add('$JS.API.INFO');
  // The caller-assertion ids its replicas accepted (bootstrapService), its own bucket only.
  addKvBucket(publish, replayBucketName(service));
  // The backbone declares (idempotently) every stream it reads too, so a consumer may create or
  // update the producer's stream, with the producer's config; it may never delete or purge it.
  for (const type of consumed) {
    const stream = streamName(EVENT_CATALOG[type].producer);
    addStream(publish, stream);
    // NATS wildcards match whole tokens only, so `<service>__*` would be a literal name: the durable
    // token is `*`. A service may thus touch any consumer of a stream it consumes (whose events it
    // may read anyway), never of one it does not. Narrowing to its own durables needs their handler
    // names in the catalog.
    addConsumer(publish, stream, '*');
  }
  // MAX_DELIVERIES advisories, kept in a shared stream; each service reads them through its own durable.
  addStream(publish, ADVISORY_STREAM);
  addConsumer(publish, ADVISORY_STREAM, durableName(service, 'max-deliveries'));
  return { publish: { allow: sorted(publish) }, subscribe: { allow: sorted(subscribe) } };
}

/**
 * Declaring and reading a stream: create/update (idempotent declarations), info, and reading a
 * message, by the leader (`STREAM.MSG.GET`) or any replica (direct get: `$JS.API.DIRECT.GET.<stream>`,
 * and `$JS.API.DIRECT.GET.<stream>.<subject>` for the last message of a subject; there is no
 * `STREAM.DIRECT.GET`). Never delete or purge.
 */
function addStream(publish: Set<string>, stream: string): void {
  for (const verb of ['CREATE', 'UPDATE', 'INFO', 'MSG.GET']) publish.add(`$JS.API.STREAM.${verb}.${stream}`);
  publish.add(`$JS.API.DIRECT.GET.${stream}`);
  publish.add(`$JS.API.DIRECT.GET.${stream}.>`);
}

function addKvBucket(publish: Set<string>, bucket: string): void {
  const stream = `KV_${bucket}`;
  publish.add(`$KV.${bucket}.>`);
  publish.add('$JS.API.INFO');
  for (const verb of ['CREATE', 'UPDATE', 'INFO', 'MSG.GET']) publish.add(`$JS.API.STREAM.${verb}.${stream}`);
  publish.add(`$JS.API.DIRECT.GET.${stream}.>`);
}

function addConsumer(publish: Set<string>, stream: string, durable: string): void {
  for (const verb of ['CREATE', 'DURABLE.CREATE', 'INFO', 'MSG.NEXT']) {
    publish.add(`$JS.API.CONSUMER.${verb}.${stream}.${durable}`);
    publish.add(`$JS.API.CONSUMER.${verb}.${stream}.${durable}.>`);
  }
  publish.add(`$JS.ACK.${stream}.${durable}.>`);
}
