import {
  createClient,
  institutionIdByAcronym,
  startTestStack,
  type TestClient,
  type TestStack,
} from '@elo/testing';

export interface Problem {
  status: number;
  code: string;
  detail: string;
}

export interface AuthFixture {
  stack: TestStack;
  mjsp: string;
  /** MJSP's agency client. */
  agency: TestClient;
  /** Every secret and token seen, to check none reached the logs. */
  secrets: Set<string>;
  remember<T extends string>(value: T): T;
  /** A fresh token of a client, remembered. */
  token(client: { token(): Promise<string> }): Promise<string>;
  stop(): Promise<void>;
}

/** The whole stack with an MJSP agency client; the admin's and the agency's secrets are remembered. */
export async function startAuthFixture(
  options: Parameters<typeof startTestStack>[0] = {},
): Promise<AuthFixture> {
  const stack = await startTestStack(options);
  const secrets = new Set<string>();
  const remember = <T extends string>(value: T): T => {
    secrets.add(value);
    return value;
  };
  try {
    remember(stack.admin.clientSecret);
    const mjsp = await institutionIdByAcronym(stack, 'MJSP');
    const agency = await createClient(stack, mjsp, ['agency'], 'MJSP case system');
    remember(agency.clientSecret);
    return {
      stack,
      mjsp,
      agency,
      secrets,
      remember,
      token: async (client) => remember(await client.token()),
      stop: () => stack.stop(),
    };
  } catch (error) {
    await stack.stop();
    throw error;
  }
}
