import { readFileSync } from 'node:fs';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { MongoClient } from 'mongodb';
import type { RunningService } from '@elo/runtime';
import { expectEventually, startMongo, startNats, type TestMongo, type TestNats } from '@elo/testing';
import { startPartnerships } from '../bootstrap';
import { partnershipsConfigSchema, type PartnershipsConfig } from '../config';
import { InstitutionCopyRepository } from '@elo/institution-copy';
import { publishedPerType } from '../test-fixtures/published-events';
import { acronymsOf, parsePartnershipSeed } from './partnership-seed';
import { PartnershipSeeder } from './partnership.seeder';

describe('demo agreements seed', () => {
  let nats: TestNats;
  let mongo: TestMongo;
  let db: MongoClient;
  let nc: NatsConnection;
  let config: PartnershipsConfig;
  let service: RunningService | undefined;

  beforeAll(async () => {
    nats = await startNats({ requireOwned: true });
    mongo = await startMongo();
    db = await MongoClient.connect(mongo.url);
    nc = await connect({ servers: nats.url });
    config = partnershipsConfigSchema.parse({
      NATS_URL: nats.url,
      MONGO_URL: mongo.url,
      ELO_DB_PREFIX: mongo.dbName('partnerships-seed'),
      PARTNERSHIPS_SEED: 'true',
      PARTNERSHIPS_HTTP_PORT: '0',
      LOG_LEVEL: 'warn',
    });
  }, 60_000);

  afterAll(async () => {
    await service?.close();
    await db?.close();
    await nc?.close();
    await mongo?.stop();
    await nats?.stop();
  });

  const published = () => publishedPerType(nc);

  it('waits for the institutions it names, inserts every record once, and a restart inserts nothing', async () => {
    const records = parsePartnershipSeed(JSON.parse(readFileSync(config.PARTNERSHIPS_SEED_FILE, 'utf8')));
    const agreements = db.db(`${config.ELO_DB_PREFIX}-partnerships`).collection('partnerships');
    service = await startPartnerships(config);
    // Nothing can be seeded before the directory's institutions are known.
    expect(await agreements.countDocuments()).toBe(0);
    const acronyms = [...new Set(records.flatMap(acronymsOf))];
    for (const [i, acronym] of acronyms.entries()) {
      const id = (i + 1).toString(16).padStart(24, '0');
      await service.app
        .get(InstitutionCopyRepository)
        .apply({ id, acronym, name: acronym, kind: 'federal_body', networks: [], version: 1 });
    }
    await expectEventually(async () => expect(await agreements.countDocuments()).toBe(records.length), {
      timeoutMs: 20_000,
    });
    expect(await agreements.countDocuments({ demo: true })).toBe(records.length);
    // Each record's events went out through the outbox: one signed per agreement past negotiation.
    const signedOnes = records.filter((r) => !['draft', 'negotiation'].includes(r.status)).length;
    const inForceOnes = records.filter((r) => ['in_force', 'suspended', 'expired'].includes(r.status)).length;
    const sharing = records.filter((r) => (r as { dataSharing?: unknown }).dataSharing).length;
    expect(signedOnes).toBeGreaterThan(0);
    await expectEventually(async () =>
      expect(await agreements.countDocuments({ 'outbox.0': { $exists: true } })).toBe(0),
    );
    const expected = {
      'partnership.signed': signedOnes,
      'partnership.in-force': inForceOnes,
      ...(sharing ? { 'partnership.data-sharing-changed': sharing } : {}),
    };
    await expectEventually(async () => expect(await published()).toMatchObject(expected));

    await service.close();
    service = await startPartnerships(config);
    // Joins (or makes) a complete run of the restarted seeder: it inserts nothing and waits for nothing.
    expect(await service.app.get(PartnershipSeeder).runNow()).toBe(0);
    expect(await agreements.countDocuments()).toBe(records.length);
    expect(await published()).toMatchObject(expected);
  });
});
