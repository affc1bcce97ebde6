import type { z } from 'zod';
import type { Caller } from './caller';
import { directoryRpc } from './directory/directory.rpc';
import { deadLetterRpc } from './events/dead-letter.rpc';
import { partnershipsRpc } from './partnerships/partnership.rpc';
import { planRpc } from './plan/plan.rpc';
import { trainingRpc } from './training/training.rpc';
import { referralsRpc } from './referrals/referrals.rpc';
import { notificationsRpc } from './notifications/notifications.rpc';
import type { RpcDefinition } from './rpc/define-rpc';

export * from './rpc/define-rpc';
export * from './rpc/health.rpc';

// The one map from request/reply pattern (`<service>.<aggregate>.<verb>`) to its request schema, its
// response type and who may call it. Services parse every request with the schema and check the
// access before a handler runs; the gateway's calls are typed by it.
export const RPC_CATALOG = {
  ...notificationsRpc,
  ...referralsRpc,
  ...directoryRpc,
  ...planRpc,
  ...partnershipsRpc,
  ...deadLetterRpc,
  ...trainingRpc,
} as const satisfies Record<string, RpcDefinition>;

type Catalog = typeof RPC_CATALOG;
export type RpcPattern = keyof Catalog;
export type RpcRequest<P extends RpcPattern> = z.output<Catalog[P]['request']>;
export type RpcResponse<P extends RpcPattern> = NonNullable<Catalog[P]['response']>;
/** What a handler of P receives as its caller: always one for role-gated patterns, none for internal ones. */
export type RpcCaller<P extends RpcPattern> = Catalog[P]['access'] extends { readonly roles: unknown }
  ? Caller
  : undefined;

export const RPC_PATTERNS = Object.keys(RPC_CATALOG) as RpcPattern[];

export function isRpcPattern(value: string): value is RpcPattern {
  return Object.hasOwn(RPC_CATALOG, value);
}

/** A pattern's definition, widened for code that works over every pattern (the framework, tests). */
export function rpcDefinition(pattern: RpcPattern): RpcDefinition {
  return RPC_CATALOG[pattern];
}
