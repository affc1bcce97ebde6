import { getModelToken } from '@nestjs/mongoose';
import { trusted, type Model } from 'mongoose';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { institutionSnapshotSchema, streamName, type EloCloudEvent } from '@elo/contracts';
import { expectEventually } from '@elo/testing';
import { startDirectoryUnderTest, type DirectoryUnderTest } from '../test-support';
import { InstitutionRecord } from './institution.schema';
import { InstitutionSeeder } from './institution.seeder';
import { InstitutionService } from './institution.service';

describe('directory: institution events through the outbox (real NATS, real MongoDB wire protocol)', () => {
  let directory: DirectoryUnderTest;
  let institutions: InstitutionService;
  let model: Model<InstitutionRecord>;
  let nc: NatsConnection;
  let jsm: JetStreamManager;

  /** Every event in the directory's stream, in stream order. */
  const streamEvents = async (): Promise<EloCloudEvent[]> => {
    const info = await jsm.streams.info(streamName('directory'));
    const events: EloCloudEvent[] = [];
    for (let seq = info.state.first_seq; info.state.messages > 0 && seq <= info.state.last_seq; seq++) {
      const stored = await jsm.streams.getMessage(streamName('directory'), { seq });
      if (stored) events.push(stored.json<EloCloudEvent>());
    }
    return events;
  };

  beforeAll(async () => {
    directory = await startDirectoryUnderTest('dir-events', { DIRECTORY_SEED: 'true' });
    const { nats, service } = directory;
    institutions = service.app.get(InstitutionService);
    model = service.app.get<Model<InstitutionRecord>>(getModelToken(InstitutionRecord.name));
    nc = await connect({ servers: nats.url });
    jsm = await jetstreamManager(nc);
  }, 60_000);

  afterAll(async () => {
    await nc?.close();
    await directory?.stop();
  });

  it('publishes institution.created for every seeded institution', async () => {
    const seeded = await model.countDocuments();
    expect(seeded).toBeGreaterThan(0);
    await expectEventually(async () => {
      const created = (await streamEvents()).filter((e) => e.type === 'institution.created');
      expect(created).toHaveLength(seeded);
    });
    expect(await model.countDocuments({ 'outbox.0': trusted({ $exists: true }) })).toBe(0);
  });

  it('publishes the full snapshot on create and update, in order, with the stored version', async () => {
    const created = await institutions.create({
      name: '  Secretaria de Teste  ',
      acronym: 'SETESTE',
      kind: 'state_body',
      uf: 'PA',
      networks: ['NETP'],
    });
    const updated = await institutions.update(created.id, {
      name: 'Secretaria de Teste e Eventos',
      municipalityCode: '1501402',
    });

    const ofIt = await expectEventually(async () => {
      const events = (await streamEvents()).filter((e) => e.subject === created.id);
      expect(events.map((e) => e.type)).toEqual(['institution.created', 'institution.updated']);
      return events;
    });
    const [first, second] = ofIt;
    expect(first?.data).toEqual({
      id: created.id,
      name: 'Secretaria de Teste',
      acronym: 'SETESTE',
      kind: 'state_body',
      uf: 'PA',
      networks: ['NETP'],
      version: 0,
    });
    expect(second?.data).toEqual({
      id: created.id,
      name: 'Secretaria de Teste e Eventos',
      acronym: 'SETESTE',
      kind: 'state_body',
      uf: 'PA',
      municipalityCode: '1501402',
      networks: ['NETP'],
      version: updated.version,
    });
    for (const event of ofIt) {
      expect(institutionSnapshotSchema.safeParse(event.data).success).toBe(true);
      expect(event).toMatchObject({
        specversion: '1.0',
        source: '/elo/directory',
        datacontenttype: 'application/json',
      });
    }
  });

  it('empties the outbox without touching the version or updatedAt', async () => {
    const created = await institutions.create({
      name: 'Conselho de Teste',
      acronym: 'CTESTE',
      kind: 'federal_body',
    });
    await expectEventually(async () =>
      expect((await model.findById(created.id).lean().exec())?.outbox).toEqual([]),
    );
    expect(await institutions.get(created.id)).toEqual(created);
  });

  it('writes no event when the change is refused', async () => {
    await expect(
      institutions.create({ name: 'Duplicada', acronym: 'SETESTE', kind: 'state_body' }),
    ).rejects.toMatchObject({
      code: 'DIRECTORY.ACRONYM_TAKEN',
    });
    const marker = await institutions.create({ name: 'Marcador', acronym: 'MARCADOR', kind: 'federal_body' });
    await expectEventually(async () =>
      expect((await streamEvents()).some((e) => e.subject === marker.id)).toBe(true),
    );
    const events = await streamEvents();
    expect(
      events.filter(
        (e) => e.type === 'institution.created' && (e.data as { name: string }).name === 'Duplicada',
      ),
    ).toEqual([]);
  });

  it('seeds again without inserting or failing, also with two replicas seeding at once', async () => {
    const seeder = directory.service.app.get(InstitutionSeeder);
    const seeded = await model.find({ acronym: trusted({ $nin: ['SETESTE', 'CTESTE', 'MARCADOR'] }) }).lean();
    await seeder.onApplicationBootstrap();
    expect(await model.countDocuments()).toBe(seeded.length + 3);

    await model.deleteMany({ _id: trusted({ $in: seeded.map((row) => row._id) }) });
    await Promise.all([seeder.onApplicationBootstrap(), seeder.onApplicationBootstrap()]);
    const reseeded = await model
      .find({ acronym: trusted({ $nin: ['SETESTE', 'CTESTE', 'MARCADOR'] }) })
      .lean();
    expect(reseeded.map((row) => row.acronym).sort()).toEqual(seeded.map((row) => row.acronym).sort());
  });
});
