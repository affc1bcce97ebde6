import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import {
  type NatsConnection,
  NoRespondersError,
  RequestError,
  TimeoutError,
  headers as natsHeaders,
} from '@nats-io/transport-node';
import {
  DomainError,
  HEADER_CALLER_ASSERTION,
  HEADER_CORRELATION_ID,
  isErrorPayload,
  type RpcPattern,
  type RpcRequest,
  type RpcResponse,
} from '@elo/contracts';
import { currentContext } from '@elo/observability';
import type { CallerAssertionSigner } from '../trust/caller-assertion';

export const RPC_CONNECTION = Symbol('RPC_CONNECTION');
export const RPC_TIMEOUT_MS = Symbol('RPC_TIMEOUT_MS');
export const RPC_SIGNER = Symbol('RPC_SIGNER');

/** What a Nest NATS microservice answers a request with (its JSON reply packet). */
interface ReplyPacket {
  err?: unknown;
  response?: unknown;
}

/**
 * Typed request/reply over NATS; forwards the correlation id, and the caller in an assertion signed
 * with this process's key for this one pattern (no signing key: the services refuse every request).
 *
 * It speaks the wire format of Nest's NATS transport (`{ pattern, data, id }` out, `{ err, response }`
 * back) directly on the NATS client instead of through Nest's ClientProxy: that one subscribes and
 * unsubscribes a fresh inbox for every request (two more protocol messages each way through the
 * server) and wraps each call in several rxjs operators. `request()` shares one inbox subscription.
 */
@Injectable()
export class RpcClient implements OnApplicationShutdown {
  private sequence = 0;
  private connected = true;

  constructor(
    @Inject(RPC_CONNECTION) private readonly nc: NatsConnection,
    @Inject(RPC_TIMEOUT_MS) private readonly timeoutMs: number,
    @Inject(RPC_SIGNER) private readonly signer: CallerAssertionSigner | undefined,
  ) {
    void this.watch();
  }

  async send<P extends RpcPattern>(
    pattern: P,
    data: RpcRequest<P>,
    timeoutMs = this.timeoutMs,
  ): Promise<RpcResponse<P>> {
    // While NATS is away the request could only wait for its timeout: say so at once.
    if (!this.connected || this.nc.isClosed()) throw unavailable(pattern);
    const ctx = currentContext();
    const hdrs = natsHeaders();
    if (ctx) hdrs.set(HEADER_CORRELATION_ID, ctx.correlationId);
    if (this.signer) hdrs.set(HEADER_CALLER_ASSERTION, await this.signer.sign(pattern, ctx?.caller));
    const packet = JSON.stringify({ pattern, data, id: String(++this.sequence) });
    let reply: ReplyPacket;
    try {
      const msg = await this.nc.request(pattern, packet, { timeout: timeoutMs, headers: hdrs });
      reply = msg.json<ReplyPacket>();
    } catch (error) {
      if (error instanceof TimeoutError) {
        throw new DomainError('COMMON.TIMEOUT', `The service behind '${pattern}' did not answer in time.`);
      }
      if (error instanceof NoRespondersError || (error instanceof RequestError && error.isNoResponders())) {
        throw new NoServiceRunningError(pattern);
      }
      // The connection lost or closed, or a reply that is not JSON.
      throw unavailable(pattern);
    }
    if (reply.err !== undefined && reply.err !== null) {
      if (isErrorPayload(reply.err)) throw DomainError.fromPayload(reply.err);
      // Nest's own errors (no handler for the pattern): the service we need is not there.
      throw unavailable(pattern);
    }
    return reply.response as RpcResponse<P>;
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.nc.isClosed()) await this.nc.close();
  }

  private async watch(): Promise<void> {
    for await (const status of this.nc.status()) {
      if (status.type === 'disconnect') this.connected = false;
      else if (status.type === 'reconnect') this.connected = true;
    }
  }
}

function unavailable(pattern: string): DomainError {
  return new DomainError('COMMON.SERVICE_UNAVAILABLE', `The service behind '${pattern}' is unavailable.`);
}

/**
 * Nothing subscribes to the pattern: no replica of its service runs (not deployed, or all down), as
 * opposed to NATS being away. Still a 503 unless a caller knows better (the dead-letter routes, where
 * naming a service that is not running is the request's fault).
 */
export class NoServiceRunningError extends DomainError {
  constructor(readonly pattern: string) {
    super('COMMON.SERVICE_UNAVAILABLE', `No service answers '${pattern}'.`);
  }
}
