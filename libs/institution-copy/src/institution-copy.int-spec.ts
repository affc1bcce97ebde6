import { randomUUID } from 'node:crypto';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getConnectionToken } from '@nestjs/mongoose';
import { jetstream } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { Connection } from 'mongoose';
import { EVENT_CATALOG, createCloudEvent, type InstitutionSnapshot } from '@elo/contracts';
import { HEADER_MSG_ID, JetStreamModule, encodeEvent } from '@elo/events';
import { PersistenceModule } from '@elo/persistence';
import { expectEventually, startMongo, startNats, type TestMongo, type TestNats } from '@elo/testing';
import { InstitutionCopyModule } from './institution-copy.module';
import { InstitutionCopyRepository } from './institution-copy.repository';

const ID = 'fedcba9876543210fedcba98';
const snapshot = (version: number, over: Partial<InstitutionSnapshot> = {}): InstitutionSnapshot => ({
  id: ID,
  name: `Nome v${version}`,
  acronym: `V${version}`,
  kind: 'state_body',
  networks: [],
  version,
  ...over,
});

describe('InstitutionCopyModule mounted in a service (real NATS, real MongoDB wire protocol)', () => {
  let nats: TestNats;
  let mongo: TestMongo;
  let app: INestApplicationContext;
  let nc: NatsConnection;

  beforeAll(async () => {
    nats = await startNats({ requireOwned: true });
    mongo = await startMongo();
    // Nothing but the module, the persistence and the backbone: what any service mounting it has.
    @Module({
      imports: [
        PersistenceModule.forRoot({ mongoUrl: mongo.url, dbName: mongo.dbName('institution-copy') }),
        JetStreamModule.forRoot({ service: 'plan-tracking', servers: [nats.url] }),
        InstitutionCopyModule,
      ],
    })
    class HostModule {}
    app = await NestFactory.createApplicationContext(HostModule, { logger: false });
    nc = await connect({ servers: nats.url });
  }, 60_000);

  afterAll(async () => {
    await nc?.close();
    await app?.close();
    await mongo?.stop();
    await nats?.stop();
  });

  async function publish(type: 'institution.created' | 'institution.updated', data: InstitutionSnapshot) {
    const event = createCloudEvent(type, data.id, data, {
      producer: 'directory',
      correlationId: randomUUID(),
    });
    const { body, headers } = encodeEvent(event);
    headers.set(HEADER_MSG_ID, event.id);
    await jetstream(nc).publish(EVENT_CATALOG[type].subject, body, { headers });
    return event.id;
  }

  /** How many of these events the module's handlers finished (the backbone records each one). */
  const handled = (ids: string[]) =>
    app
      .get<Connection>(getConnectionToken())
      .collection('processed_events')
      .countDocuments({ eventId: { $in: ids } });

  it('keeps the newest snapshot of each institution, whatever order the events arrive in', async () => {
    const copies = app.get(InstitutionCopyRepository);
    const ids = [
      await publish('institution.updated', snapshot(2, { uf: 'AM' })),
      await publish('institution.created', snapshot(0, { uf: 'SP', municipalityCode: '3550308' })),
      await publish('institution.updated', snapshot(1, { name: 'Velho' })),
    ];
    await expectEventually(async () => expect(await handled(ids)).toBe(3));
    expect(await copies.known([ID, 'aaaaaaaaaaaaaaaaaaaaaaaa'])).toEqual(new Set([ID]));
    expect(await copies.names([ID])).toEqual(new Map([[ID, { id: ID, acronym: 'V2', name: 'Nome v2' }]]));
  });

  it('applies a snapshot once and ignores an older or equal one', async () => {
    const copies = app.get(InstitutionCopyRepository);
    const id = 'abcdefabcdefabcdefabcdef';
    expect(await copies.apply(snapshot(1, { id }))).toBe('applied');
    expect(await copies.apply(snapshot(1, { id, name: 'Outro' }))).toBe('stale');
    expect(await copies.apply(snapshot(0, { id, name: 'Antigo' }))).toBe('stale');
    expect((await copies.names([id])).get(id)?.name).toBe('Nome v1');
    expect(await copies.known([])).toEqual(new Set());
  });
});
