import type { ConnectionOptions, Server } from '@nats-io/transport-node';
import { z } from 'zod';
import { loadConfig, natsConnectTimeoutMs } from '@elo/config';

/** The start gave up on NATS: names the servers by host and port only, never a URL's credentials. */
export class NatsFirstConnectTimeoutError extends Error {
  constructor(
    readonly servers: string[],
    readonly timeoutMs: number,
  ) {
    super(
      `NATS not reached at ${servers.join(', ')} within ${timeoutMs} ms of the first attempt ` +
        '(NATS_CONNECT_TIMEOUT_MS); check NATS_URL',
    );
    this.name = 'NatsFirstConnectTimeoutError';
  }
}

/** The first-connection deadline of this process (NATS_CONNECT_TIMEOUT_MS, validated at boot). */
export function natsConnectTimeoutFromEnv(env: Record<string, string | undefined> = process.env): number {
  return loadConfig(z.object({ NATS_CONNECT_TIMEOUT_MS: natsConnectTimeoutMs }), env).NATS_CONNECT_TIMEOUT_MS;
}

/**
 * connect() options for a connection opened at start. A slow first handshake (NATS starting, a busy
 * host) is retried, for `timeoutMs` from the first dial; then connect() rejects with a
 * NatsFirstConnectTimeoutError as its cause, so a wrong address ends the start instead of being dialled
 * forever. Once any server has answered, a lost link is retried forever, as before.
 *
 * The deadline is checked before each dial (every reconnectTimeWait): a dial that hangs ends only at
 * the client's own dial timeout. Build one per connection: the clock starts at its first dial.
 */
export function firstConnectOptions(
  timeoutMs: number = natsConnectTimeoutFromEnv(),
): Pick<ConnectionOptions, 'maxReconnectAttempts' | 'waitOnFirstConnect' | 'reconnectToServer'> {
  let deadline: number | undefined;
  let connected = false;
  return {
    maxReconnectAttempts: -1,
    waitOnFirstConnect: true,
    // Called before every dial; null keeps the client's own choice of server. Throwing is the
    // client's documented way to reject the initial connect (a reconnect would be closed instead,
    // hence the latch on the first success).
    reconnectToServer(pool: ReadonlyArray<Server>) {
      connected ||= pool.some((server) => server.didConnect);
      if (connected) return null;
      deadline ??= Date.now() + timeoutMs;
      if (Date.now() < deadline) return null;
      throw new NatsFirstConnectTimeoutError(
        pool.map((server) => server.listen),
        timeoutMs,
      );
    },
  };
}

/** The deadline error behind a failed start (the client wraps it in its ConnectionError), if it is one. */
export function firstConnectTimeoutOf(error: unknown): NatsFirstConnectTimeoutError | undefined {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (cause instanceof NatsFirstConnectTimeoutError) return cause;
  }
  return undefined;
}
