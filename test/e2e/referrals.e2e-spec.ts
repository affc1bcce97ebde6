import { createClient, expectEventually, institutionIdByAcronym } from '@elo/testing';
import { expectProblem } from './support/plan-fixture';
import { referralCase } from './support/referral-case';
import { day, startPartnershipFixture, type PartnershipFixture } from './support/partnership-fixture';

interface Referral {
  id: string;
  status: string;
  sharing: { identifiers: boolean; reason: string };
  core?: { exploitation: string[] };
  identifiers?: unknown;
}

const CASE = referralCase(
  { name: 'Mateo Quispe Condori', passport: 'BO998877', phone: '+591 7123 4567' },
  { protocols: [{ channel: 'disque_100', number: '20261203004512' }] },
);

describe('referrals through the gateway', () => {
  let p: PartnershipFixture;
  let prf: string;
  let ajufe: string;
  let admin: string;
  let ajufeId: string;
  const send = <T>(method: string, path: string, token: string, body?: unknown) =>
    p.fx.stack.api.request<T>(method, path, { token, body });
  const refer = (caseId: string, receiverInstitutionId: string) =>
    send<Referral>('POST', '/v1/referrals', prf, {
      caseId,
      receiverInstitutionId,
      service: 'shelter',
      urgency: 'high',
    });

  beforeAll(async () => {
    p = await startPartnershipFixture();
    ajufeId = await institutionIdByAcronym(p.fx.stack, 'AJUFE');
    prf = await (await createClient(p.fx.stack, p.ids.prf, ['agency'])).token();
    ajufe = await (await createClient(p.fx.stack, ajufeId, ['agency'])).token();
    admin = await (await createClient(p.fx.stack, p.fx.conatrap, ['admin'])).token();
  }, 180_000);

  afterAll(async () => {
    await p?.fx.stop();
  });

  async function openCase(): Promise<string> {
    const res = await send<{ id: string }>('POST', '/v1/referrals/cases', prf, CASE);
    expect(res.status).toBe(201);
    expect(JSON.stringify(res.body)).not.toContain('Quispe');
    return res.body.id;
  }
  const referToPf = (caseId: string) =>
    expectEventually(
      async () => {
        const res = await refer(caseId, p.ids.pf);
        expect(res.status).toBe(201);
        return res.body;
      },
      { timeoutMs: 20_000 },
    );
  const lookup = (token: string, body: unknown) =>
    send<{ items: { case: { id: string }; referrals: { id: string }[] }[] }>(
      'POST',
      '/v1/referrals/cases/lookups',
      token,
      body,
    );

  it('carries a referral from PRF to PF to completion; a third institution gets 404, admin 403', async () => {
    const caseId = await openCase();
    // The service learns the directory's institutions from its events: retry until it knows PF.
    const sent = await referToPf(caseId);
    expect(sent).toMatchObject({
      status: 'sent',
      sharing: { identifiers: true, reason: 'public_body_11_II_b' },
    });
    const path = `/v1/referrals/${sent.id}`;

    expectProblem(await send('GET', path, p.mteAgency), 404, 'REFERRAL.NOT_FOUND');
    expectProblem(await send('GET', path, admin), 403, 'AUTH.FORBIDDEN');
    const coordinatorView = await send<Referral>('GET', path, p.fx.coordinator);
    expect(coordinatorView.body.core?.exploitation).toEqual(['slavery_like_labour']);
    expect(coordinatorView.body.identifiers).toBeUndefined();

    expectProblem(
      await send('POST', `${path}/transitions`, prf, { to: 'accepted' }),
      403,
      'REFERRAL.NOT_RECEIVER',
    );
    for (const body of [
      { to: 'accepted' },
      { to: 'in_progress' },
      { to: 'completed', outcome: 'Inquiry opened' },
    ]) {
      const res = await send<Referral>('POST', `${path}/transitions`, p.pfAgency, body);
      expect(res.status).toBe(200);
      expect(res.body.status).toBe(body.to);
    }
    expectProblem(
      await send('POST', `${path}/transitions`, p.pfAgency, { to: 'accepted' }),
      409,
      'REFERRAL.INVALID_TRANSITION',
    );
    const read = await send<{ passport: string }>('POST', `${path}/identifier-reads`, p.pfAgency, {
      purpose: 'Opening the inquiry',
    });
    expect(read.body.passport).toBe('BO998877');
    expectProblem(await send('POST', `${path}/identifier-reads`, p.pfAgency, {}), 400, 'COMMON.VALIDATION');

    const inbox = await send<{ items: Referral[] }>(
      'GET',
      '/v1/referrals/inbox?status=completed&limit=100',
      p.pfAgency,
    );
    expect(inbox.body.items.map((r) => r.id)).toContain(sent.id);
    const verify = await send<{ intact: boolean }>('GET', '/v1/admin/audit/verify', admin);
    expect(verify.body.intact).toBe(true);
  });

  it('hides identifiers from a civil-society receiver until an agreement covering them is in force', async () => {
    const caseId = await openCase();
    const hidden = await expectEventually(
      async () => {
        const res = await refer(caseId, ajufeId);
        expect(res.status).toBe(201);
        return res.body;
      },
      { timeoutMs: 20_000 },
    );
    expect(hidden.sharing).toEqual({ identifiers: false, reason: 'no_agreement_in_force' });
    expectProblem(
      await send('POST', `/v1/referrals/${hidden.id}/identifier-reads`, ajufe, {
        purpose: 'Legal aid intake',
      }),
      403,
      'REFERRAL.IDENTIFIERS_NOT_SHARED',
    );

    const agreement = await p.create({
      kind: 'data_sharing',
      title: 'Compartilhamento PRF–AJUFE',
      objective: 'Encaminhamento de vítimas para assistência jurídica.',
      parties: [
        { institutionId: p.ids.prf, role: 'signatory' },
        { institutionId: ajufeId, role: 'signatory' },
      ],
      activityCodes: ['5.3.5'],
      dataSharing: {
        flows: [
          {
            categories: ['case_identifiers'],
            fromInstitutionId: p.ids.prf,
            toInstitutionId: ajufeId,
            legalBasis: { article: 11, item: 'II', letter: 'b' },
            from: day(-1),
            until: day(300),
          },
        ],
      },
    });
    const dates = { signedAt: day(-2), effectiveFrom: day(-1), effectiveUntil: day(300) };
    expect((await send('PATCH', `/v1/partnerships/${agreement.id}`, p.fx.coordinator, dates)).status).toBe(
      200,
    );
    for (const to of ['negotiation', 'signed', 'in_force'])
      expect((await p.transition(agreement.id, to)).status).toBe(200);

    const shared = await expectEventually(
      async () => {
        const res = await refer(caseId, ajufeId);
        expect(res.body.sharing).toEqual({ identifiers: true, reason: 'agreement_in_force' });
        return res.body;
      },
      { timeoutMs: 20_000 },
    );
    const read = await send<{ name: string }>('POST', `/v1/referrals/${shared.id}/identifier-reads`, ajufe, {
      purpose: 'Legal aid intake',
    });
    expect(read.body.name).toBe('Mateo Quispe Condori');
    // The decision is per referral: the earlier one stays as decided.
    expect((await send<Referral>('GET', `/v1/referrals/${hidden.id}`, ajufe)).body.sharing.identifiers).toBe(
      false,
    );
  });

  it('stops a receiver’s identifier reads once the person withdraws consent, and resumes when it is given again', async () => {
    const caseId = await openCase();
    const sent = await referToPf(caseId);
    const consent = (token: string, body: unknown) =>
      send<{ consent: { status: string; recordedBy: { institutionId: string } } }>(
        'PUT',
        `/v1/referrals/cases/${caseId}/consent`,
        token,
        body,
      );
    const read = () =>
      send('POST', `/v1/referrals/${sent.id}/identifier-reads`, p.pfAgency, {
        purpose: 'Hearing the victim',
      });
    expect((await read()).status).toBe(200);

    const withdrawn = await consent(prf, { status: 'withdrawn' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.consent).toMatchObject({
      status: 'withdrawn',
      recordedBy: { institutionId: p.ids.prf },
    });
    expectProblem(await read(), 403, 'REFERRAL.IDENTIFIERS_NOT_SHARED');
    expect((await send<Referral>('GET', `/v1/referrals/${sent.id}`, p.pfAgency)).body.sharing).toEqual({
      identifiers: false,
      reason: 'consent_withdrawn',
    });
    expectProblem(await consent(prf, { status: 'withdrawn' }), 409, 'REFERRAL.CONSENT_NOT_GIVEN');
    expectProblem(await consent(prf, { status: 'refused' }), 400, 'REFERRAL.LEGAL_BASIS_REQUIRED');
    expectProblem(
      await consent(p.pfAgency, { status: 'refused', legalBasis: 'e' }),
      404,
      'REFERRAL.CASE_NOT_FOUND',
    );

    expect((await consent(prf, CASE.consent)).status).toBe(200);
    expect((await read()).status).toBe(200);
  });

  it('finds the caller’s own earlier cases of a person by passport, nobody else’s', async () => {
    const caseId = await openCase();
    const sent = await referToPf(caseId);
    const body = { by: 'passport', passport: 'bo998877', purpose: 'Looking for an earlier case' };
    const own = await lookup(prf, body);
    expect(own.status).toBe(200);
    const match = own.body.items.find((m) => m.case.id === caseId);
    expect(match?.referrals.map((r) => r.id)).toContain(sent.id);
    expect(JSON.stringify(own.body)).not.toContain('Quispe');
    expect((await lookup(p.pfAgency, body)).body.items).toEqual([]);
    expectProblem(await lookup(p.fx.coordinator, body), 403, 'AUTH.FORBIDDEN');
    expectProblem(
      await lookup(prf, { by: 'cpf', cpf: '529.982.247-26', purpose: 'Looking for an earlier case' }),
      400,
      'REFERRAL.INVALID_CPF',
    );
  });

  it('filters the outbox by overdue as a boolean and refuses anything but true or false', async () => {
    const sent = await referToPf(await openCase());
    const ids = async (query: string) =>
      (
        await send<{ items: Referral[] }>('GET', `/v1/referrals/outbox?limit=100&${query}`, prf)
      ).body.items.map((r) => r.id);
    expect(await ids('overdue=false')).toContain(sent.id);
    expect(await ids('overdue=true')).not.toContain(sent.id);
    expectProblem(await send('GET', '/v1/referrals/outbox?overdue=1', prf), 400, 'COMMON.VALIDATION');
    const badProtocol = { ...CASE, core: { ...CASE.core, protocols: ['Disque 100, protocolo 4512'] } };
    expectProblem(await send('POST', '/v1/referrals/cases', prf, badProtocol), 400, 'COMMON.VALIDATION');
  });
});
