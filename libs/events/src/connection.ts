import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { busCredentialsFromEnv, firstConnectOptions, natsAuthOptions } from '@elo/messaging';
import type { ReadinessCheck } from '@elo/observability';

export const JETSTREAM_CONNECTION = Symbol('JETSTREAM_CONNECTION');

/** The JetStream side of a service's NATS link: its own connection, apart from the RPC transport's. */
export class JetStreamConnection {
  private constructor(
    readonly nc: NatsConnection,
    readonly js: JetStreamClient,
    readonly jsm: JetStreamManager,
  ) {}

  /** `connectTimeoutMs`: how long the first connection may take (NATS_CONNECT_TIMEOUT_MS when absent). */
  static async open(
    servers: string[],
    name: string,
    connectTimeoutMs?: number,
  ): Promise<JetStreamConnection> {
    // noAsyncTraces: the client otherwise builds two Error objects (stack capture) for every publish
    // in case its PubAck times out; our logs name the event instead of the caller's stack.
    const nc = await connect({
      servers,
      name,
      // A slow first handshake (NATS starting, a busy host) is retried, up to the deadline.
      ...firstConnectOptions(connectTimeoutMs),
      reconnectTimeWait: 500,
      noAsyncTraces: true,
      // The service's own nkey: the server lets it touch only its own streams and consumers.
      ...natsAuthOptions(busCredentialsFromEnv()),
    });
    const js = jetstream(nc, { timeout: 10_000 });
    const jsm = await jetstreamManager(nc, { timeout: 10_000 });
    return new JetStreamConnection(nc, js, jsm);
  }

  async close(): Promise<void> {
    if (this.nc.isClosed()) return;
    await this.nc.drain().catch(() => this.nc.close());
  }
}

/** Closes the connection after everything that uses it has stopped (shutdown runs last). */
@Injectable()
export class JetStreamConnectionCloser implements OnApplicationShutdown {
  private readonly logger = new Logger('JetStream');
  constructor(@Inject(JETSTREAM_CONNECTION) private readonly connection: JetStreamConnection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection
      .close()
      .catch((error: unknown) => this.logger.warn(`close failed: ${String(error)}`));
  }
}

/** Ready when the NATS link is up and JetStream answers. */
@Injectable()
export class JetStreamReadiness implements ReadinessCheck {
  readonly name = 'jetstream';
  constructor(@Inject(JETSTREAM_CONNECTION) private readonly connection: JetStreamConnection) {}

  async isReady(): Promise<boolean> {
    if (this.connection.nc.isClosed()) return false;
    await this.connection.jsm.getAccountInfo();
    return true;
  }
}
