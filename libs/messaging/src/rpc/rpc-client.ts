import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { type ClientProxy, NatsRecordBuilder } from '@nestjs/microservices';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { TimeoutError, firstValueFrom, timeout } from 'rxjs';
import {
  DomainError,
  HEADER_CALLER,
  HEADER_CORRELATION_ID,
  isErrorPayload,
  type RpcPattern,
  type RpcRequest,
  type RpcResponse,
} from '@elo/contracts';
import { currentContext } from '@elo/observability';

export const RPC_CLIENT_PROXY = Symbol('RPC_CLIENT_PROXY');
export const RPC_TIMEOUT_MS = Symbol('RPC_TIMEOUT_MS');

/** Typed request/reply over NATS; forwards the correlation id and caller as headers. */
@Injectable()
export class RpcClient implements OnApplicationShutdown {
  constructor(
    @Inject(RPC_CLIENT_PROXY) private readonly proxy: ClientProxy,
    @Inject(RPC_TIMEOUT_MS) private readonly timeoutMs: number,
  ) {}

  async send<P extends RpcPattern>(pattern: P, data: RpcRequest<P>, timeoutMs = this.timeoutMs): Promise<RpcResponse<P>> {
    const ctx = currentContext();
    const hdrs = natsHeaders();
    if (ctx) {
      hdrs.set(HEADER_CORRELATION_ID, ctx.correlationId);
      if (ctx.caller) hdrs.set(HEADER_CALLER, JSON.stringify(ctx.caller));
    }
    const record = new NatsRecordBuilder(data).setHeaders(hdrs).build();
    try {
      return await firstValueFrom(this.proxy.send<RpcResponse<P>>(pattern, record).pipe(timeout(timeoutMs)));
    } catch (error) {
      throw toDomainError(pattern, error);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.proxy.close();
  }
}

function toDomainError(pattern: string, error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  if (isErrorPayload(error)) return DomainError.fromPayload(error);
  if (error instanceof TimeoutError) {
    return new DomainError('COMMON.TIMEOUT', `The service behind '${pattern}' did not answer in time.`);
  }
  // Connection lost, no handler registered, or an unexpected reply: the service is not available.
  return new DomainError('COMMON.SERVICE_UNAVAILABLE', `The service behind '${pattern}' is unavailable.`);
}
