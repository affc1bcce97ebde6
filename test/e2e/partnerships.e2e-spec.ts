import { createClient, expectEventually } from '@elo/testing';
import { expectProblem, type Activity, type PlanFixture } from './support/plan-fixture';
import {
  day,
  startPartnershipFixture,
  type Partnership,
  type PartnershipFixture,
} from './support/partnership-fixture';

describe('partnership agreements through the gateway', () => {
  let p: PartnershipFixture;
  let fx: PlanFixture;
  let ids: PartnershipFixture['ids'];
  let pfAgency: string;
  let mteAgency: string;
  const send: PartnershipFixture['send'] = (...args) => p.send(...args);
  const create: PartnershipFixture['create'] = (body) => p.create(body);
  const transition: PartnershipFixture['transition'] = (...args) => p.transition(...args);
  const all: PartnershipFixture['all'] = (...args) => p.all(...args);

  beforeAll(async () => {
    p = await startPartnershipFixture();
    ({ fx, ids, pfAgency, mteAgency } = p);
  }, 180_000);

  afterAll(async () => {
    await p?.fx.stop();
  });

  it('signs an agreement linked to 2.5.1 and plan-tracking shows it as evidence of 2.5.1', async () => {
    const created = await create(p.pact());
    expect(created).toMatchObject({ status: 'draft', version: 0, demo: false });

    const read = await send<Partnership>('GET', `/v1/partnerships/${created.id}`, fx.viewer);
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"0"');

    // The dates, with If-Match: a stale version changes nothing.
    const dates = { signedAt: day(-40), effectiveFrom: day(-30), effectiveUntil: day(400) };
    expectProblem(
      await send('PATCH', `/v1/partnerships/${created.id}`, fx.coordinator, dates, { 'if-match': '"7"' }),
      412,
      'COMMON.PRECONDITION_FAILED',
    );
    const patched = await send<Partnership>(
      'PATCH',
      `/v1/partnerships/${created.id}`,
      fx.coordinator,
      dates,
      {
        'if-match': '"0"',
      },
    );
    expect(patched.status).toBe(200);
    expect(patched.headers.get('etag')).toBe('"1"');

    expectProblem(await transition(created.id, 'signed'), 409, 'PARTNERSHIP.INVALID_TRANSITION');
    expect((await transition(created.id, 'negotiation', 'Minuta enviada às companhias')).status).toBe(200);
    const signed = await transition(created.id, 'signed', 'Assinado em cerimônia no MJSP');
    expect(signed.status).toBe(200);
    expect(signed.body.status).toBe('signed');
    expectProblem(
      await send('PATCH', `/v1/partnerships/${created.id}`, fx.coordinator, { effectiveUntil: day(500) }),
      400,
      'PARTNERSHIP.INVALID_DATES',
    );
    expect((await transition(created.id, 'in_force', 'Publicado o extrato')).body.status).toBe('in_force');

    const history = await send<{
      items: { type: string; to?: string; reason?: string; by: { clientId: string } }[];
    }>('GET', `/v1/partnerships/${created.id}/history`, fx.viewer);
    expect(history.body.items.map((h) => [h.type, h.to, h.reason])).toEqual([
      ['created', undefined, undefined],
      ['transition', 'negotiation', 'Minuta enviada às companhias'],
      ['transition', 'signed', 'Assinado em cerimônia no MJSP'],
      ['transition', 'in_force', 'Publicado o extrato'],
    ]);

    await expectEventually(
      async () => {
        const activity = await fx.get<Activity>('/v1/plan/activities/2.5.1');
        expect(activity.body.evidence).toContainEqual(
          expect.objectContaining({ kind: 'partnership', sourceId: created.id }),
        );
      },
      { timeoutMs: 20_000 },
    );

    // An amendment extends the end and keeps what it was.
    const amended = await send<Partnership>(
      'POST',
      `/v1/partnerships/${created.id}/amendments`,
      fx.coordinator,
      {
        description: 'Prorroga a vigência por mais um ano',
        signedAt: day(0),
        effectiveUntil: day(765),
      },
    );
    expect(amended.status).toBe(200);
    expect(amended.body.effectiveUntil).toBe(day(765));
    expect(amended.body.amendments).toEqual([
      expect.objectContaining({ number: 1, before: expect.objectContaining({ effectiveUntil: day(400) }) }),
    ]);

    const renewal = await send<Partnership>(
      'POST',
      `/v1/partnerships/${created.id}/renewals`,
      fx.coordinator,
      {
        effectiveFrom: day(766),
        effectiveUntil: day(1500),
      },
    );
    expect(renewal.status).toBe(201);
    expect(renewal.body).toMatchObject({ status: 'draft', renewalOf: created.id });
    expect((await send<Partnership>('GET', `/v1/partnerships/${created.id}`, fx.viewer)).body.renewedBy).toBe(
      renewal.body.id,
    );
    expectProblem(
      await send('POST', `/v1/partnerships/${created.id}/renewals`, fx.coordinator, {
        effectiveFrom: day(800),
      }),
      409,
      'PARTNERSHIP.ALREADY_RENEWED',
    );
  });

  it('refuses malformed agreements and missing requirements, writing nothing', async () => {
    const before = (await all('')).length;
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ ...p.pact(), nup: '08000.012345/2025-11' }, 400, 'PARTNERSHIP.INVALID_NUP', 'nup'],
      [{ ...p.pact(), countries: ['XX'] }, 400, 'COMMON.VALIDATION', 'countries.0'],
      [{ ...p.pact(), activityCodes: ['9.9.9'] }, 400, 'PARTNERSHIP.UNKNOWN_ACTIVITY', 'activityCodes'],
      [{ ...p.pact(), sector: undefined }, 400, 'COMMON.VALIDATION', 'sector'],
      [
        { ...p.pact(), parties: [{ institutionId: 'ffffffffffffffffffffffff', role: 'signatory' }] },
        400,
        'PARTNERSHIP.UNKNOWN_INSTITUTION',
        'parties',
      ],
      [
        { ...p.pact(), effectiveFrom: day(10), effectiveUntil: day(5) },
        400,
        'PARTNERSHIP.INVALID_DATES',
        'effectiveUntil',
      ],
      [{ ...p.pact(), surprise: true }, 400, 'COMMON.VALIDATION', 'surprise'],
    ];
    for (const [body, status, code, field] of cases) {
      const problem = expectProblem(
        await send('POST', '/v1/partnerships', fx.coordinator, body),
        status,
        code,
      );
      expect(problem.errors?.map((e) => e.field)).toContain(field);
    }
    expectProblem(await send('POST', '/v1/partnerships', fx.viewer, p.pact()), 403, 'AUTH.FORBIDDEN');

    // A technical cooperation agreement cannot be signed without an end; a memorandum can.
    const act = await create({
      ...p.pact(),
      kind: 'technical_cooperation',
      sector: undefined,
      signedAt: day(0),
      effectiveFrom: day(0),
    });
    await transition(act.id, 'negotiation');
    const notReady = expectProblem(await transition(act.id, 'signed'), 409, 'PARTNERSHIP.NOT_READY');
    expect(notReady.errors?.map((e) => e.field)).toEqual(['effectiveUntil']);
    const mou = await create({
      ...p.pact(),
      kind: 'memorandum_of_understanding',
      sector: undefined,
      signedAt: day(0),
      effectiveFrom: day(0),
    });
    await transition(mou.id, 'negotiation');
    expect((await transition(mou.id, 'signed')).status).toBe(200);
    expect((await all('')).length).toBe(before + 2);
  });

  it('filters by kind, sector, status, institution, country, activity, expiry and accent-insensitive text, in cursor pages', async () => {
    const tech = await create({
      kind: 'international_project',
      title: 'Cooperação técnica na tríplice fronteira',
      objective: 'Formação conjunta de agentes de fronteira.',
      signedAt: day(-100),
      effectiveFrom: day(-90),
      effectiveUntil: day(20),
      parties: [
        { institutionId: ids.pf, role: 'implementer' },
        { institutionId: ids.mjsp, role: 'signatory' },
      ],
      countries: ['AR', 'PY'],
      activityCodes: ['4.1.2'],
    });
    await transition(tech.id, 'negotiation');
    await transition(tech.id, 'signed');
    await transition(tech.id, 'in_force');

    const only = async (query: string) => (await all(query)).map((p) => p.id);
    expect(await only('country=PY')).toContain(tech.id);
    expect(await only('country=PY&kind=private_sector')).not.toContain(tech.id);
    expect(await only(`institution=${ids.pf}&activity=4.1.2`)).toContain(tech.id);
    expect(await only('action=4.1')).toContain(tech.id);
    expect(await only('expiringWithinDays=30')).toContain(tech.id);
    expect(await only('expiringWithinDays=10')).not.toContain(tech.id);
    expect(await only(`q=${encodeURIComponent('COOPERAÇÃO TÉCNICA')}`)).toEqual(
      await only('q=cooperacao%20tecnica'),
    );
    expect(await only('q=cooperacao%20tecnica')).toContain(tech.id);
    const inForce = await all('status=in_force');
    expect(inForce.length).toBeGreaterThan(1);
    expect(inForce.every((p) => p.status === 'in_force')).toBe(true);
    const air = await all('sector=air_transport');
    expect(air.length).toBeGreaterThan(0);
    expect(air.every((p) => p.kind === 'private_sector')).toBe(true);
    expectProblem(await send('GET', '/v1/partnerships?country=ZZ', fx.viewer), 400, 'COMMON.VALIDATION');

    // The demo agreements arrive once the directory's institutions have.
    await expectEventually(
      async () => expect((await all('q=eurofront')).map((p) => p.demo)).toEqual([true]),
      {
        timeoutMs: 20_000,
      },
    );

    const summary = await send<{
      total: number;
      inForce: number;
      expiringWithin30Days: number;
      byActivity: Record<string, number>;
    }>('GET', '/v1/partnerships/summary', fx.coordinator);
    expect(summary.status).toBe(200);
    expect(summary.body.expiringWithin30Days).toBeGreaterThanOrEqual(1);
    expect(summary.body.byActivity['4.1.2']).toBeGreaterThanOrEqual(1);
    expectProblem(await send('GET', '/v1/partnerships/summary', fx.viewer), 403, 'AUTH.FORBIDDEN');
  });

  it('shows a restricted agreement only to its parties and coordinators; commitments to the responsible agency', async () => {
    const restricted = await create({
      kind: 'data_sharing',
      title: 'Compartilhamento de dados PRF–PF',
      objective: 'Ocorrências com indícios de tráfico de pessoas.',
      confidentiality: 'restricted',
      parties: [
        { institutionId: ids.prf, role: 'signatory' },
        { institutionId: ids.pf, role: 'signatory' },
      ],
      activityCodes: ['5.3.5'],
      dataSharing: {
        flows: [
          {
            categories: ['case_identifiers'],
            fromInstitutionId: ids.prf,
            toInstitutionId: ids.pf,
            legalBasis: { article: 11, item: 'II', letter: 'b' },
            from: day(0),
            until: day(300),
          },
        ],
      },
    });
    const path = `/v1/partnerships/${restricted.id}`;
    expect((await send('GET', path, pfAgency)).status).toBe(200);
    expect((await send('GET', path, fx.coordinator)).status).toBe(200);
    expectProblem(await send('GET', path, mteAgency), 404, 'PARTNERSHIP.NOT_FOUND');
    expectProblem(await send('GET', path, fx.viewer), 404, 'PARTNERSHIP.NOT_FOUND');
    expectProblem(await send('GET', `${path}/history`, fx.viewer), 404, 'PARTNERSHIP.NOT_FOUND');
    expect((await all('', mteAgency)).map((p) => p.id)).not.toContain(restricted.id);
    expect((await all('', pfAgency)).map((p) => p.id)).toContain(restricted.id);

    // Terms naming a non-party are refused.
    const stranger = {
      ...(
        await send<Partnership & { dataSharing: { flows: Record<string, unknown>[] } }>(
          'GET',
          path,
          fx.coordinator,
        )
      ).body.dataSharing,
    };
    expectProblem(
      await send('PATCH', path, fx.coordinator, {
        dataSharing: { flows: [{ ...stranger.flows[0], toInstitutionId: ids.mte }] },
      }),
      400,
      'PARTNERSHIP.INVALID_TERMS',
    );

    const withCommitment = await send<Partnership>('POST', `${path}/commitments`, fx.coordinator, {
      description: 'Enviar o primeiro lote de ocorrências',
      responsibleInstitutionId: ids.prf,
      dueDate: day(30),
    });
    expect(withCommitment.status).toBe(201);
    const commitmentId = withCommitment.body.commitments[0]?.id ?? '';
    expectProblem(
      await send('POST', `${path}/commitments/${commitmentId}/complete`, mteAgency, {}),
      404,
      'PARTNERSHIP.NOT_FOUND',
    );
    expectProblem(
      await send('POST', `${path}/commitments/${commitmentId}/complete`, pfAgency, {}),
      403,
      'PARTNERSHIP.NOT_RESPONSIBLE',
    );
    const prfAgency = await (await createClient(fx.stack, ids.prf, ['agency'])).token();
    expectProblem(
      await send('PATCH', `${path}/commitments/${commitmentId}`, prfAgency, { dueDate: day(60) }),
      403,
      'PARTNERSHIP.NOT_RESPONSIBLE',
    );
    const done = await send<Partnership>('POST', `${path}/commitments/${commitmentId}/complete`, prfAgency, {
      evidence: [{ title: 'Ofício de envio', url: 'https://example.gov.br/oficio.pdf' }],
    });
    expect(done.status).toBe(200);
    expect(done.body.commitments[0]).toMatchObject({
      status: 'done',
      overdue: false,
      evidence: [expect.anything()],
    });
  });
});
