import type { z } from 'zod';
import type { Role } from '../caller';
import type { ServiceName } from '../services';

/**
 * Who may call a pattern. `roles`: a verified caller holding one of them (the gateway forwards API
 * clients' and people's calls this way). `internal`: no caller, only the named services, which NATS
 * permissions and signed service identities restrict.
 */
export type RpcAccess = { readonly roles: readonly Role[] } | { readonly internal: readonly ServiceName[] };

export interface RpcDefinition<
  Req extends z.ZodType = z.ZodType,
  Res = unknown,
  A extends RpcAccess = RpcAccess,
> {
  readonly request: Req;
  readonly access: A;
  readonly description: string;
  /** Type-only: the response this pattern answers with. */
  readonly response?: Res;
}

/**
 * Declares one request/reply pattern. Curried so the response type is named and the request schema
 * and access are inferred: `defineRpc<Institution>()({ request, access, description })`.
 */
export function defineRpc<Res>() {
  return <Req extends z.ZodType, const A extends RpcAccess>(definition: {
    request: Req;
    access: A;
    description: string;
  }): RpcDefinition<Req, Res, A> => definition;
}

export const ALL_ROLES = ['admin', 'coordinator', 'agency', 'viewer'] as const satisfies readonly Role[];

export function isRoleAccess(access: RpcAccess): access is { readonly roles: readonly Role[] } {
  return 'roles' in access;
}
