import { Module, type INestApplicationContext, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NatsConnection } from '@nats-io/transport-node';
import { RPC_CONNECTION, RpcClientModule, natsMicroserviceOptions } from '@elo/messaging';
import { expectEventually, freePort, spawnNats, type TestNats } from '@elo/testing';
import { JetStreamConnection } from './connection';
import { notNatsYet } from './test-fixtures/not-nats-yet';

@Module({})
class EmptyModule {}

// Every NATS connection of a service survives a failed first handshake: it keeps dialling until the
// server answers, instead of rejecting and ending the service's start.
describe('NATS connections opened before the server is up', () => {
  let nats: TestNats | undefined;
  afterEach(async () => {
    await nats?.stop();
    nats = undefined;
  });

  /** Starts `open` while the port is not NATS yet, then starts NATS there; resolves with what `open` gave. */
  async function openedAcrossSlowStart<T>(open: (url: string) => Promise<T>): Promise<T> {
    const port = await freePort();
    const early = await notNatsYet(port);
    const opening = open(`nats://127.0.0.1:${port}`);
    const failed = opening.then(
      () => undefined,
      (error: unknown) => error,
    );
    try {
      // A second dial: the first failure was retried, not the end of the start.
      await expectEventually(() => expect(early.dials()).toBeGreaterThanOrEqual(2), { timeoutMs: 15_000 });
    } finally {
      await early.close();
    }
    nats = await spawnNats({ port });
    expect(await failed).toBeUndefined();
    return opening;
  }

  it('the RPC client connection', async () => {
    const app = await openedAcrossSlowStart<INestApplicationContext>((url) =>
      NestFactory.createApplicationContext(
        RpcClientModule.forRoot({ servers: [url], name: 'first-connect-rpc', timeoutMs: 1_000 }),
        // A failed connection rejects here instead of Nest exiting the test process.
        { logger: false, abortOnError: false },
      ),
    );
    try {
      const nc = app.get<NatsConnection>(RPC_CONNECTION);
      await expectEventually(async () => expect(await nc.rtt()).toBeGreaterThanOrEqual(0));
    } finally {
      await app.close();
    }
  }, 60_000);

  it('the JetStream connection', async () => {
    const connection = await openedAcrossSlowStart((url) =>
      JetStreamConnection.open([url], 'first-connect-js'),
    );
    try {
      await expectEventually(async () => expect(await connection.jsm.getAccountInfo()).toBeDefined());
    } finally {
      await connection.close();
    }
  }, 60_000);

  it('the Nest microservice (request handlers)', async () => {
    const server = await openedAcrossSlowStart<INestMicroservice>(async (url) => {
      const app = await NestFactory.createMicroservice(EmptyModule, {
        ...natsMicroserviceOptions([url], 'first-connect-server'),
        logger: false,
        abortOnError: false,
      });
      try {
        await app.listen();
      } catch (error) {
        await app.close();
        throw error;
      }
      return app;
    });
    await server.close();
  }, 60_000);
});
