import type { CreatedInvitation, Page } from '@elo/contracts';

/** The development admin person `npm start` invites until someone accepts the link. */
export const FIRST_ADMIN = {
  name: 'Administração Elo',
  email: 'admin@elo.local',
  institution: 'MJSP',
} as const;

export type FirstAdminOutcome = { invitationUrl: string; expiresAt: string } | { alreadyActive: true };

interface Credentials {
  clientId: string;
  clientSecret: string;
}

async function call<T>(baseUrl: string, method: string, path: string, body?: unknown, token?: string) {
  const res = await fetch(baseUrl + path, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(30_000),
  });
  return { status: res.status, body: (await res.json()) as T };
}

async function institutionId(baseUrl: string, token: string, acronym: string): Promise<string> {
  let cursor: string | null = null;
  do {
    const query: string = `limit=100${cursor ? `&cursor=${cursor}` : ''}`;
    const { body } = await call<Page<{ id: string; acronym: string }>>(
      baseUrl,
      'GET',
      `/v1/institutions?${query}`,
      undefined,
      token,
    );
    const found = body.items.find((i) => i.acronym === acronym);
    if (found) return found.id;
    cursor = body.nextCursor;
  } while (cursor);
  throw new Error(`no institution ${acronym} in the directory (are the seeds loaded?)`);
}

/**
 * Invites the first admin person through the gateway's own API, as the bootstrap admin client. While
 * nobody accepted, each run issues a fresh link (the previous one stops working); once the account
 * is active, nothing is invited.
 */
export async function inviteFirstAdmin(baseUrl: string, admin: Credentials): Promise<FirstAdminOutcome> {
  const issued = await call<{ access_token?: string }>(baseUrl, 'POST', '/v1/auth/token', {
    grant_type: 'client_credentials',
    client_id: admin.clientId,
    client_secret: admin.clientSecret,
  });
  if (!issued.body.access_token) throw new Error(`the bootstrap admin got no token (${issued.status})`);
  const token = issued.body.access_token;
  const res = await call<CreatedInvitation & { code?: string }>(
    baseUrl,
    'POST',
    '/v1/people/invitations',
    {
      name: FIRST_ADMIN.name,
      email: FIRST_ADMIN.email,
      institutionId: await institutionId(baseUrl, token, FIRST_ADMIN.institution),
      roles: ['admin'],
    },
    token,
  );
  if (res.status === 201) return { invitationUrl: res.body.invitationUrl, expiresAt: res.body.expiresAt };
  if (res.body.code === 'DIRECTORY.EMAIL_TAKEN') return { alreadyActive: true };
  throw new Error(`inviting the first admin answered ${res.status} ${res.body.code ?? ''}`);
}
