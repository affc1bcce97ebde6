import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import {
  RpcClientModule,
  firstConnectOptions,
  firstConnectTimeoutOf,
  natsMicroserviceOptions,
} from '@elo/messaging';
import { expectEventually, freePort, spawnNats, type TestNats } from '@elo/testing';
import { JetStreamConnection } from './connection';
import { notNatsYet } from './test-fixtures/not-nats-yet';

@Module({})
class EmptyModule {}

const DEADLINE_MS = 1_000;

/** What `open` rejected with, and after how long; fails the test if it resolved. */
async function rejectionOf(open: () => Promise<unknown>): Promise<{ error: unknown; afterMs: number }> {
  const started = Date.now();
  const error = await open().then(
    () => {
      throw new Error('the connection opened on a port where no NATS listens');
    },
    (failure: unknown) => failure,
  );
  return { error, afterMs: Date.now() - started };
}

// A wrong NATS address ends the start once NATS_CONNECT_TIMEOUT_MS has passed, naming the server (host
// and port only, never the URL's credentials), instead of being dialled forever; a slow server is still
// waited for, and a link lost after the first connection is still retried forever.
describe('the first NATS connection has a deadline', () => {
  let nats: TestNats | undefined;
  afterEach(async () => {
    await nats?.stop();
    nats = undefined;
  });

  /** A loopback port nobody listens on, in a URL with credentials that must not be logged. */
  async function closedPort(): Promise<{ port: number; url: string }> {
    const port = await freePort();
    return { port, url: `nats://elo:not-for-logs@127.0.0.1:${port}` };
  }

  function expectDeadlineError(error: unknown, port: number): void {
    const timeout = firstConnectTimeoutOf(error);
    expect(timeout?.message).toBe(
      `NATS not reached at 127.0.0.1:${port} within ${DEADLINE_MS} ms of the first attempt ` +
        '(NATS_CONNECT_TIMEOUT_MS); check NATS_URL',
    );
    expect(String((error as Error).message)).not.toContain('not-for-logs');
  }

  it('the RPC client rejects, naming the server', async () => {
    const { port, url } = await closedPort();
    const { error, afterMs } = await rejectionOf(() =>
      NestFactory.createApplicationContext(
        RpcClientModule.forRoot({
          servers: [url],
          name: 'deadline-rpc',
          timeoutMs: 1_000,
          connectTimeoutMs: DEADLINE_MS,
        }),
        { logger: false, abortOnError: false },
      ),
    );
    expectDeadlineError(error, port);
    expect(afterMs).toBeGreaterThanOrEqual(DEADLINE_MS);
  }, 30_000);

  it('the JetStream connection rejects, naming the server', async () => {
    const { port, url } = await closedPort();
    const { error, afterMs } = await rejectionOf(() =>
      JetStreamConnection.open([url], 'deadline-js', DEADLINE_MS),
    );
    expectDeadlineError(error, port);
    expect(afterMs).toBeGreaterThanOrEqual(DEADLINE_MS);
  }, 30_000);

  it('the Nest microservice rejects, naming the server', async () => {
    const { port, url } = await closedPort();
    const app = await NestFactory.createMicroservice(EmptyModule, {
      ...natsMicroserviceOptions([url], 'deadline-server', undefined, DEADLINE_MS),
      logger: false,
      abortOnError: false,
    });
    try {
      const { error, afterMs } = await rejectionOf(() => app.listen());
      expectDeadlineError(error, port);
      expect(afterMs).toBeGreaterThanOrEqual(DEADLINE_MS);
    } finally {
      await app.close();
    }
  }, 30_000);

  it('a server that comes up within the deadline is still connected to', async () => {
    const port = await freePort();
    const early = await notNatsYet(port);
    const opening = connect({ servers: [`127.0.0.1:${port}`], ...firstConnectOptions(30_000) });
    const outcome = opening.then(
      () => undefined,
      (error: unknown) => error,
    );
    let nc: NatsConnection | undefined;
    try {
      // Two dials: the first failure was retried while the deadline had not passed.
      await expectEventually(() => expect(early.dials()).toBeGreaterThanOrEqual(2), { timeoutMs: 15_000 });
      await early.close();
      nats = await spawnNats({ port });
      expect(await outcome).toBeUndefined();
      nc = await opening;
      expect(await nc.rtt()).toBeGreaterThanOrEqual(0);
    } finally {
      await early.close().catch(() => undefined);
      await nc?.close();
    }
  }, 60_000);

  it('a link lost after the first connection is retried past the deadline', async () => {
    nats = await spawnNats();
    const port = Number(new URL(nats.url).port);
    const nc = await connect({ servers: [nats.url], ...firstConnectOptions(DEADLINE_MS) });
    let early: Awaited<ReturnType<typeof notNatsYet>> | undefined;
    try {
      await nats.stop();
      nats = undefined;
      early = await notNatsYet(port);
      const lostAt = Date.now();
      // Dials go on well after the first-connection deadline would have ended them.
      await expectEventually(
        () => {
          expect(early?.dials()).toBeGreaterThanOrEqual(2);
          expect(Date.now() - lostAt).toBeGreaterThan(2 * DEADLINE_MS);
        },
        { timeoutMs: 20_000 },
      );
      expect(nc.isClosed()).toBe(false);
      await early.close();
      early = undefined;
      nats = await spawnNats({ port });
      await expectEventually(async () => expect(await nc.rtt()).toBeGreaterThanOrEqual(0), {
        timeoutMs: 20_000,
      });
    } finally {
      await early?.close();
      await nc.close();
    }
  }, 60_000);
});
