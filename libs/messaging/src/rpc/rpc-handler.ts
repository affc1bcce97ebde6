import { MessagePattern } from '@nestjs/microservices';
import {
  DomainError,
  isRoleAccess,
  isRpcPattern,
  parseInput,
  rpcDefinition,
  type Caller,
  type RpcCaller,
  type RpcPattern,
  type RpcRequest,
  type RpcResponse,
} from '@elo/contracts';
import { currentContext } from '@elo/observability';
import { assertRole } from './caller';

type HandlerMethod<P extends RpcPattern> = (
  input: RpcRequest<P>,
  caller: RpcCaller<P>,
) => Promise<RpcResponse<P>> | RpcResponse<P>;

// Handlers made by @RpcHandler, so the boot check can tell them from a bare @MessagePattern.
const catalogHandlers = new WeakSet<object>();

export function isCatalogHandler(fn: unknown): boolean {
  return typeof fn === 'function' && catalogHandlers.has(fn);
}

/**
 * The request/reply handler of one catalog pattern. Before the method runs, the request is parsed
 * with the pattern's schema (COMMON.VALIDATION with field errors) and the caller is checked against
 * its access; the method gets the parsed input and the verified caller. No handler can skip this.
 */
export function RpcHandler<P extends RpcPattern>(pattern: P) {
  if (!isRpcPattern(pattern))
    throw new Error(`@RpcHandler('${String(pattern)}'): the pattern is not in RPC_CATALOG`);
  // Only `value` is typed, so a method that ignores its caller (or its input) still fits.
  return (target: object, key: string | symbol, descriptor: { value?: HandlerMethod<P> }): void => {
    const method = descriptor.value;
    if (!method) throw new Error(`@RpcHandler('${pattern}') must decorate a method`);
    const handler = async function (this: unknown, data: unknown): Promise<RpcResponse<P>> {
      const caller = authorize(pattern);
      const input = parseInput(rpcDefinition(pattern).request, data ?? {}) as RpcRequest<P>;
      return method.call(this, input, caller as RpcCaller<P>);
    };
    Object.defineProperty(handler, 'name', { value: method.name });
    catalogHandlers.add(handler);
    const wrapped = descriptor as PropertyDescriptor;
    wrapped.value = handler;
    MessagePattern(pattern)(target, key, wrapped);
  };
}

/**
 * Checks the verified assertion of the current request against the pattern's declared access:
 * API clients' roles, vouched for by the gateway; or the calling service's own identity.
 */
export function authorize(pattern: RpcPattern): Caller | undefined {
  const access = rpcDefinition(pattern).access;
  const ctx = currentContext();
  if (!isRoleAccess(access)) {
    if (ctx?.via && (access.internal as readonly string[]).includes(ctx.via)) return undefined;
    throw new DomainError(
      'AUTH.FORBIDDEN',
      `'${pattern}' may be called only by ${access.internal.join(', ')}.`,
    );
  }
  // Only the gateway authenticates API clients: a caller vouched for by another service is none.
  if (!ctx?.caller || ctx.via !== 'gateway') {
    throw new DomainError('AUTH.UNAUTHENTICATED', 'The request carries no authenticated caller.');
  }
  return assertRole(ctx.caller, access.roles);
}
