import { createClient, expectEventually, institutionIdByAcronym, type ApiResponse } from '@elo/testing';
import { startPlanFixture, type Page, type PlanFixture } from './plan-fixture';

export interface Partnership {
  id: string;
  kind: string;
  status: string;
  title: string;
  version: number;
  demo: boolean;
  parties: { institutionId: string; role: string }[];
  commitments: { id: string; status: string; overdue: boolean; evidence: unknown[] }[];
  amendments: { number: number; before: unknown; after: unknown }[];
  effectiveUntil?: string;
  renewalOf?: string;
  renewedBy?: string;
}

const DAY_MS = 86_400_000;
/** A São Paulo calendar day `offset` days from now (the stack runs on the real clock). */
export const day = (offset: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo' }).format(
    new Date(Date.now() + offset * DAY_MS),
  );

export interface PartnershipFixture {
  fx: PlanFixture;
  ids: Record<'mjsp' | 'mte' | 'pf' | 'prf' | 'conatrap', string>;
  /** Agency tokens of PF and MTE. */
  pfAgency: string;
  mteAgency: string;
  send<T>(
    method: string,
    path: string,
    token: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<ApiResponse<T>>;
  /** Creates an agreement as the coordinator, once the service has learnt the institutions it names. */
  create(body: Record<string, unknown>): Promise<Partnership>;
  transition(id: string, to: string, reason?: string): Promise<ApiResponse<Partnership>>;
  /** Every agreement a query lists, walking pages of 2. */
  all(query: string, token?: string): Promise<Partnership[]>;
  /** A draft private-sector pact of MJSP and MTE for 2.5.1. */
  pact(): Record<string, unknown>;
}

export async function startPartnershipFixture(
  options: { env?: Record<string, string> } = {},
): Promise<PartnershipFixture> {
  const fx = await startPlanFixture(options);
  const byAcronym = (a: string) => institutionIdByAcronym(fx.stack, a);
  const ids = {
    mjsp: fx.mjsp,
    mte: fx.mte,
    conatrap: fx.conatrap,
    pf: await byAcronym('PF'),
    prf: await byAcronym('PRF'),
  };
  const send = <T>(
    method: string,
    path: string,
    token: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => fx.stack.api.request<T>(method, path, { token, body, ...(headers ? { headers } : {}) });
  const all = async (query: string, token = fx.coordinator): Promise<Partnership[]> => {
    const items: Partnership[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 30; page++) {
      const res: ApiResponse<Page<Partnership>> = await send<Page<Partnership>>(
        'GET',
        `/v1/partnerships?limit=2${query ? `&${query}` : ''}${cursor ? `&cursor=${cursor}` : ''}`,
        token,
      );
      expect(res.status).toBe(200);
      items.push(...res.body.items);
      cursor = res.body.nextCursor;
      if (!cursor) return items;
    }
    throw new Error('too many pages');
  };
  return {
    fx,
    ids,
    pfAgency: await (await createClient(fx.stack, ids.pf, ['agency'])).token(),
    mteAgency: await (await createClient(fx.stack, ids.mte, ['agency'])).token(),
    send,
    all,
    create: (body) =>
      expectEventually(
        async () => {
          const res = await send<Partnership>('POST', '/v1/partnerships', fx.coordinator, body);
          expect(res.status).toBe(201);
          return res.body;
        },
        { timeoutMs: 20_000 },
      ),
    transition: (id, to, reason = `para ${to}`) =>
      send<Partnership>('POST', `/v1/partnerships/${id}/transitions`, fx.coordinator, { to, reason }),
    pact: () => ({
      kind: 'private_sector',
      sector: 'air_transport',
      title: 'Pacto de cooperação com companhias aéreas',
      objective: 'Capacitar tripulações para identificar possíveis vítimas de tráfico de pessoas.',
      nup: '08000.012345/2025-84',
      parties: [
        { institutionId: ids.mjsp, role: 'signatory' },
        { institutionId: ids.mte, role: 'implementer' },
      ],
      countries: ['BR'],
      activityCodes: ['2.5.1'],
    }),
  };
}
