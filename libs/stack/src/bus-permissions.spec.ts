import {
  EVENT_CATALOG,
  GATEWAY_RATE_LIMIT_BUCKET,
  RPC_PATTERNS,
  isRoleAccess,
  replayBucketName,
  rpcDefinition,
} from '@elo/contracts';
import { busPermissions } from './bus-permissions';

describe('busPermissions', () => {
  const directory = busPermissions('directory');
  const plan = busPermissions('plan-tracking');
  const gateway = busPermissions('gateway');

  it('lets a service subscribe to its own patterns only', () => {
    expect(directory.subscribe.allow).toContain('directory.institution.get');
    expect(directory.subscribe.allow.some((s) => s.startsWith('plan-tracking.'))).toBe(false);
    expect(directory.subscribe.allow).not.toContain('>');
    expect(directory.subscribe.allow.some((s) => s.startsWith('elo.'))).toBe(false);
  });

  it('lets a service publish its own events and not another service’s', () => {
    expect(directory.publish.allow).toContain(EVENT_CATALOG['institution.created'].subject);
    expect(directory.publish.allow.some((s) => s.startsWith('elo.plan-tracking.'))).toBe(false);
    expect(plan.publish.allow.some((s) => s.startsWith('elo.directory.'))).toBe(false);
  });

  it('gives JetStream API access to its own stream and to consumers of the streams it consumes only', () => {
    expect(directory.publish.allow).toContain('$JS.API.STREAM.INFO.ELO_DIRECTORY');
    expect(directory.publish.allow.some((s) => s.includes('ELO_PLAN_TRACKING'))).toBe(false);
    const onDirectory = plan.publish.allow.filter((s) => s.includes('ELO_DIRECTORY'));
    expect(onDirectory.filter((s) => s.startsWith('$JS.API.CONSUMER.')).length).toBeGreaterThan(0);
    for (const subject of onDirectory.filter((s) => s.startsWith('$JS.API.CONSUMER.'))) {
      // A whole-token wildcard: `plan-tracking__*` would be a literal name to nats-server.
      expect(subject).toMatch(/ELO_DIRECTORY\.\*(\.>)?$/);
    }
    // The backbone declares the streams it reads (idempotently), but never deletes or purges them.
    expect(plan.publish.allow).toContain('$JS.API.STREAM.CREATE.ELO_DIRECTORY');
    // Direct get, by sequence and last by subject: nats-server's `$JS.API.DIRECT.GET.<stream>[.<subject>]`.
    for (const service of [directory, plan]) {
      expect(service.publish.allow).toEqual(
        expect.arrayContaining(['$JS.API.DIRECT.GET.ELO_DIRECTORY', '$JS.API.DIRECT.GET.ELO_DIRECTORY.>']),
      );
    }
    expect(plan.publish.allow).toContain('$JS.API.DIRECT.GET.ELO_ADVISORIES');
    // No subject the server never serves (there is no `$JS.API.STREAM.DIRECT.GET`).
    for (const service of [directory, plan, gateway]) {
      expect(service.publish.allow.filter((s) => s.includes('STREAM.DIRECT'))).toEqual([]);
    }
    for (const service of [directory, plan, gateway]) {
      expect(service.publish.allow.some((s) => /\.(DELETE|PURGE)\./.test(s))).toBe(false);
    }
    // The gateway runs no event backbone: its only JetStream use is the rate limiter's bucket.
    const gatewayJs = gateway.publish.allow.filter((s) => s.startsWith('$JS.') || s.startsWith('$KV.'));
    expect(gatewayJs.filter((s) => s !== '$JS.API.INFO' && !s.includes(GATEWAY_RATE_LIMIT_BUCKET))).toEqual(
      [],
    );
    expect(gatewayJs).toContain(`$KV.${GATEWAY_RATE_LIMIT_BUCKET}.>`);
    // The shared advisory stream: each service through its own durable only.
    expect(plan.publish.allow).toContain(
      '$JS.API.CONSUMER.MSG.NEXT.ELO_ADVISORIES.plan-tracking__max-deliveries',
    );
    expect(plan.publish.allow.some((s) => s.includes('ELO_ADVISORIES.directory__'))).toBe(false);
    expect(plan.publish.allow.some((s) => s === '$JS.API.>' || s === '>')).toBe(false);
  });

  it('gives each service its own bucket of accepted caller-assertion ids, and no other service’s', () => {
    expect(directory.publish.allow).toContain(`$KV.${replayBucketName('directory')}.>`);
    expect(directory.publish.allow).toContain(`$JS.API.STREAM.CREATE.KV_${replayBucketName('directory')}`);
    expect(directory.publish.allow.some((s) => s.includes(replayBucketName('plan-tracking')))).toBe(false);
    expect(plan.publish.allow).toContain(`$JS.API.DIRECT.GET.KV_${replayBucketName('plan-tracking')}.>`);
  });

  it('lets the gateway publish only catalog patterns open to roles or to it', () => {
    const patterns = gateway.publish.allow.filter((s) => !s.startsWith('_INBOX.') && !s.startsWith('$'));
    for (const subject of patterns) expect(RPC_PATTERNS).toContain(subject);
    expect(patterns).toContain('directory.health.ready');
    const roleGated = RPC_PATTERNS.filter((p) => isRoleAccess(rpcDefinition(p).access));
    for (const pattern of roleGated) expect(patterns).toContain(pattern);
    expect(gateway.subscribe.allow).toEqual(['_INBOX.>']);
  });

  it('lets a service call only what the catalog declares it may (internal)', () => {
    expect(directory.publish.allow.some((s) => /^[a-z-]+\.[a-z-]+\.[a-z-]+$/.test(s))).toBe(false);
  });
});
