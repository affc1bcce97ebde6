import type { INestApplication } from '@nestjs/common';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { MongoClient } from 'mongodb';
import type { Caller } from '@elo/contracts';
import type { RunningService } from '@elo/runtime';
import { expectEventually, startMongo, startNats, type TestMongo, type TestNats } from '@elo/testing';
import { startPartnerships } from '../bootstrap';
import type { Clock } from '../common/clock';
import { partnershipsConfigSchema } from '../config';
import { InstitutionCopyRepository } from '@elo/institution-copy';
import { CommitmentService } from '../partnerships/commitment.service';
import { PartnershipService } from '../partnerships/partnership.service';
import { publishedPerType } from '../test-fixtures/published-events';
import { CalendarChecker } from './calendar.checker';

const PRF = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const PF = 'bbbbbbbbbbbbbbbbbbbbbbbb';
const COORDINATOR: Caller = {
  clientId: 'coord',
  institutionId: 'cccccccccccccccccccccccc',
  roles: ['coordinator'],
};

/** One clock for both replicas, moved by the test. */
class TestClock implements Clock {
  constructor(private at: Date) {}
  now(): Date {
    return this.at;
  }
  set(iso: string): void {
    this.at = new Date(iso);
  }
}

describe('calendar job: in force, expiring 90/30/7, overdue commitments and expiry, once across replicas and restarts', () => {
  let nats: TestNats;
  let mongo: TestMongo;
  let nc: NatsConnection;
  let db: MongoClient;
  const replicas: RunningService[] = [];
  const clock = new TestClock(new Date('2025-06-01T12:00:00Z'));
  const prefix = 'partnerships-calendar';
  let dbPrefix: string | undefined;
  // One database for every replica (dbName is unique per call).
  const config = () =>
    partnershipsConfigSchema.parse({
      NATS_URL: nats.url,
      MONGO_URL: mongo.url,
      ELO_DB_PREFIX: (dbPrefix ??= mongo.dbName(prefix)),
      PARTNERSHIPS_HTTP_PORT: '0',
      // The test runs the calendar itself (and each replica once at boot).
      PARTNERSHIPS_CALENDAR_CHECK_MS: String(24 * 3_600_000),
      LOG_LEVEL: 'warn',
    });
  const app = (i: number): INestApplication => {
    const replica = replicas[i];
    if (!replica) throw new Error(`no replica ${i}`);
    return replica.app;
  };

  beforeAll(async () => {
    nats = await startNats({ requireOwned: true });
    mongo = await startMongo();
    replicas.push(await startPartnerships(config(), clock), await startPartnerships(config(), clock));
    nc = await connect({ servers: nats.url });
    db = await MongoClient.connect(mongo.url);
    for (const [id, acronym] of [
      [PRF, 'PRF'],
      [PF, 'PF'],
    ] as const)
      await app(0)
        .get(InstitutionCopyRepository)
        .apply({ id, acronym, name: acronym, kind: 'federal_body', networks: [], version: 1 });
  }, 60_000);

  afterAll(async () => {
    await nc?.close();
    await db?.close();
    for (const r of replicas) await r.close();
    await mongo?.stop();
    await nats?.stop();
  });

  /** Events per type once every outbox is drained: what JetStream stored, duplicates included. */
  async function published(): Promise<Record<string, number>> {
    const collection = db.db(config().ELO_DB_PREFIX + '-partnerships').collection('partnerships');
    await expectEventually(async () =>
      expect(await collection.countDocuments({ 'outbox.0': { $exists: true } })).toBe(0),
    );
    return publishedPerType(nc);
  }

  /** Both replicas run the calendar at the same moment. */
  const runBoth = () => Promise.all([0, 1].map((i) => app(i).get(CalendarChecker).check()));

  it('acts on each calendar fact once, whichever replica gets there and however often it runs', async () => {
    const service = app(0).get(PartnershipService);
    const created = await service.create(
      {
        kind: 'data_sharing',
        title: 'ACT PRF–PF',
        objective: 'Compartilhamento de dados',
        confidentiality: 'restricted',
        signedAt: '2025-05-30',
        effectiveFrom: '2025-06-02',
        effectiveUntil: '2025-12-31',
        parties: [
          { institutionId: PRF, role: 'signatory' },
          { institutionId: PF, role: 'signatory' },
        ],
        countries: ['BR'],
        activityCodes: ['2.1.3'],
        documents: [],
        dataSharing: {
          flows: [
            {
              categories: ['case_identifiers'],
              fromInstitutionId: PRF,
              toInstitutionId: PF,
              legalBasis: { article: 11, item: 'II', letter: 'b' },
              from: '2025-06-02',
              until: '2025-12-31',
            },
          ],
        },
      },
      COORDINATOR,
    );
    await service.transition(created.id, 'negotiation', 'minuta', COORDINATOR);
    await service.transition(created.id, 'signed', 'assinado', COORDINATOR);
    await app(1)
      .get(CommitmentService)
      .create(
        created.id,
        { description: 'Enviar relatório', responsibleInstitutionId: PRF, dueDate: '2025-11-30' },
        COORDINATOR,
      );

    // 1 June: signed, not yet in force (its first day is 2 June in São Paulo).
    await runBoth();
    expect((await service.get(created.id, COORDINATOR)).status).toBe('signed');
    clock.set('2025-06-02T03:00:00Z');
    await runBoth();
    await runBoth();
    expect(await published()).toMatchObject({ 'partnership.signed': 1, 'partnership.in-force': 1 });

    // 90 days before 31 December: 2 October.
    clock.set('2025-10-01T12:00:00Z');
    await runBoth();
    expect((await published())['partnership.expiring']).toBeUndefined();
    clock.set('2025-10-02T12:00:00Z');
    await runBoth();
    expect((await published())['partnership.expiring']).toBe(1);

    // A replica restarts (and runs the calendar at boot) on the same day: nothing again.
    await replicas[1]?.close();
    replicas[1] = await startPartnerships(config(), clock);
    await runBoth();
    expect((await published())['partnership.expiring']).toBe(1);

    // 1 December: 30 days left, and the commitment due 30 November is late.
    clock.set('2025-12-01T12:00:00Z');
    await runBoth();
    await runBoth();
    expect(await published()).toMatchObject({
      'partnership.expiring': 2,
      'partnership.commitment-overdue': 1,
    });

    clock.set('2025-12-24T12:00:00Z');
    await runBoth();
    expect((await published())['partnership.expiring']).toBe(3);

    // 02:30 UTC on 1 January is still 31 December in São Paulo: in force for three more hours.
    clock.set('2026-01-01T02:30:00Z');
    await runBoth();
    expect((await service.get(created.id, COORDINATOR)).status).toBe('in_force');
    clock.set('2026-01-01T03:00:00Z');
    await runBoth();
    await runBoth();
    const final = await published();
    expect(final).toEqual({
      'partnership.signed': 1,
      'partnership.in-force': 1,
      'partnership.expiring': 3,
      'partnership.commitment-overdue': 1,
      'partnership.expired': 1,
      // Created, then negotiation, signed, in force, expired: every change of the terms or the status carries them.
      'partnership.data-sharing-changed': 5,
    });
    const history = await service.history(created.id, COORDINATOR);
    expect(history.items.filter((h) => h.type === 'transition').map((h) => [h.to, h.by.clientId])).toEqual([
      ['negotiation', 'coord'],
      ['signed', 'coord'],
      ['in_force', 'system'],
      ['expired', 'system'],
    ]);
  });
});
