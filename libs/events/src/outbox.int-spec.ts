import type { INestApplicationContext } from '@nestjs/common';
import type { Db } from 'mongodb';
import type { EloCloudEvent } from '@elo/contracts';
import { expectEventually, startMongo, startNats, type TestMongo, type TestNats } from '@elo/testing';
import { Outbox } from './outbox';
import { institutionCreated, openDb, randomHex, startFixture, testJetStream } from './test-fixtures/harness';
import type { TallyRow } from './test-fixtures/tally.handler';

interface AggregateRow {
  _id: string;
  outbox: EloCloudEvent[];
}

describe('outbox relay (real NATS, real MongoDB wire protocol)', () => {
  let nats: TestNats;
  let mongo: TestMongo;
  let js: Awaited<ReturnType<typeof testJetStream>>;
  let producerDb: Db;
  let consumerDb: Db;
  const closers: (() => Promise<void>)[] = [];
  let apps: INestApplicationContext[] = [];
  let producerDbName: string;

  const startProducer = async (relayPollMs?: number) => {
    const app = await startFixture(
      {
        service: 'directory',
        natsUrl: nats.url,
        mongoUrl: mongo.url,
        dbName: producerDbName,
        outboxCollections: ['fixture_aggregates'],
      },
      relayPollMs ? { relayPollMs } : {},
    );
    apps.push(app);
    return app;
  };
  const aggregates = () => producerDb.collection<AggregateRow>('fixture_aggregates');
  /** What a service's repository writes: the state change and its events, in one insert. */
  const writeWithEvents = async (...events: EloCloudEvent[]) => {
    const _id = randomHex();
    await aggregates().insertOne({ _id, outbox: events });
    return _id;
  };
  const tally = (subject: string) =>
    consumerDb.collection<TallyRow>('fixture_tallies').findOne({ _id: subject });

  beforeAll(async () => {
    nats = await startNats();
    mongo = await startMongo();
    producerDbName = mongo.dbName('producer');
    const consumerDbName = mongo.dbName('consumer');
    js = await testJetStream(nats.url);
    const producer = await openDb(mongo.url, producerDbName);
    const consumer = await openDb(mongo.url, consumerDbName);
    producerDb = producer.db;
    consumerDb = consumer.db;
    closers.push(producer.close, consumer.close);
    // The consumer side runs throughout: it shows what consumers see of each crash.
    const consumerApp = await startFixture({
      service: 'plan-tracking',
      natsUrl: nats.url,
      mongoUrl: mongo.url,
      dbName: consumerDbName,
      consume: true,
    });
    closers.push(() => consumerApp.close());
  }, 60_000);

  afterEach(async () => {
    await Promise.all(apps.map((app) => app.close()));
    apps = [];
  });

  afterAll(async () => {
    for (const close of closers.reverse()) await close();
    await js?.close();
    await mongo?.stop();
    await nats?.stop();
  });

  it('crash after the write, before the publish: the restarted relay publishes it, once', async () => {
    const event = institutionCreated('CRASH-BEFORE-PUBLISH');
    const id = await writeWithEvents(event); // the process died here
    await startProducer();

    await expectEventually(async () => expect((await aggregates().findOne({ _id: id }))?.outbox).toEqual([]));
    await expectEventually(async () => expect(await tally(event.subject)).toMatchObject({ count: 1 }));
    expect((await js.countInStream([event.id])).get(event.id)).toBe(1);
  });

  it('crash after the publish, before the mark: the re-publish is dropped as a duplicate', async () => {
    const event = institutionCreated('CRASH-BEFORE-MARK');
    const id = await writeWithEvents(event);
    expect((await js.publish(event)).duplicate).toBe(false); // published, then the process died
    await startProducer();

    await expectEventually(async () => expect((await aggregates().findOne({ _id: id }))?.outbox).toEqual([]));
    expect((await js.countInStream([event.id])).get(event.id)).toBe(1);
    await expectEventually(async () => expect(await tally(event.subject)).toMatchObject({ count: 1 }));
  });

  it('a write that failed leaves no event behind', async () => {
    const event = institutionCreated('NEVER-WRITTEN');
    const id = await writeWithEvents(institutionCreated('DUP-KEY'));
    await expect(aggregates().insertOne({ _id: id, outbox: [event] })).rejects.toMatchObject({ code: 11000 });
    const marker = institutionCreated('AFTER-FAILED-WRITE');
    await writeWithEvents(marker);
    await startProducer();

    await expectEventually(async () => expect(await tally(marker.subject)).toMatchObject({ count: 1 }));
    expect((await js.countInStream([event.id])).get(event.id)).toBe(0);
    expect(await tally(event.subject)).toBeNull();
  });

  it('two replicas relaying the same documents: one copy of each event, in each document’s order', async () => {
    const docs: EloCloudEvent[][] = Array.from({ length: 40 }, (_, i) => {
      const subject = randomHex();
      return [institutionCreated(`PAIR-${i}-A`, subject), institutionCreated(`PAIR-${i}-B`, subject)];
    });
    for (const events of docs) await writeWithEvents(...events);
    await Promise.all([startProducer(), startProducer()]);

    const ids = docs.flat().map((e) => e.id);
    await expectEventually(
      async () => expect(await aggregates().countDocuments({ 'outbox.id': { $in: ids } })).toBe(0),
      {
        timeoutMs: 20_000,
      },
    );
    const seqs = await js.sequencesOf(ids);
    for (const [first, second] of docs) {
      expect(seqs.get(first.id)).toHaveLength(1);
      expect(seqs.get(second.id)).toHaveLength(1);
      expect(seqs.get(first.id)![0]).toBeLessThan(seqs.get(second.id)![0]);
    }
  });

  it.each([
    ['naming the document', true],
    ['without naming it', false],
  ])('is woken by written() %s, without waiting for its poll', async (_, named) => {
    // A pending marker: once the start-up scan has relayed it, that scan is over and cannot be what
    // publishes the document below.
    const marker = await writeWithEvents(institutionCreated(named ? 'MARKER-NAMED' : 'MARKER'));
    const app = await startProducer(600_000);
    await expectEventually(async () =>
      expect((await aggregates().findOne({ _id: marker }))?.outbox).toEqual([]),
    );
    const outbox = app.get(Outbox);
    const { data } = institutionCreated(named ? 'WOKEN-NAMED' : 'WOKEN');
    const event = outbox.event('institution.created', data.id, data);
    const id = await writeWithEvents(event);
    outbox.written(named ? { collection: 'fixture_aggregates', id } : undefined);
    await expectEventually(async () => expect(await tally(event.subject)).toMatchObject({ count: 1 }));
  });

  it('finds events written while it runs by polling, when nobody wakes it', async () => {
    await startProducer();
    const leftover = institutionCreated('POLLED');
    await writeWithEvents(leftover);
    await expectEventually(async () => expect(await tally(leftover.subject)).toMatchObject({ count: 1 }));
  });
});
