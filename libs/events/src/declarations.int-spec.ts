import { AckPolicy } from '@nats-io/jetstream';
import { startNats, type TestNats } from '@elo/testing';
import { advisoryConsumerSpec, advisoryStreamConfig } from './advisories';
import { consumerSpec, ensureConsumer } from './consumers';
import { ensureStream, nanos, streamConfig } from './streams';
import { TEST_TUNING } from './test-fixtures/harness';
import { JetStreamConnection } from './connection';

describe('stream and durable declarations (real NATS)', () => {
  let nats: TestNats;
  let connection: JetStreamConnection;

  beforeAll(async () => {
    nats = await startNats();
    connection = await JetStreamConnection.open([nats.url], 'declarations');
    await ensureStream(connection.jsm, streamConfig('directory', TEST_TUNING));
  }, 60_000);

  afterAll(async () => {
    await connection?.close();
    await nats?.stop();
  });

  it('moves a durable made with server-side BackOff to its own ack wait', async () => {
    const spec = consumerSpec('plan-tracking', 'old-durable', 'institution.created', TEST_TUNING);
    // What earlier versions declared: BackOff, which pins the ack wait to its first step.
    await connection.jsm.consumers.add(spec.stream, {
      ...spec.config,
      backoff: TEST_TUNING.backoffMs.map(nanos),
      ack_wait: nanos(TEST_TUNING.backoffMs[0] ?? 200),
      ack_policy: AckPolicy.Explicit,
    });
    await ensureConsumer(connection.jsm, spec);
    const { config } = await connection.jsm.consumers.info(spec.stream, spec.config.durable_name);
    expect(config.backoff ?? []).toEqual([]);
    expect(config.ack_wait).toBe(nanos(TEST_TUNING.ackWaitMs));
  });

  it('declares the advisory stream and a service durable twice without complaint', async () => {
    for (let i = 0; i < 2; i++) {
      await ensureStream(connection.jsm, advisoryStreamConfig(TEST_TUNING));
      await ensureConsumer(connection.jsm, advisoryConsumerSpec('plan-tracking', TEST_TUNING));
    }
    const info = await connection.jsm.consumers.info('ELO_ADVISORIES', 'plan-tracking__max-deliveries');
    expect(info.config).toMatchObject({ deliver_policy: 'new', max_deliver: -1 });
  });
});
