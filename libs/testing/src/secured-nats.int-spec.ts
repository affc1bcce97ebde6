import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, nkeyAuthenticator, type NatsConnection } from '@nats-io/transport-node';
import { createUser } from '@nats-io/nkeys';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { EVENT_CATALOG, streamName, streamSubjects } from '@elo/contracts';
import { freePort, spawnNatsServerWithConfig, stopChild, writeSecuredNats } from '@elo/stack';
import { expectEventually } from './expect-eventually';

/** The permission violations the server reported to this connection, as `operation subject`. */
function violations(nc: NatsConnection): string[] {
  const seen: string[] = [];
  void (async () => {
    for await (const status of nc.status()) {
      if (status.type === 'error' && status.error.name === 'PermissionViolationError') {
        const error = status.error as Error & { operation: string; subject: string };
        seen.push(`${error.operation} ${error.subject}`);
      }
    }
  })();
  return seen;
}

describe('a nats-server run with the rendered config (per-service nkeys and permissions)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'elo-secured-nats-'));
  let server: ChildProcess;
  let url: string;
  let seeds: Record<string, string>;
  const open: NatsConnection[] = [];

  const as = async (service: string) => {
    const nc = await connect({
      servers: url,
      authenticator: nkeyAuthenticator(new TextEncoder().encode(seeds[service])),
    });
    open.push(nc);
    return nc;
  };

  beforeAll(async () => {
    const port = await freePort();
    const files = writeSecuredNats(join(dir, 'credentials'), {
      host: '127.0.0.1',
      port,
      storeDir: join(dir, 'store'),
    });
    seeds = Object.fromEntries(
      Object.entries(files.serviceEnv).map(([s, env]) => [s, readFileSync(env.NATS_NKEY_SEED_FILE, 'utf8')]),
    );
    server = await spawnNatsServerWithConfig(files.configPath, port);
    url = `nats://127.0.0.1:${port}`;
  }, 30_000);

  afterAll(async () => {
    for (const nc of open) await nc.close();
    await stopChild(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a client without credentials, and one with a seed the server does not know', async () => {
    await expect(connect({ servers: url, reconnect: false })).rejects.toThrow(/authoriz/i);
    const stranger = new TextDecoder().decode(createUser().getSeed());
    await expect(
      connect({
        servers: url,
        reconnect: false,
        authenticator: nkeyAuthenticator(new TextEncoder().encode(stranger)),
      }),
    ).rejects.toThrow(/authoriz/i);
  });

  it('lets the directory subscribe to its own patterns but not to plan-tracking.>', async () => {
    const nc = await as('directory');
    const seen = violations(nc);
    nc.subscribe('directory.institution.get');
    nc.subscribe('plan-tracking.>');
    await nc.flush();
    await expectEventually(() => expect(seen).toContain('subscription plan-tracking.>'));
    expect(seen.filter((v) => v.includes('directory.institution.get'))).toEqual([]);
  });

  it('lets the directory publish its own events but not another service’s', async () => {
    const nc = await as('directory');
    const seen = violations(nc);
    const own = EVENT_CATALOG['institution.created'].subject;
    const foreign = Object.values(EVENT_CATALOG).find((e) => e.producer === 'plan-tracking')?.subject ?? '';
    expect(foreign).not.toBe('');
    nc.publish(own);
    nc.publish(foreign);
    await nc.flush();
    await expectEventually(() => expect(seen).toContain(`publish ${foreign}`));
    expect(seen).not.toContain(`publish ${own}`);
  });

  it('lets the directory use its own stream through the JetStream API but not read another’s', async () => {
    const nc = await as('directory');
    const seen = violations(nc);
    // Its own stream answers (here: not found yet), so the API is reachable with these credentials.
    const ownAnswer = await nc.request('$JS.API.STREAM.INFO.ELO_DIRECTORY', undefined, { timeout: 5_000 });
    expect(ownAnswer.string()).toContain('stream not found');
    for (const subject of [
      '$JS.API.STREAM.INFO.ELO_PLAN_TRACKING',
      '$JS.API.STREAM.MSG.GET.ELO_PLAN_TRACKING',
      '$JS.API.CONSUMER.CREATE.ELO_PLAN_TRACKING.directory__x',
    ]) {
      nc.publish(subject);
    }
    await nc.flush();
    await expectEventually(() =>
      expect(seen).toEqual(
        expect.arrayContaining([
          'publish $JS.API.STREAM.INFO.ELO_PLAN_TRACKING',
          'publish $JS.API.STREAM.MSG.GET.ELO_PLAN_TRACKING',
          'publish $JS.API.CONSUMER.CREATE.ELO_PLAN_TRACKING.directory__x',
        ]),
      ),
    );
  });

  it('lets a service read its own and consumed streams by direct get, and refuses the others', async () => {
    const subject = EVENT_CATALOG['institution.created'].subject;
    const owner = await as('directory');
    const stream = streamName('directory');
    await (
      await jetstreamManager(owner)
    ).streams.add({ name: stream, subjects: [streamSubjects('directory')], allow_direct: true });
    await jetstream(owner).publish(subject, '{}');
    // By sequence (`$JS.API.DIRECT.GET.<stream>`) and last by subject (`….<stream>.<subject>`).
    for (const service of ['directory', 'plan-tracking'] as const) {
      const nc = await as(service);
      const seen = violations(nc);
      const direct = (await jetstreamManager(nc)).direct;
      expect(await direct.getMessage(stream, { seq: 1 })).toMatchObject({ subject, seq: 1 });
      expect(await direct.getMessage(stream, { last_by_subj: subject })).toMatchObject({ subject, seq: 1 });
      expect(seen).toEqual([]);
    }
    const outsider = await as('gateway');
    const seen = violations(outsider);
    outsider.publish(`$JS.API.DIRECT.GET.${stream}`);
    outsider.publish(`$JS.API.DIRECT.GET.${stream}.${subject}`);
    await outsider.flush();
    await expectEventually(() =>
      expect(seen).toEqual([
        `publish $JS.API.DIRECT.GET.${stream}`,
        `publish $JS.API.DIRECT.GET.${stream}.${subject}`,
      ]),
    );
  });

  it('lets a consumer manage its own durables on the stream it consumes', async () => {
    const nc = await as('plan-tracking');
    const seen = violations(nc);
    const answer = await nc.request('$JS.API.CONSUMER.INFO.ELO_DIRECTORY.plan-tracking__probe', undefined, {
      timeout: 5_000,
    });
    expect(answer.string()).toContain('not found');
    expect(seen).toEqual([]);
  });
});
