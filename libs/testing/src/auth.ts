import type { CreatedApiClient, Role } from '@elo/contracts';
import type { ApiClient, TestStack } from './test-stack';

interface TokenBody {
  access_token: string;
  token_type: string;
  expires_in: number;
}

/** POST /v1/auth/token with client_credentials; throws unless it answers 200. */
export async function requestToken(api: ApiClient, clientId: string, clientSecret: string): Promise<string> {
  const res = await api.request<TokenBody>('POST', '/v1/auth/token', {
    body: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret },
  });
  if (res.status !== 200)
    throw new Error(`token request for ${clientId} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.access_token;
}

/** A token of the stack's bootstrap admin (role admin, institution "system"). */
export function adminToken(stack: TestStack): Promise<string> {
  return requestToken(stack.api, stack.admin.clientId, stack.admin.clientSecret);
}

export interface TestClient extends CreatedApiClient {
  /** A fresh token of this client. */
  token(): Promise<string>;
}

/** Creates an API client of an institution with these roles (as the admin). */
export async function createClient(
  stack: TestStack,
  institutionId: string,
  roles: Role[],
  name = `test client ${roles.join('+')}`,
): Promise<TestClient> {
  const res = await stack.api.request<CreatedApiClient>('POST', `/v1/institutions/${institutionId}/clients`, {
    token: await adminToken(stack),
    body: { name, roles },
  });
  if (res.status !== 201)
    throw new Error(`creating a client answered ${res.status}: ${JSON.stringify(res.body)}`);
  const client = res.body;
  return { ...client, token: () => requestToken(stack.api, client.clientId, client.clientSecret) };
}

/** The id of an institution found by acronym (the stack seeds seeds/institutions.json). */
export async function institutionIdByAcronym(stack: TestStack, acronym: string): Promise<string> {
  const token = await adminToken(stack);
  let cursor: string | undefined;
  for (let page = 0; page < 50; page++) {
    const query = `limit=100${cursor ? `&cursor=${cursor}` : ''}`;
    const res = await stack.api.request<{
      items: { id: string; acronym: string }[];
      nextCursor: string | null;
    }>('GET', `/v1/institutions?${query}`, { token });
    if (res.status !== 200) throw new Error(`listing institutions answered ${res.status}`);
    const found = res.body.items.find((i) => i.acronym.toUpperCase() === acronym.toUpperCase());
    if (found) return found.id;
    if (!res.body.nextCursor) break;
    cursor = res.body.nextCursor;
  }
  throw new Error(`No institution with acronym ${acronym}`);
}
