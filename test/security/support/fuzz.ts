import fc from 'fast-check';
import { fuzzArbitrary, schemaArbitrary } from './arbitraries';
import { fillPath, queryString, type Operation } from './openapi';
import { inspect } from './recorder';
import type { SecurityFixture } from './security-fixture';

/** About this many fuzzed requests in all, shared evenly by the operations. */
export const FUZZ_CASES = 2_000;
/** Fixed so a failure replays; ELO_FUZZ_SEED tries another. */
export const FUZZ_SEED = Number(process.env['ELO_FUZZ_SEED'] ?? 20_261_203);

interface Case {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

function caseArbitrary(op: Operation): fc.Arbitrary<Case> {
  const path = fc.record(
    Object.fromEntries(op.pathParams.map((p) => [p.name, fuzzArbitrary(p.schema ?? {})])),
  );
  const query = fc.record(
    Object.fromEntries(op.queryParams.map((p) => [p.name, schemaArbitrary(p.schema ?? {})])),
    { requiredKeys: op.queryParams.filter((p) => p.required).map((p) => p.name) },
  );
  const body = op.body ? fuzzArbitrary(op.body) : fc.constant(undefined);
  return fc.record({ path, query, body });
}

/**
 * Sends schema-shaped and arbitrary inputs to every operation as a client of each of its roles, and
 * fails on the first 5xx, non-problem error or leak, printing the seed and the shrunk case.
 */
export async function runFuzz(fx: SecurityFixture): Promise<string[]> {
  const numRuns = Math.ceil(FUZZ_CASES / fx.operations.length);
  const failures: string[] = [];
  for (const op of fx.operations) {
    const roles = op.roles?.length ? op.roles : [undefined];
    const run = await fc.check(
      fc.asyncProperty(caseArbitrary(op), fc.constantFrom(...roles), async (input, role) => {
        const token = role ? await fx.token('a', role) : undefined;
        const path =
          fillPath(op.path, Object.fromEntries(Object.entries(input.path).map(([k, v]) => [k, text(v)]))) +
          queryString(input.query);
        const res = await fx.api.send({
          method: op.method,
          path,
          ...(input.body !== undefined ? { body: input.body } : {}),
          ...(token ? { token } : {}),
        });
        const problem = inspect(res, `${path} ${JSON.stringify(input.body ?? '')}`);
        if (problem) throw new Error(`${op.key} (seed ${FUZZ_SEED}): ${problem}`);
      }),
      { seed: FUZZ_SEED, numRuns, endOnFailure: true },
    );
    // One operation's failure does not hide the others': each is reported with the seed to replay it.
    if (run.failed) failures.push(fc.defaultReportMessage(run) ?? `${op.key} failed (seed ${FUZZ_SEED})`);
  }
  return failures;
}

const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
