import { ROLES } from '@elo/contracts';
import { runFuzz, FUZZ_CASES } from './support/fuzz';
import { checkOwnership } from './support/ownership';
import { BODY_LIMIT_BYTES, startSecurityFixture, type SecurityFixture } from './support/security-fixture';
import {
  HOSTILE_KEYS,
  OPERATORS,
  allowedRole,
  bodyKeys,
  plausible,
  rawWithKey,
  writes,
  type Request,
} from './support/requests';
import type { Operation } from './support/openapi';

// The security suite, generated from the gateway's OpenAPI document: every operation it lists gets
// every check below, so a new route is covered as soon as it is mounted. One stack serves the whole
// suite and the requests are sequential, to keep it to a few minutes on a small machine.

describe('security: every operation of the OpenAPI document, from outside', () => {
  let fx: SecurityFixture;
  let protectedOps: Operation[];

  beforeAll(async () => {
    fx = await startSecurityFixture();
    protectedOps = fx.operations.filter((op) => op.roles);
  }, 180_000);

  afterAll(async () => {
    await fx?.stop();
  });

  /** Sends a request as A's client of the operation's allowed role (none for public ones). */
  const asAllowed = async (op: Operation, request: Request) => {
    const role = allowedRole(op);
    const token = role ? await fx.token('a', role) : undefined;
    return fx.api.send<{ code?: string }>({ ...request, ...(token ? { token } : {}) });
  };

  /** Runs every case, and fails listing those whose status differs from the expected one. */
  async function expectStatuses(cases: Array<[string, () => Promise<number>, number | number[]]>) {
    const failures: string[] = [];
    for (const [name, run, expected] of cases) {
      const status = await run();
      const ok = Array.isArray(expected) ? expected.includes(status) : status === expected;
      if (!ok) failures.push(`${name}: ${status}, expected ${String(expected)}`);
    }
    expect(failures).toEqual([]);
    expect(cases.length).toBeGreaterThan(0);
  }

  it('reads the whole document (so no check runs over an empty list)', () => {
    expect(fx.operations.length).toBeGreaterThanOrEqual(50);
    expect(protectedOps.length).toBeGreaterThan(fx.operations.length - 10);
    for (const op of protectedOps)
      expect({ op: op.key, roles: op.roles?.length }).not.toEqual({ op: op.key, roles: 0 });
  });

  it('answers 401 to every protected operation without a token', () =>
    expectStatuses(
      protectedOps.map((op) => [op.key, async () => (await fx.api.send(plausible(op))).status, 401]),
    ));

  it('answers 403 to every protected operation for each role it does not allow', () =>
    expectStatuses(
      protectedOps.flatMap((op) =>
        ROLES.filter((role) => !op.roles?.includes(role)).map(
          (role): [string, () => Promise<number>, number] => [
            `${op.key} as ${role}`,
            async () => (await fx.api.send({ ...plausible(op), token: await fx.token('a', role) })).status,
            403,
          ],
        ),
      ),
    ));

  it("answers 404 to another institution's clients for its owned resources (403 where all may read)", async () => {
    const failures = await checkOwnership(fx);
    expect(failures.problems).toEqual([]);
    expect(failures.checked).toBeGreaterThan(0);
  });

  it('answers 413 to a body over the limit, on every operation that takes one', () => {
    const oversized = JSON.stringify({ padding: 'x'.repeat(BODY_LIMIT_BYTES) });
    return expectStatuses(
      fx.operations
        .filter(writes)
        .map((op) => [
          op.key,
          async () => (await asAllowed(op, plausible(op, { raw: oversized }))).status,
          413,
        ]),
    );
  });

  it('answers 400 to unknown fields in the body and the query', () =>
    expectStatuses([
      ...fx.operations
        .filter((op) => op.body)
        .map((op): [string, () => Promise<number>, number] => [
          `${op.key} body`,
          async () =>
            (await asAllowed(op, plausible(op, { raw: rawWithKey(op, 'unexpectedField', 1) }))).status,
          400,
        ]),
      ...fx.operations
        .filter((op) => op.queryParams.length)
        .map((op): [string, () => Promise<number>, number] => [
          `${op.key} query`,
          async () => (await asAllowed(op, plausible(op, { query: { unexpectedParam: '1' } }))).status,
          400,
        ]),
    ]));

  it('answers 400 to NoSQL operators and prototype-pollution keys in the body', () =>
    expectStatuses(
      fx.operations
        .filter((op) => op.body)
        .flatMap((op) => [
          ...bodyKeys(op).flatMap((key) =>
            Object.entries(OPERATORS).map(([name, value]): [string, () => Promise<number>, number] => [
              `${op.key} body.${key} = ${name}`,
              async () => (await asAllowed(op, plausible(op, { raw: rawWithKey(op, key, value) }))).status,
              400,
            ]),
          ),
          ...[...HOSTILE_KEYS, ...Object.keys(OPERATORS)].map(
            (key): [string, () => Promise<number>, number] => [
              `${op.key} body key ${key}`,
              async () =>
                (
                  await asAllowed(
                    op,
                    plausible(op, { raw: rawWithKey(op, key, { admin: true, roles: ['admin'] }) }),
                  )
                ).status,
              400,
            ],
          ),
        ]),
    ));

  it('answers 400 to NoSQL operators and prototype-pollution keys in the query and the path', () =>
    expectStatuses([
      ...fx.operations
        .filter((op) => op.queryParams.length)
        .flatMap((op) =>
          [
            ...op.queryParams.flatMap((p) => Object.keys(OPERATORS).map((o) => `${p.name}[${o}]`)),
            ...HOSTILE_KEYS.map((k) => `${k}[admin]`),
            '$where',
          ].map((key): [string, () => Promise<number>, number] => [
            `${op.key} ?${key}`,
            async () => (await asAllowed(op, plausible(op, { query: { [key]: '1' } }))).status,
            400,
          ]),
        ),
      ...fx.operations.flatMap((op) =>
        op.pathParams.flatMap((p) =>
          ['{"$gt":""}', '$where', ...HOSTILE_KEYS].map(
            (value): [string, () => Promise<number>, number[]] => [
              `${op.key} {${p.name}} = ${value}`,
              async () => (await asAllowed(op, plausible(op, { path: { [p.name]: value } }))).status,
              // A free-form path value (a certificate code) may simply not be found.
              [400, 404],
            ],
          ),
        ),
      ),
    ]));

  it(`survives ${FUZZ_CASES} fuzzed requests generated from the schemas`, async () => {
    expect(await runFuzz(fx)).toEqual([]);
  }, 600_000);

  // Last: every request of every check above went through the recorder.
  it('never answered 5xx, nor an error that is not problem+json or shows internals', () => {
    expect(fx.api.count).toBeGreaterThan(FUZZ_CASES);
    expect(fx.api.findings).toEqual([]);
  });
});
