import type { Role } from '@elo/contracts';
import type { Operation } from './openapi';
import { plausible, writes } from './requests';
import type { SecurityFixture } from './security-fixture';

// "Another institution's resource is not found": resources are made through the API by institution
// A's clients, then every operation on them is tried by B's clients of the same institution-bound
// roles. Admins and coordinators act for the whole network and are not bound to an institution.

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

export async function checkOwnership(fx: SecurityFixture): Promise<OwnershipResult> {
  const result: OwnershipResult = { checked: 0, problems: [] };
  const tryAsB = async (op: Operation, path: Record<string, unknown>, what: string) => {
    for (const role of bound(op)) {
      const res = await fx.api.send({ ...plausible(op, { path }), token: await fx.token('b', role) });
      result.checked++;
      // A read of a resource the whole network shares may succeed; anything else must look absent.
      const fine = res.status === 404 || (!writes(op) && res.status === 200);
      if (!fine)
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
    const res = await fx.api.send<{ id?: string }>({
      ...plausible(create),
      token: await fx.token('a', bound(create)[0] ?? 'agency'),
    });
    if (res.status !== 201 || typeof res.body.id !== 'string') continue;
    const prefix = create.path;
    for (const [op, name] of under(fx.operations, prefix))
      await tryAsB(op, { [name]: res.body.id }, `A's ${prefix} ${res.body.id}`);
  }
  return result;
}
