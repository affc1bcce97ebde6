import {
  createCloudEvent,
  type Caller,
  type RpcPattern,
  type RpcRequest,
  type RpcResponse,
} from '@elo/contracts';
import { EventPublisher } from '@elo/events';
import type { RunningService } from '@elo/runtime';
import { codeOf, expectEventually } from '@elo/testing';
import { A, agencyA, agencyB, coordinator } from '../test-fixtures/callers';
import { startHarness, type NotificationsHarness } from '../test-fixtures/in-process';
import type { Receiver } from '../test-fixtures/receiver';

describe('webhook delivery', () => {
  let h: NotificationsHarness;
  let service: RunningService;
  let receiver: Receiver;

  const call = <P extends RpcPattern>(
    caller: Caller,
    pattern: P,
    input: RpcRequest<P>,
  ): Promise<RpcResponse<P>> => h.call(caller, pattern, input);
  const endpoint = (caller: Caller, path: string) => h.endpoint(caller, path);
  const messages = (id: string) => call(agencyA, 'notifications.message.list', { id, limit: 100 });
  const attempts = (id: string) => call(agencyA, 'notifications.attempt.list', { id, limit: 100 });

  beforeAll(async () => {
    // The schedule's time base is configuration: the same code, in milliseconds instead of hours.
    h = await startHarness({
      NOTIFICATIONS_RETRY_SCHEDULE_MS: '0,100,100,100',
      NOTIFICATIONS_RETRY_JITTER: '0',
      NOTIFICATIONS_POLL_MS: '50',
      NOTIFICATIONS_ENDPOINT_CONCURRENCY: '2',
    });
    ({ service, receiver } = h);
  }, 60_000);

  afterAll(async () => {
    await h?.stop();
  });

  afterEach(() => expect(receiver.unverified).toEqual([]));

  it('retries a 500 with the same webhook-id until a 200, and logs both attempts', async () => {
    const ep = await endpoint(agencyA, '/flaky');
    let calls = 0;
    receiver.answer('/flaky', (_req, res) => res.writeHead(++calls === 1 ? 500 : 200).end('ok'));
    const test = await call(agencyA, 'notifications.endpoint.test', { id: ep.id });
    await expectEventually(async () => expect((await messages(ep.id)).items[0]?.status).toBe('succeeded'));
    const got = receiver.on('/flaky');
    expect(got.map((r) => r.webhookId)).toEqual([test.webhookId, test.webhookId]);
    expect(got[0]?.body).toMatchObject({ type: 'notification.test', data: { endpointId: ep.id } });
    const log = (await attempts(ep.id)).items;
    expect(log.map((a) => [a.status, a.succeeded])).toEqual([
      [500, false],
      [200, true],
    ]);
  });

  it('honours Retry-After over a shorter schedule step', async () => {
    const ep = await endpoint(agencyA, '/busy');
    receiver.answer('/busy', (_req, res) => res.writeHead(503, { 'retry-after': '30' }).end());
    await call(agencyA, 'notifications.endpoint.test', { id: ep.id });
    await expectEventually(() => expect(receiver.on('/busy')).toHaveLength(1));
    const [attempt] = await expectEventually(async () => {
      const log = (await attempts(ep.id)).items;
      expect(log).toHaveLength(1);
      return log;
    });
    const message = await expectEventually(async () => {
      const item = (await messages(ep.id)).items[0];
      expect(item?.attempts).toBe(1);
      return item;
    });
    const waits = Date.parse(message?.nextAttemptAt ?? '') - Date.parse(attempt?.at ?? '');
    expect(waits).toBeGreaterThanOrEqual(30_000);
  });

  it('disables an endpoint that answers 410, and tells its institution through its other endpoints', async () => {
    const watcher = await endpoint(agencyA, '/watcher');
    const gone = await endpoint(agencyA, '/gone');
    receiver.answer('/gone', (_req, res) => res.writeHead(410).end());
    await call(agencyA, 'notifications.endpoint.test', { id: gone.id });
    await expectEventually(async () =>
      expect(await call(agencyA, 'notifications.endpoint.get', { id: gone.id })).toMatchObject({
        enabled: false,
        disabledReason: 'gone',
      }),
    );
    await expectEventually(() =>
      expect(receiver.on('/watcher').map((r) => r.body)).toContainEqual(
        expect.objectContaining({
          type: 'notification.endpoint-disabled',
          data: expect.objectContaining({ endpointId: gone.id }),
        }),
      ),
    );
    expect(watcher.enabled).toBe(true);
  });

  it('keeps delivering to a fast endpoint while a slow one holds all of its slots', async () => {
    const slow = await endpoint(agencyA, '/slow');
    const fast = await endpoint(agencyA, '/fast');
    const held: (() => void)[] = [];
    receiver.answer('/slow', (_req, res) => held.push(() => res.writeHead(200).end()));
    for (let i = 0; i < 4; i++) await call(agencyA, 'notifications.endpoint.test', { id: slow.id });
    for (let i = 0; i < 4; i++) await call(agencyA, 'notifications.endpoint.test', { id: fast.id });
    await expectEventually(async () =>
      expect((await messages(fast.id)).items.map((m) => m.status)).toEqual(Array(4).fill('succeeded')),
    );
    // Bounded per endpoint: the slow one has only its 2 slots in flight.
    expect(receiver.on('/slow')).toHaveLength(2);
    held.splice(0).forEach((release) => release());
    receiver.answer('/slow', (_req, res) => res.writeHead(200).end());
    await expectEventually(async () =>
      expect((await messages(slow.id)).items.map((m) => m.status)).toEqual(Array(4).fill('succeeded')),
    );
  });

  it('signs with both secrets during a rotation, each verifiable alone', async () => {
    const ep = await endpoint(agencyA, '/rotated');
    const oldIndex = receiver.secrets.length - 1;
    const rotated = await call(agencyA, 'notifications.endpoint.rotate-secret', { id: ep.id });
    receiver.secrets.push(rotated.secret);
    expect(rotated.secret).not.toBe(ep.secret);
    expect(rotated.previousSecretExpiresAt).toBeDefined();
    await call(agencyA, 'notifications.endpoint.test', { id: ep.id });
    await expectEventually(() => expect(receiver.on('/rotated')).toHaveLength(1));
    expect(receiver.on('/rotated')[0]?.verifiedBy).toEqual([oldIndex, receiver.secrets.length - 1]);
  });

  it('routes an event to the institutions it involves only, thin, and shows endpoints to no one else', async () => {
    const mine = await endpoint(agencyA, '/a-events');
    await endpoint(agencyB, '/b-events');
    const signed = createCloudEvent(
      'partnership.signed',
      'P1',
      {
        partnershipId: 'P1',
        title: 'Acordo secreto',
        kind: 'bilateral',
        partnerInstitutionIds: [A],
        activityCodes: [],
        signedAt: '2026-01-01T00:00:00.000Z',
      },
      { producer: 'partnerships', correlationId: 'c1' },
    );
    await service.app.get(EventPublisher).publish(signed);
    await expectEventually(() => expect(receiver.on('/a-events')).toHaveLength(1));
    const body = receiver.on('/a-events')[0]?.body;
    expect(body).toMatchObject({
      type: 'partnership.signed',
      data: { partnershipId: 'P1', status: 'signed' },
    });
    expect(JSON.stringify(body)).not.toContain('Acordo');
    expect(receiver.on('/b-events')).toHaveLength(0);
    expect(await codeOf(call(agencyB, 'notifications.endpoint.get', { id: mine.id }))).toBe(
      'NOTIFICATION.ENDPOINT_NOT_FOUND',
    );
    expect(await call(coordinator, 'notifications.endpoint.get', { id: mine.id })).toMatchObject({
      id: mine.id,
    });
    expect(await codeOf(call(coordinator, 'notifications.endpoint.rotate-secret', { id: mine.id }))).toBe(
      'NOTIFICATION.ENDPOINT_NOT_FOUND',
    );
  });
});
