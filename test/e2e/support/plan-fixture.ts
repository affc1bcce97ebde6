import {
  createClient,
  expectEventually,
  institutionIdByAcronym,
  startTestStack,
  type ApiResponse,
  type TestStack,
} from '@elo/testing';

export interface Problem {
  status: number;
  code: string;
  errors?: { field: string; message: string }[];
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
export interface Activity {
  code: string;
  text: string;
  status: string;
  progress: number;
  progressPeriod?: string;
  leadInstitutionId?: string;
  indicators: { key: string; values: { period: string; value: number }[] }[];
  evidence: { kind: string; sourceEventId?: string; sourceId?: string; participants?: unknown[] }[];
}

export function expectProblem(res: ApiResponse<unknown>, status: number, code: string): Problem {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = res.body as Problem;
  expect(body).toMatchObject({ status, code });
  return body;
}

export interface PlanFixture {
  stack: TestStack;
  /** Seeded institution ids. */
  conatrap: string;
  mjsp: string;
  mte: string;
  /** Tokens of CONATRAP clients. */
  coordinator: string;
  viewer: string;
  get<T>(path: string, token?: string): Promise<ApiResponse<T>>;
  send<T>(method: string, path: string, token: string, body?: unknown): Promise<ApiResponse<T>>;
  /**
   * A coordinator's PATCH of an activity, repeated until it succeeds: the plan learns institutions from the
   * directory's events, so a change naming them only passes once it knows them.
   */
  patchOnceKnown(path: string, body: Record<string, unknown>): Promise<void>;
  stop(): Promise<void>;
}

/** The whole stack, with CONATRAP's coordinator and viewer; GETs use the viewer's token unless told. */
export async function startPlanFixture(options: { env?: Record<string, string> } = {}): Promise<PlanFixture> {
  const stack = await startTestStack(options);
  try {
    return await planFixture(stack);
  } catch (error) {
    await stack.stop();
    throw error;
  }
}

async function planFixture(stack: TestStack): Promise<PlanFixture> {
  const conatrap = await institutionIdByAcronym(stack, 'CONATRAP');
  const mjsp = await institutionIdByAcronym(stack, 'MJSP');
  const mte = await institutionIdByAcronym(stack, 'MTE');
  const coordinator = await (await createClient(stack, conatrap, ['coordinator'])).token();
  const viewer = await (await createClient(stack, conatrap, ['viewer'])).token();
  const send = <T>(method: string, path: string, token: string, body?: unknown) =>
    stack.api.request<T>(method, path, { token, body });
  return {
    stack,
    conatrap,
    mjsp,
    mte,
    coordinator,
    viewer,
    get: <T>(path: string, token = viewer) => stack.api.request<T>('GET', path, { token }),
    send,
    patchOnceKnown: (path, body) =>
      expectEventually(
        async () => {
          const res = await send('PATCH', path, coordinator, body);
          expect(res.status).toBe(200);
        },
        { timeoutMs: 20_000 },
      ),
    stop: () => stack.stop(),
  };
}
