import type { INestApplication } from '@nestjs/common';
import {
  EVENT_CATALOG,
  createCloudEvent,
  type Caller,
  type EloCloudEvent,
  type EventPayload,
  type EventType,
} from '@elo/contracts';
import { DeadLetterService, EventPublisher } from '@elo/events';
import { InstitutionCopyRepository } from '@elo/institution-copy';
import { runWithContext } from '@elo/observability';
import { expectEventually } from '@elo/testing';
import { ActivityService } from '../activities/activity.service';
import { startPlanHarness, type PlanHarness } from '../test-fixtures/plan-harness';
import { EvidenceEventsHandler } from './evidence-events.handler';

const COORDINATOR: Caller = {
  clientId: 'coord',
  institutionId: '0123456789abcdef01234567',
  roles: ['coordinator'],
};

function event<T extends EventType>(type: T, subject: string, data: EventPayload<T>): EloCloudEvent<T> {
  return createCloudEvent(type, subject, data, {
    producer: EVENT_CATALOG[type].producer,
    correlationId: `test-${type}`,
  });
}

describe('events that become evidence (training.completed, partnership.signed) and institution copies', () => {
  let h: PlanHarness;
  let app: INestApplication;

  beforeAll(async () => {
    // Fast retries, so a failing event is retried within the test.
    process.env['ELO_EVENTS_BACKOFF_MS'] = '200,400,800';
    process.env['ELO_EVENTS_MAX_DELIVER'] = '4';
    h = await startPlanHarness('plan-events');
    ({ app } = h);
  }, 60_000);

  afterAll(async () => {
    delete process.env['ELO_EVENTS_BACKOFF_MS'];
    delete process.env['ELO_EVENTS_MAX_DELIVER'];
    await h?.stop();
  });

  const activity = (code: string) => app.get(ActivityService).get(code);

  const consumed = (handler: string, outcome: string) => h.consumed(handler, outcome);
  const publishAgain = (e: EloCloudEvent) => h.publishAgain(e);

  it('adds one evidence entry per activity and moves people-trained indicators once, even when delivered twice', async () => {
    await runWithContext({ correlationId: 'setup', caller: COORDINATOR }, () =>
      app.get(ActivityService).update(
        '2.5.1',
        {
          indicators: [
            { key: 'people', name: 'Pessoas capacitadas', unit: 'people_trained', baseline: 0, target: 1000 },
            {
              key: 'justice',
              name: 'Operadores do sistema de justiça capacitados',
              unit: 'people_trained',
              baseline: 0,
              target: 600,
              audiences: ['justice_system'],
            },
            { key: 'meetings', name: 'Reuniões', unit: 'meetings', baseline: 0, target: 20 },
          ],
        },
        COORDINATOR,
      ),
    );
    const training = event('training.completed', 'trn-jurisprudencia', {
      trainingId: 'trn-jurisprudencia',
      title: 'Curso virtual sobre jurisprudência sul-americana em tráfico de pessoas',
      activityCodes: ['2.5.1', '1.1.1'],
      completedAt: '2025-05-20T18:00:00.000Z',
      participants: [
        { audience: 'justice_system', count: 420 },
        { audience: 'law_enforcement', count: 180 },
        { audience: 'justice_system', count: 5 },
      ],
    });

    await app.get(EventPublisher).publish(training);
    await publishAgain(training);

    await expectEventually(async () =>
      expect(await consumed('record-training-evidence', 'duplicate')).toBe(1),
    );
    expect(await consumed('record-training-evidence', 'handled')).toBe(1);
    for (const code of ['2.5.1', '1.1.1']) {
      const evidence = (await activity(code)).evidence.filter((e) => e.sourceEventId === training.id);
      expect(evidence).toEqual([
        {
          id: `event-${training.id}`,
          kind: 'training',
          title: 'Curso virtual sobre jurisprudência sul-americana em tráfico de pessoas',
          date: '2025-05-20T18:00:00.000Z',
          sourceId: 'trn-jurisprudencia',
          sourceEventId: training.id,
          participants: [
            { audience: 'justice_system', count: 425 },
            { audience: 'law_enforcement', count: 180 },
          ],
        },
      ]);
    }
    const values = Object.fromEntries((await activity('2.5.1')).indicators.map((i) => [i.key, i.values]));
    expect(values).toEqual({
      people: [{ period: '2025-Q2', value: 605 }],
      justice: [{ period: '2025-Q2', value: 425 }],
      meetings: [],
    });

    // The effect itself is idempotent too, not only the backbone's processed-event record.
    await app.get(EvidenceEventsHandler).trainingCompleted(training);
    const again = await activity('2.5.1');
    expect(again.evidence.filter((e) => e.sourceEventId === training.id)).toHaveLength(1);
    expect(again.indicators.find((i) => i.key === 'people')?.values).toEqual([
      { period: '2025-Q2', value: 605 },
    ]);
  });

  it('adds a partnership agreement as evidence of the activities it names', async () => {
    const signed = event('partnership.signed', 'ptn-1', {
      partnershipId: 'ptn-1',
      title: 'Acordo de cooperação com o setor privado',
      kind: 'private_sector',
      partnerInstitutionIds: ['0123456789abcdef01234567', 'abcdefabcdefabcdefabcdef'],
      activityCodes: ['3.1.1'],
      signedAt: '2025-08-01T12:00:00.000Z',
    });
    await app.get(EventPublisher).publish(signed);
    const evidence = await expectEventually(async () => {
      const found = (await activity('3.1.1')).evidence.find((e) => e.sourceEventId === signed.id);
      expect(found).toBeDefined();
      return found;
    });
    expect(evidence).toMatchObject({
      kind: 'partnership',
      title: 'Acordo de cooperação com o setor privado',
      sourceId: 'ptn-1',
      institutionIds: ['0123456789abcdef01234567', 'abcdefabcdefabcdefabcdef'],
    });
  });

  it('sends an event naming an unknown activity code to the dead letters on its first delivery, writing nothing', async () => {
    const bad = event('training.completed', 'trn-bad', {
      trainingId: 'trn-bad',
      title: 'Capacitação com código inexistente',
      activityCodes: ['1.1.2', '9.9.9'],
      completedAt: '2025-06-01T12:00:00.000Z',
      participants: [{ audience: 'health', count: 30 }],
    });
    await app.get(EventPublisher).publish(bad);
    const letter = await expectEventually(async () => {
      const page = await app.get(DeadLetterService).list({ limit: 100 });
      const found = page.items.find((l) => l.eventId === bad.id);
      expect(found).toBeDefined();
      return found;
    });
    // Retrying cannot create the activity: no backoff, no MaxDeliver, straight to the dead letters.
    expect(letter).toMatchObject({
      handler: 'record-training-evidence',
      reason: 'permanent_error',
      deliveryCount: 1,
    });
    expect(await consumed('record-training-evidence', 'retried')).toBe(0);
    expect(letter?.error).toMatch(/9\.9\.9/);
    expect((await activity('1.1.2')).evidence).toEqual([]);
  });

  it('keeps the newest institution snapshot whatever order the events arrive in', async () => {
    const id = 'fedcba9876543210fedcba98';
    const base = { id, kind: 'federal_body' as const, networks: [] };
    const publisher = app.get(EventPublisher);
    await publisher.publish(
      event('institution.updated', id, { ...base, name: 'Novo nome', acronym: 'NOVO', version: 2 }),
    );
    await publisher.publish(
      event('institution.created', id, { ...base, name: 'Nome antigo', acronym: 'VELHO', version: 0 }),
    );
    await expectEventually(async () => {
      expect(await consumed('copy-institution-created', 'handled')).toBeGreaterThanOrEqual(1);
      expect(await consumed('copy-institution-updated', 'handled')).toBeGreaterThanOrEqual(1);
    });
    expect(await app.get(InstitutionCopyRepository).names([id])).toEqual(
      new Map([[id, { id, acronym: 'NOVO', name: 'Novo nome' }]]),
    );
  });
});
