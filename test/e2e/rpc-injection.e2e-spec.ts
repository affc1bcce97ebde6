import { randomUUID } from 'node:crypto';
import { connect, headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import {
  HEADER_CALLER_ASSERTION,
  RPC_PATTERNS,
  isRoleAccess,
  rpcDefinition,
  type Caller,
  type ErrorPayload,
  type RpcPattern,
} from '@elo/contracts';
import { SERVICES } from '@elo/stack';
import { startTestStack, testAssertion, type TestStack } from '@elo/testing';

// Every catalog pattern, over raw NATS as any process on the bus could send it, must answer a hostile
// request with a 4xx code and never reach a handler: the table grows with the catalog.
const EVERY_ROLE: Caller = {
  clientId: 'elo_AAAAAAAAAAAAAAAAAAAAAA',
  institutionId: '0123456789abcdef01234567',
  roles: ['admin', 'coordinator', 'agency', 'viewer'],
};
const REFUSALS = new Set(['COMMON.VALIDATION', 'AUTH.UNAUTHENTICATED']);
const OPERATORS = [{ $gt: '' }, { $where: 'sleep(1000) || true' }, { $ne: null }, { $regex: '.*' }];

const deployed = new Set(SERVICES.map((s) => s.name));
const served = RPC_PATTERNS.filter((p) => deployed.has(p.split('.')[0] ?? ''));

function keysOf(pattern: RpcPattern): string[] {
  const schema = rpcDefinition(pattern).request as { shape?: Record<string, unknown> };
  return Object.keys(schema.shape ?? {});
}

/** The hostile requests for one pattern: name, raw JSON body, and whether it carries a caller. */
function hostileRequests(pattern: RpcPattern): Array<[string, string, boolean]> {
  const cases: Array<[string, string, boolean]> = [
    ['unknown key', JSON.stringify({ notInTheSchema: 1 }), true],
    ['prototype pollution', '{"__proto__":{"roles":["admin"]}}', true],
    ['constructor key', '{"constructor":{"prototype":{"admin":true}}}', true],
    ['top-level operator', JSON.stringify({ $where: 'true' }), true],
  ];
  for (const key of keysOf(pattern)) {
    OPERATORS.forEach((op, i) =>
      cases.push([`operator ${i} in ${key}`, JSON.stringify({ [key]: op }), true]),
    );
  }
  if (keysOf(pattern).includes('limit'))
    cases.push(['oversized limit', JSON.stringify({ limit: 1_000_000 }), true]);
  if (isRoleAccess(rpcDefinition(pattern).access)) cases.push(['missing caller', '{}', false]);
  return cases;
}

describe('the RPC catalog over raw NATS', () => {
  let stack: TestStack;
  let nc: NatsConnection;

  beforeAll(async () => {
    stack = await startTestStack({ env: { ELO_DB_PREFIX: `rpc-${randomUUID().slice(0, 8)}` } });
    // As the gateway on the secured bus (its nkey), signing with its key: only the schemas refuse.
    nc = await connect({ servers: stack.nats.url, ...stack.nats.as('gateway') });
  }, 180_000);

  afterAll(async () => {
    await nc?.close();
    await stack?.stop();
  });

  async function send(
    pattern: RpcPattern,
    dataJson: string,
    withCaller: boolean,
  ): Promise<ErrorPayload | undefined> {
    const hdrs = natsHeaders();
    // A correctly signed gateway assertion: the schema, not the signature, must refuse these.
    if (withCaller)
      hdrs.set(HEADER_CALLER_ASSERTION, await testAssertion(pattern, EVERY_ROLE, stack.rpcSigningKey));
    const body = `{"pattern":${JSON.stringify(pattern)},"id":"${randomUUID()}","data":${dataJson}}`;
    const reply = await nc.request(pattern, body, { timeout: 5_000, headers: hdrs });
    const parsed = reply.json<{ err?: ErrorPayload; response?: unknown }>();
    return parsed.err;
  }

  it('covers every pattern of every deployed service', () => {
    expect(served.length).toBeGreaterThan(20);
    for (const service of deployed) {
      if (service === 'gateway') continue;
      expect(served.some((p) => p.startsWith(`${service}.`))).toBe(true);
    }
  });

  it.each(served)(
    '%s refuses operators, unknown keys, oversized limits and a missing caller',
    async (pattern) => {
      const outcomes: string[] = [];
      for (const [name, data, withCaller] of hostileRequests(pattern)) {
        const err = await send(pattern, data, withCaller);
        if (!err || !REFUSALS.has(err.code)) outcomes.push(`${name}: ${err?.code ?? 'answered'}`);
      }
      expect(outcomes).toEqual([]);
    },
  );
});
