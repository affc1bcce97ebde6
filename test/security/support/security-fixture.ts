import { ROLES, type Role } from '@elo/contracts';
import {
  adminToken,
  createClient,
  institutionIdByAcronym,
  startTestStack,
  type TestClient,
  type TestStack,
} from '@elo/testing';
import { operationsOf, type OpenApiDocument, type Operation } from './openapi';
import { recorder, type Recorder } from './recorder';

/** The gateway's body limit in this stack, set explicitly so the 413 check knows it. */
export const BODY_LIMIT_BYTES = 1_048_576;
/** Tokens live 15 minutes; the suite takes a fresh one after 10. */
const TOKEN_REFRESH_MS = 10 * 60_000;

export type Institution = 'a' | 'b';

export interface SecurityFixture {
  stack: TestStack;
  operations: Operation[];
  /** Institution ids: A (MJSP) owns the resources, B (MTE) tries to reach them. */
  institutions: Record<Institution, string>;
  api: Recorder;
  /** A token of the client with this one role in this institution. */
  token(institution: Institution, role: Role): Promise<string>;
  stop(): Promise<void>;
}

/** One stack for the whole suite, with an API client of every role in two institutions. */
export async function startSecurityFixture(): Promise<SecurityFixture> {
  const stack = await startTestStack({ env: { BODY_LIMIT_BYTES: String(BODY_LIMIT_BYTES) } });
  try {
    const doc = await stack.api.request<OpenApiDocument>('GET', '/docs/openapi.json');
    if (doc.status !== 200) throw new Error(`GET /docs/openapi.json answered ${doc.status}`);
    const institutions = {
      a: await institutionIdByAcronym(stack, 'MJSP'),
      b: await institutionIdByAcronym(stack, 'MTE'),
    };
    const clients = new Map<string, TestClient>();
    for (const institution of ['a', 'b'] as const) {
      for (const role of ROLES) {
        const client = await createClient(stack, institutions[institution], [role], `security ${role}`);
        clients.set(`${institution}:${role}`, client);
      }
    }
    const tokens = new Map<string, { token: string; at: number }>();
    return {
      stack,
      operations: operationsOf(doc.body),
      institutions,
      api: recorder(stack.gatewayUrl, stack.api),
      async token(institution, role) {
        const key = `${institution}:${role}`;
        const cached = tokens.get(key);
        if (cached && Date.now() - cached.at < TOKEN_REFRESH_MS) return cached.token;
        const client = clients.get(key);
        const token = client ? await client.token() : await adminToken(stack);
        tokens.set(key, { token, at: Date.now() });
        return token;
      },
      stop: () => stack.stop(),
    };
  } catch (error) {
    await stack.stop();
    throw error;
  }
}
