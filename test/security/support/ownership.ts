import type { Role } from '@elo/contracts';
import { expectEventually } from '@elo/testing';
import type { Operation } from './openapi';
import { NETWORK_READABLE, networkReadable, type NetworkReadable } from './network-readable';
import { plausible, writes } from './requests';
import type { SecurityFixture } from './security-fixture';

// "Another institution's resource is not found": resources are made through the API by institution
// A's clients, then every operation on them is tried by B's clients of the same institution-bound
// roles. Admins and coordinators act for the whole network and are not bound to an institution.
// The resources every role reads are the one exception, listed with their reason in network-readable.ts.

const BOUND_ROLES: readonly Role[] = ['agency', 'viewer'];
const INSTITUTION_PATH = '/v1/institutions/{id}/';

export interface OwnershipResult {
  checked: number;
  problems: string[];
}

const bound = (op: Operation) => (op.roles ?? []).filter((r) => BOUND_ROLES.includes(r));
const firstParam = (path: string) => /\{(\w+)\}/.exec(path)?.[1];

/** Operations under `prefix/{param}`, with the name of that parameter. */
function under(ops: Operation[], prefix: string): Array<[Operation, string]> {
  return ops.flatMap((op): Array<[Operation, string]> => {
    if (!op.path.startsWith(`${prefix}/{`)) return [];
    const name = firstParam(op.path.slice(prefix.length));
    return name ? [[op, name]] : [];
  });
}

/** Whether B's answer is the one expected: see the comments at the top and in network-readable.ts. */
function expected(op: Operation, status: number, code: unknown, shared?: NetworkReadable): boolean {
  if (shared?.read === op.key) return status === 200;
  if (shared?.refused.includes(op.key)) return status === 403 && code === shared.code;
  // A read of a resource the whole network shares may succeed; anything else must look absent.
  return status === 404 || (!writes(op) && status === 200);
}

export async function checkOwnership(fx: SecurityFixture): Promise<OwnershipResult> {
  const result: OwnershipResult = { checked: 0, problems: [] };
  const reached = new Set<string>();
  const tryAsB = async (
    op: Operation,
    path: Record<string, unknown>,
    what: string,
    shared?: NetworkReadable,
  ) => {
    for (const role of bound(op)) {
      const request = { ...plausible(op, { path }), token: await fx.token('b', role) };
      const res = await fx.api.send<{ code?: string }>(request);
      result.checked++;
      reached.add(op.key);
      if (!expected(op, res.status, res.body?.code, shared))
        result.problems.push(
          `${op.key} as B's ${role} on ${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`,
        );
    }
  };

  // The institution itself: everything under /v1/institutions/{id}/ belongs to it.
  for (const op of fx.operations.filter((o) => o.path.startsWith(INSTITUTION_PATH)))
    await tryAsB(op, { id: fx.institutions.a }, "A's institution");

  // Every collection an institution-bound role may add to: A adds one, B tries every operation on it.
  const creators = fx.operations.filter(
    (op) => op.method === 'POST' && !op.path.endsWith('}') && bound(op).length > 0,
  );
  for (const create of creators) {
    const shared = networkReadable(create.path);
    const send = async () =>
      fx.api.send<{ id?: string }>({
        ...(shared ? plausible(create, { body: shared.body(fx) }) : plausible(create)),
        token: await fx.token('a', bound(create)[0] ?? 'agency'),
      });
    let res = await send();
    // A listed resource must be made, though the service may still be learning A's institution from
    // the directory's events: its create is tried again for a while (the generated ones only once).
    if (shared)
      await expectEventually(
        async () => {
          if (res.status !== 201) res = await send();
          expect(res.status).toBe(201);
        },
        { timeoutMs: 30_000, intervalMs: 500 },
      ).catch(() => undefined); // the last answer is reported below
    if (res.status !== 201 || typeof res.body.id !== 'string') {
      if (shared) result.problems.push(`${create.key} as A: ${res.status} ${JSON.stringify(res.body)}`);
      continue;
    }
    const prefix = create.path;
    for (const [op, name] of under(fx.operations, prefix))
      await tryAsB(op, { [name]: res.body.id }, `A's ${prefix} ${res.body.id}`, shared);
  }

  // An exception that is never exercised would hide a route that stopped answering as listed.
  for (const shared of NETWORK_READABLE)
    for (const key of [shared.read, ...shared.refused])
      if (!reached.has(key)) result.problems.push(`${key}: listed in network-readable.ts but never tried`);
  return result;
}
