import type { Caller } from '@elo/contracts';
import { codeOf, expectEventually } from '@elo/testing';
import { agencyA, agencyB, coordinator } from '../test-fixtures/callers';
import { startHarness, type NotificationsHarness } from '../test-fixtures/in-process';

const SCHEDULE = [0, 50, 50];
const TUNING = {
  NOTIFICATIONS_RETRY_SCHEDULE_MS: SCHEDULE.join(','),
  NOTIFICATIONS_RETRY_JITTER: '0',
  NOTIFICATIONS_POLL_MS: '50',
};

describe('replaying and recovering deliveries', () => {
  let h: NotificationsHarness;
  const messages = (caller: Caller, id: string) =>
    h.call(caller, 'notifications.message.list', { id, limit: 100 });
  const attempts = (caller: Caller, id: string, messageId: string) =>
    h.call(caller, 'notifications.attempt.list', { id, messageId, limit: 100 });
  const statuses = async (caller: Caller, id: string) =>
    (await messages(caller, id)).items.map((m) => m.status);

  beforeAll(async () => {
    // The default limit (days): on a loaded machine a short one could disable an endpoint mid-test.
    h = await startHarness(TUNING);
  }, 60_000);

  afterAll(async () => {
    await h?.stop();
  });

  afterEach(() => expect(h.receiver.unverified).toEqual([]));

  it('replays a delivered message with its webhook-id, logging the new attempt after the first', async () => {
    const ep = await h.endpoint(agencyA, '/replayed');
    const sent = await h.call(agencyA, 'notifications.endpoint.test', { id: ep.id });
    await expectEventually(async () => expect(await statuses(agencyA, ep.id)).toEqual(['succeeded']));
    const replayed = await h.call(agencyA, 'notifications.message.replay', {
      id: ep.id,
      messageId: sent.id,
    });
    expect(replayed).toMatchObject({ id: sent.id, webhookId: sent.webhookId });
    await expectEventually(async () =>
      expect((await attempts(agencyA, ep.id, sent.id)).items.map((a) => a.succeeded)).toEqual([true, true]),
    );
    expect(h.receiver.on('/replayed').map((r) => r.webhookId)).toEqual([sent.webhookId, sent.webhookId]);
    await expectEventually(async () =>
      expect((await messages(agencyA, ep.id)).items).toEqual([
        expect.objectContaining({ status: 'succeeded', attempts: 1 }),
      ]),
    );
  });

  it('replays a dead message (its retries spent) from the start of the schedule', async () => {
    const ep = await h.endpoint(agencyA, '/dead');
    let up = false;
    h.receiver.answer('/dead', (_req, res) => res.writeHead(up ? 200 : 500).end());
    const sent = await h.call(agencyA, 'notifications.endpoint.test', { id: ep.id });
    await expectEventually(async () =>
      expect((await messages(agencyA, ep.id)).items).toEqual([
        expect.objectContaining({ status: 'failed', attempts: SCHEDULE.length }),
      ]),
    );
    up = true;
    await h.call(agencyA, 'notifications.message.replay', { id: ep.id, messageId: sent.id });
    await expectEventually(async () => expect(await statuses(agencyA, ep.id)).toEqual(['succeeded']));
    const log = (await attempts(agencyA, ep.id, sent.id)).items;
    expect(log.map((a) => a.status)).toEqual([500, 500, 500, 200]);
    expect(new Set(h.receiver.on('/dead').map((r) => r.webhookId))).toEqual(new Set([sent.webhookId]));
  });

  it('lets only the endpoint’s own institution replay or recover', async () => {
    const ep = await h.endpoint(agencyA, '/owned');
    const sent = await h.call(agencyA, 'notifications.endpoint.test', { id: ep.id });
    const replay = { id: ep.id, messageId: sent.id };
    const recover = { id: ep.id, since: new Date(0).toISOString() };
    for (const caller of [agencyB, coordinator]) {
      expect(await codeOf(h.call(caller, 'notifications.message.replay', replay))).toBe(
        'NOTIFICATION.ENDPOINT_NOT_FOUND',
      );
      expect(await codeOf(h.call(caller, 'notifications.endpoint.recover', recover))).toBe(
        'NOTIFICATION.ENDPOINT_NOT_FOUND',
      );
    }
    const unknown = { id: ep.id, messageId: '665f1c2e9b1e8a0000000000' };
    expect(await codeOf(h.call(agencyA, 'notifications.message.replay', unknown))).toBe(
      'NOTIFICATION.MESSAGE_NOT_FOUND',
    );
  });
});

describe('an endpoint failing past the limit', () => {
  let h: NotificationsHarness;
  const messages = (caller: Caller, id: string) =>
    h.call(caller, 'notifications.message.list', { id, limit: 100 });
  const statuses = async (caller: Caller, id: string) =>
    (await messages(caller, id)).items.map((m) => m.status);

  beforeAll(async () => {
    // Failing "for 5 days" in a test's time base.
    h = await startHarness({ ...TUNING, NOTIFICATIONS_DISABLE_AFTER_MS: '1500' });
  }, 60_000);

  afterAll(async () => {
    await h?.stop();
  });

  afterEach(() => expect(h.receiver.unverified).toEqual([]));

  it('disables an endpoint failing past the limit, tells its institution, and recovers its failures once re-enabled', async () => {
    const watcher = await h.endpoint(agencyB, '/b-watcher');
    const ep = await h.endpoint(agencyB, '/down');
    let up = false;
    h.receiver.answer('/down', (_req, res) => res.writeHead(up ? 204 : 503).end());
    const since = new Date().toISOString();
    // Test messages keep failing until the endpoint has failed for longer than the limit.
    await expectEventually(
      async () => {
        await h.call(agencyB, 'notifications.endpoint.test', { id: ep.id });
        expect(await h.call(agencyB, 'notifications.endpoint.get', { id: ep.id })).toMatchObject({
          enabled: false,
          disabledReason: 'failing',
        });
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    await expectEventually(() =>
      expect(h.receiver.on('/b-watcher').map((r) => r.body)).toContainEqual({
        type: 'notification.endpoint-disabled',
        timestamp: expect.any(String),
        data: expect.objectContaining({ endpointId: ep.id, status: 'disabled-failing' }),
      }),
    );
    // Disabled: whatever was pending fails without being sent.
    const failed = await expectEventually(async () => {
      const items = (await messages(agencyB, ep.id)).items;
      expect(items.map((m) => m.status)).toEqual(Array(items.length).fill('failed'));
      return items;
    });
    expect(failed.length).toBeGreaterThan(1);

    expect(await codeOf(h.call(agencyA, 'notifications.endpoint.recover', { id: ep.id, since }))).toBe(
      'NOTIFICATION.ENDPOINT_NOT_FOUND',
    );
    const updated = await h.call(agencyB, 'notifications.endpoint.update', {
      id: ep.id,
      changes: { enabled: true },
    });
    expect(updated.enabled).toBe(true);
    expect(updated.disabledReason).toBeUndefined();
    up = true;
    const later = new Date(Date.now() + 60_000).toISOString();
    expect(await h.call(agencyB, 'notifications.endpoint.recover', { id: ep.id, since: later })).toEqual({
      resent: 0,
    });
    expect(await h.call(agencyB, 'notifications.endpoint.recover', { id: ep.id, since })).toEqual({
      resent: failed.length,
    });
    await expectEventually(async () =>
      expect(await statuses(agencyB, ep.id)).toEqual(Array(failed.length).fill('succeeded')),
    );
    const delivered = h.receiver.on('/down').filter((r) => failed.some((m) => m.webhookId === r.webhookId));
    expect(new Set(delivered.map((r) => r.webhookId))).toEqual(new Set(failed.map((m) => m.webhookId)));
    expect(watcher.enabled).toBe(true);
  });
});
