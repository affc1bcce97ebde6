import { createCloudEvent } from '@elo/contracts';
import { EventPublisher } from '@elo/events';
import { expectEventually } from '@elo/testing';
import { A, agencyA } from '../test-fixtures/callers';
import { startHarness, type NotificationsHarness } from '../test-fixtures/in-process';

const EVENTS = 60;

describe('two replicas of the service', () => {
  let h: NotificationsHarness;

  beforeAll(async () => {
    h = await startHarness({
      NOTIFICATIONS_RETRY_SCHEDULE_MS: '0,100,100',
      NOTIFICATIONS_RETRY_JITTER: '0',
      // Both look for due messages often, so their claims meet.
      NOTIFICATIONS_POLL_MS: '10',
    });
    await h.replica();
  }, 60_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('never both deliver the same attempt: each message is sent once and logged once', async () => {
    const ep = await h.endpoint(agencyA, '/shared');
    const publisher = h.service.app.get(EventPublisher);
    const ids = [];
    for (let i = 0; i < EVENTS; i++) {
      const event = createCloudEvent(
        'partnership.signed',
        `R${i}`,
        {
          partnershipId: `R${i}`,
          title: `Acordo ${i}`,
          kind: 'bilateral',
          partnerInstitutionIds: [A],
          activityCodes: [],
          signedAt: '2026-01-01T00:00:00.000Z',
        },
        { producer: 'partnerships', correlationId: `r-${i}` },
      );
      ids.push(`msg_${event.id}`);
      await publisher.publish(event);
    }
    await expectEventually(
      async () => {
        const page = await h.call(agencyA, 'notifications.message.list', { id: ep.id, limit: 100 });
        expect(page.items.map((m) => m.status)).toEqual(Array(EVENTS).fill('succeeded'));
      },
      { timeoutMs: 30_000 },
    );
    expect(
      h.receiver
        .on('/shared')
        .map((r) => r.webhookId)
        .sort(),
    ).toEqual([...ids].sort());
    const attempts = await h.call(agencyA, 'notifications.attempt.list', { id: ep.id, limit: 100 });
    expect(attempts.items).toHaveLength(EVENTS);
    expect(h.receiver.unverified).toEqual([]);
  });
});
