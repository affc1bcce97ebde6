import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { MongoClient } from 'mongodb';
import { streamName, type EloCloudEvent } from '@elo/contracts';
import { InstitutionCopyRepository } from '@elo/institution-copy';
import { RpcClient, RpcClientModule } from '@elo/messaging';
import type { RunningService } from '@elo/runtime';
import { codeOf, expectEventually, startMongo, startNats, type TestMongo, type TestNats } from '@elo/testing';
import { AgreementCopy } from './agreements/agreement-copy';
import { AuditLog } from './audit/audit.log';
import { startReferrals } from './bootstrap';
import { agency, COORDINATOR, CREAS, newCase, NGO, OTHER, PF, PLAIN, TestClock } from './testing/fixtures';
import { CaseService } from './cases/case.service';
import { referralsConfigSchema } from './config';
import { IdentifierCipher } from './crypto/identifier-cipher';
import { Reencryption } from './crypto/reencryption';
import { OverdueJob } from './referrals/overdue.job';
import { ReferralService } from './referrals/referral.service';

describe('referrals service', () => {
  let nats: TestNats;
  let mongo: TestMongo;
  let nc: NatsConnection;
  let db: MongoClient;
  let client: INestApplicationContext;
  const replicas: RunningService[] = [];
  const clock = new TestClock(new Date('2026-12-03T10:00:00Z'));
  const dataDir = mkdtempSync(join(tmpdir(), 'elo-referrals-'));
  let dbPrefix: string | undefined;
  const config = () =>
    referralsConfigSchema.parse({
      NODE_ENV: 'test',
      NATS_URL: nats.url,
      MONGO_URL: mongo.url,
      ELO_DB_PREFIX: (dbPrefix ??= mongo.dbName('referrals')),
      REFERRALS_HTTP_PORT: '0',
      ELO_DATA_DIR: dataDir,
      REFERRALS_OVERDUE_CHECK_MS: String(3_600_000),
      LOG_LEVEL: 'warn',
    });
  const app = (i = 0) => replicas[i].app;
  const cases = () => app().get(CaseService);
  const referrals = (i = 0) => app(i).get(ReferralService);
  const database = () => db.db(`${config().ELO_DB_PREFIX}-referrals`);

  beforeAll(async () => {
    nats = await startNats({ requireOwned: true });
    mongo = await startMongo();
    replicas.push(await startReferrals(config(), clock), await startReferrals(config(), clock));
    nc = await connect({ servers: nats.url });
    db = await MongoClient.connect(mongo.url);
    client = await NestFactory.createApplicationContext(
      RpcClientModule.forRoot({ servers: [nats.url], name: 'test', timeoutMs: 20_000 }),
      { logger: false },
    );
    const copy = app().get(InstitutionCopyRepository);
    await copy.apply({
      id: CREAS,
      acronym: 'CREAS',
      name: 'CREAS DF',
      kind: 'municipal_body',
      networks: [],
      version: 1,
    });
    await copy.apply({
      id: NGO,
      acronym: 'ONG',
      name: 'Abrigo',
      kind: 'civil_society',
      networks: [],
      version: 1,
    });
    await copy.apply({
      id: PF,
      acronym: 'PF',
      name: 'Polícia Federal',
      kind: 'federal_body',
      networks: [],
      version: 1,
    });
    await copy.apply({
      id: OTHER,
      acronym: 'OUT',
      name: 'Outra',
      kind: 'civil_society',
      networks: [],
      version: 1,
    });
  }, 60_000);

  afterAll(async () => {
    await client?.close();
    await nc?.close();
    await db?.close();
    for (const r of replicas) await r.close();
    await mongo?.stop();
    await nats?.stop();
  });

  it('answers readiness over NATS once its database and the bus are up', async () => {
    const report = await client.get(RpcClient).send('referrals.health.ready', {});
    expect(report).toEqual({ service: 'referrals', ready: true, checks: expect.any(Object) });
  });

  it('refuses a CPF whose check digits do not match, storing nothing', async () => {
    const before = await database().collection('cases').countDocuments();
    expect(await codeOf(cases().create(newCase({ ...PLAIN, cpf: '529.982.247-26' }), agency(CREAS)))).toBe(
      'REFERRAL.INVALID_CPF',
    );
    expect(await database().collection('cases').countDocuments()).toBe(before);
  });

  it('stores no plaintext identifier in any collection, the outbox included', async () => {
    const created = await cases().create(newCase(), agency(CREAS));
    await referrals().send(
      { caseId: created.id, receiverInstitutionId: NGO, service: 'shelter', urgency: 'high' },
      agency(CREAS),
    );
    expect(await cases().identifiers(created.id, 'Checking the intake record', agency(CREAS))).toEqual({
      ...PLAIN,
      cpf: '52998224725',
    });
    const needles = [...Object.values(PLAIN), '52998224725', 'Joana', 'Acácias', '998765432'];
    const collections = await database().collections();
    expect(collections.map((c) => c.collectionName)).toEqual(
      expect.arrayContaining(['cases', 'referrals', 'audit', 'data_keys']),
    );
    for (const collection of collections) {
      for (const doc of await collection.find({}).toArray()) {
        const raw = JSON.stringify(doc);
        for (const needle of needles)
          expect({ collection: collection.collectionName, found: raw.includes(needle) }).toEqual({
            collection: collection.collectionName,
            found: false,
          });
      }
    }
  });

  it('shares identifiers only as the rule decides, and records why', async () => {
    const created = await cases().create(newCase(), agency(CREAS));
    const toNgo = await referrals().send(
      { caseId: created.id, receiverInstitutionId: NGO, service: 'shelter', urgency: 'normal' },
      agency(CREAS),
    );
    expect(toNgo.sharing).toEqual({ identifiers: false, reason: 'no_agreement_in_force' });
    expect(await codeOf(referrals().identifiers(toNgo.id, 'Shelter intake form', agency(NGO)))).toBe(
      'REFERRAL.IDENTIFIERS_NOT_SHARED',
    );

    const toPf = await referrals().send(
      { caseId: created.id, receiverInstitutionId: PF, service: 'investigation', urgency: 'high' },
      agency(CREAS),
    );
    expect(toPf.sharing).toEqual({ identifiers: true, reason: 'public_body_11_II_b' });
    expect((await referrals().identifiers(toPf.id, 'Opening an inquiry', agency(PF))).cpf).toBe(
      '52998224725',
    );

    await app()
      .get(AgreementCopy)
      .changed({
        data: {
          partnershipId: 'ffffffffffffffffffffffff',
          kind: 'cooperation_agreement',
          status: 'in_force',
          inForce: true,
          version: 3,
          institutionIds: [CREAS, NGO],
          terms: {
            flows: [
              {
                categories: ['case_identifiers'],
                fromInstitutionId: CREAS,
                toInstitutionId: NGO,
                legalBasis: { article: 11, item: 'II', letter: 'b' },
                from: '2026-01-01',
                until: '2027-12-31',
              },
            ],
          },
        },
      } as unknown as EloCloudEvent<'partnership.data-sharing-changed'>);
    const again = await referrals().send(
      { caseId: created.id, receiverInstitutionId: NGO, service: 'shelter', urgency: 'normal' },
      agency(CREAS),
    );
    expect(again.sharing).toEqual({ identifiers: true, reason: 'agreement_in_force' });
    expect((await referrals().identifiers(again.id, 'Shelter intake form', agency(NGO))).name).toBe(
      PLAIN.name,
    );
  });

  it('shows a referral to its parties and coordinators (core only), never to a third institution', async () => {
    const created = await cases().create(newCase(), agency(CREAS));
    const sent = await referrals().send(
      { caseId: created.id, receiverInstitutionId: PF, service: 'investigation', urgency: 'normal' },
      agency(CREAS),
    );
    expect((await referrals().get(sent.id, agency(PF))).core?.exploitation).toEqual(['slavery_like_labour']);
    const seen = await referrals().get(sent.id, COORDINATOR);
    expect(seen.identifiers).toBeUndefined();
    expect(await codeOf(referrals().identifiers(sent.id, 'Just looking around', COORDINATOR))).toBe(
      'REFERRAL.NOT_FOUND',
    );
    expect(await codeOf(referrals().get(sent.id, agency(OTHER)))).toBe('REFERRAL.NOT_FOUND');
    expect(await codeOf(cases().get(created.id, agency(PF)))).toBe('REFERRAL.CASE_NOT_FOUND');
    const inbox = await referrals().box('inbox', { limit: 50 }, agency(PF));
    expect(inbox.items.map((r) => r.id)).toContain(sent.id);
    expect((await referrals().box('inbox', { limit: 50 }, agency(OTHER))).items).toEqual([]);
  });

  it('lets exactly one of two concurrent transitions win; the loser gets a conflict', async () => {
    const created = await cases().create(newCase(), agency(CREAS));
    const sent = await referrals().send(
      { caseId: created.id, receiverInstitutionId: NGO, service: 'shelter', urgency: 'normal' },
      agency(CREAS),
    );
    const outcomes = await Promise.all([
      codeOf(referrals(0).transition(sent.id, { to: 'accepted' }, agency(NGO))),
      codeOf(referrals(1).transition(sent.id, { to: 'rejected', reason: 'No vacancy tonight' }, agency(NGO))),
    ]);
    expect([...outcomes].sort()).toEqual(['REFERRAL.INVALID_TRANSITION', 'ok']);
    const after = await referrals().get(sent.id, agency(CREAS));
    expect(after.status).toBe(outcomes[0] === 'ok' ? 'accepted' : 'rejected');
    expect(after.version).toBe(sent.version + 1);
    expect(
      await codeOf(referrals().transition(sent.id, { to: 'completed', outcome: 'Done' }, agency(CREAS))),
    ).toBe('REFERRAL.NOT_RECEIVER');
  });

  it('escalates an unanswered referral once, across two replicas and a restart', async () => {
    const created = await cases().create(newCase(), agency(CREAS));
    await referrals().send(
      {
        caseId: created.id,
        receiverInstitutionId: PF,
        service: 'protection_programme',
        urgency: 'life_risk',
      },
      agency(CREAS),
    );
    clock.advanceHours(5);
    const claims = await Promise.all([app(0).get(OverdueJob).runNow(), app(1).get(OverdueJob).runNow()]);
    expect(claims[0] + claims[1]).toBeGreaterThanOrEqual(1);
    const overdue = async () => {
      await expectEventually(async () =>
        expect(
          await database()
            .collection('referrals')
            .countDocuments({ 'outbox.0': { $exists: true } }),
        ).toBe(0),
      );
      const info = await (
        await jetstreamManager(nc)
      ).streams.info(streamName('referrals'), { subjects_filter: '>' });
      return info.state.subjects?.['elo.referrals.referral.overdue'] ?? 0;
    };
    const once = await overdue();
    expect(once).toBe(1);
    await replicas[1].close();
    replicas[1] = await startReferrals(config(), clock);
    expect(await app(1).get(OverdueJob).runNow()).toBe(0);
    expect(await overdue()).toBe(once);
    const pf = await referrals().box('inbox', { limit: 100, overdue: true }, agency(PF));
    expect(pf.items.some((r) => r.caseId === created.id && r.overdue)).toBe(true);
  });

  it('rotates to a new field key and re-seals every case, still readable', async () => {
    const created = await cases().create(newCase(), agency(CREAS));
    const { activeFieldKeyId } = await app().get(IdentifierCipher).ring.rotate({ newFieldKey: true });
    expect((await app().get(Reencryption).run()).reencrypted).toBeGreaterThanOrEqual(1);
    const raw = await database().collection('cases').find({}).toArray();
    const keyIds = raw.flatMap((d) =>
      Object.values(d['identifiers'] as Record<string, string>).map((v) => v.split('.')[1]),
    );
    expect(new Set(keyIds)).toEqual(new Set([activeFieldKeyId]));
    expect((await cases().identifiers(created.id, 'Checking after rotation', agency(CREAS))).name).toBe(
      PLAIN.name,
    );
  });

  it('chains the audit log and reports the first entry altered in storage', async () => {
    const audit = app().get(AuditLog);
    expect(await audit.verify()).toMatchObject({ intact: true });
    await database()
      .collection('audit')
      .updateOne({ _id: 3 as never }, { $set: { purpose: 'tampered' } });
    expect(await audit.verify()).toMatchObject({
      intact: false,
      firstBroken: { position: 3, problem: 'hash_mismatch' },
    });
  });
});
