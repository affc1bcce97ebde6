import { ObjectId } from 'mongodb';
import { institutionScope } from '@elo/persistence';
import { expectEventually, codeOf } from '@elo/testing';
import type { Caller } from '@elo/contracts';
import { agency, COORDINATOR, CREAS, newCase, NGO, PF, PLAIN } from '../testing/fixtures';
import { startHarness, type Harness } from '../test-fixtures/harness';
import { pendingAudit } from '../audit/audit-outbox';
import { CaseRepository } from './case.repository';
import { SharingReviewJob } from './sharing-review.job';

const GIVEN = { status: 'given', at: '2026-12-02T15:00:00.000Z', recordedHow: 'signed_form' } as const;
const READ = 'Scheduling the intake interview';
const ADMIN: Caller = { clientId: 'admin', institutionId: 'ffffffffffffffffffffffff', roles: ['admin'] };

// Consent changes over the bus, as the gateway sends them: who and when from the caller and the
// server, sharing decided again for every referral, the receivers' reads refused at once.
describe('consent of a case (real NATS, real MongoDB wire protocol)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('referrals-consent');
  }, 60_000);

  afterAll(async () => {
    await h?.stop();
  });

  async function caseReferredToPf(): Promise<{ caseId: string; referralId: string }> {
    const created = await h.call('referrals.case.create', { ...newCase(), consent: GIVEN }, agency(CREAS));
    const sent = await h.call(
      'referrals.referral.send',
      { caseId: created.id, receiverInstitutionId: PF, service: 'investigation', urgency: 'high' },
      agency(CREAS),
    );
    expect(sent.sharing).toEqual({ identifiers: true, reason: 'public_body_11_II_b' });
    return { caseId: created.id, referralId: sent.id };
  }

  it('records a withdrawal with who and when, stops the receiver’s reads and says so without personal data', async () => {
    const { caseId, referralId } = await caseReferredToPf();
    const read = () =>
      codeOf(h.call('referrals.referral.identifiers', { id: referralId, purpose: READ }, agency(PF)));
    expect(await read()).toBe('ok');

    const withdrawn = await h.call(
      'referrals.case.consent',
      { id: caseId, consent: { status: 'withdrawn' } },
      agency(CREAS),
    );
    expect(withdrawn.consent).toEqual({
      status: 'withdrawn',
      recordedAt: h.clock.now().toISOString(),
      recordedBy: { clientId: agency(CREAS).clientId, institutionId: CREAS },
    });
    expect(await read()).toBe('REFERRAL.IDENTIFIERS_NOT_SHARED');
    const referral = await h.call('referrals.referral.get', { id: referralId }, agency(PF));
    expect(referral.sharing).toEqual({ identifiers: false, reason: 'consent_withdrawn' });
    // The owner still holds the case and may read what it recorded.
    expect(
      (await h.call('referrals.case.identifiers', { id: caseId, purpose: READ }, agency(CREAS))).name,
    ).toBe(PLAIN.name);

    await expectEventually(async () => {
      const event = await h.lastEvent('referral.sharing-changed');
      expect(event?.data.referralId).toBe(referralId);
      expect(Object.keys(event?.data ?? {}).sort()).toEqual([
        'at',
        'caseId',
        'deadline',
        'receiverInstitutionId',
        'referralId',
        'senderInstitutionId',
        'status',
        'urgency',
      ]);
      const text = JSON.stringify(event);
      for (const needle of [PLAIN.name, '52998224725', PLAIN.passport, 'withdrawn', 'consent_withdrawn'])
        expect(text).not.toContain(needle);
    });

    const audit = await h.db().collection('audit').find({ caseId, action: 'case.consent-changed' }).toArray();
    expect(audit).toEqual([
      expect.objectContaining({ clientId: agency(CREAS).clientId, institutionId: CREAS }),
    ]);
    // The sharing change it caused is the caller's too, audited in the referral's write.
    const changed = await h
      .db()
      .collection('audit')
      .find({ referralId, action: 'referral.sharing-changed' })
      .toArray();
    expect(changed).toEqual([
      expect.objectContaining({ caseId, clientId: agency(CREAS).clientId, institutionId: CREAS }),
    ]);
    const exported = await h.call('referrals.case.export', { id: caseId }, agency(CREAS));
    expect(exported.case.consent.status).toBe('withdrawn');
    expect(exported.consentHistory).toEqual([
      expect.objectContaining({
        ...GIVEN,
        recordedBy: { clientId: agency(CREAS).clientId, institutionId: CREAS },
      }),
    ]);

    expect(
      await codeOf(
        h.call('referrals.case.consent', { id: caseId, consent: { status: 'withdrawn' } }, agency(CREAS)),
      ),
    ).toBe('REFERRAL.CONSENT_NOT_GIVEN');
    // Given again: the decision is made again from the facts as they stand, and the receiver reads.
    await h.call('referrals.case.consent', { id: caseId, consent: GIVEN }, agency(CREAS));
    expect((await h.call('referrals.referral.get', { id: referralId }, agency(PF))).sharing).toEqual({
      identifiers: true,
      reason: 'public_body_11_II_b',
    });
    expect(await read()).toBe('ok');
  });

  it('keeps sharing under a legal basis recorded with the withdrawal, where the receiver allows it', async () => {
    const { caseId, referralId } = await caseReferredToPf();
    const toNgo = await h.call(
      'referrals.referral.send',
      { caseId, receiverInstitutionId: NGO, service: 'shelter', urgency: 'normal' },
      agency(CREAS),
    );
    await h.call(
      'referrals.case.consent',
      { id: caseId, consent: { status: 'withdrawn', legalBasis: 'e' } },
      agency(CREAS),
    );
    expect((await h.call('referrals.referral.get', { id: referralId }, agency(PF))).sharing.identifiers).toBe(
      true,
    );
    expect((await h.call('referrals.referral.get', { id: toNgo.id }, agency(NGO))).sharing).toEqual({
      identifiers: false,
      reason: 'no_agreement_in_force',
    });
  });

  it('refuses a change without a basis, dated ahead, on another institution’s case or by a coordinator, changing nothing', async () => {
    const { caseId } = await caseReferredToPf();
    const change = (consent: unknown, caller = agency(CREAS)) =>
      codeOf(h.call('referrals.case.consent', { id: caseId, consent } as never, caller));
    expect(await change({ status: 'refused' })).toBe('REFERRAL.LEGAL_BASIS_REQUIRED');
    expect(await change({ ...GIVEN, at: '2027-01-01T00:00:00.000Z' })).toBe('COMMON.VALIDATION');
    expect(await change({ status: 'withdrawn', recordedAt: '2026-12-01T00:00:00.000Z' })).toBe(
      'COMMON.VALIDATION',
    );
    expect(await change({ status: 'withdrawn' }, agency(PF))).toBe('REFERRAL.CASE_NOT_FOUND');
    expect(await change({ ...GIVEN, at: '2027-01-01T00:00:00.000Z' }, agency(PF))).toBe(
      'REFERRAL.CASE_NOT_FOUND',
    );
    expect(await change({ status: 'withdrawn' }, COORDINATOR)).toBe('AUTH.FORBIDDEN');
    const ahead = { ...newCase(), consent: { ...GIVEN, at: '2027-01-01T00:00:00.000Z' } };
    expect(await codeOf(h.call('referrals.case.create', ahead, agency(CREAS)))).toBe('COMMON.VALIDATION');
    const after = await h.call('referrals.case.get', { id: caseId }, agency(CREAS));
    expect(after.consent).toMatchObject(GIVEN);
    expect(after.version).toBe(0);
  });
  it('finishes, through the review job, the sharing review of a consent change whose process died before it', async () => {
    const { caseId, referralId } = await caseReferredToPf();
    const cases = h.service.app.get(CaseRepository);
    const scope = institutionScope(CREAS);
    const before = await cases.get(scope, caseId);
    if (!before) throw new Error('case not stored');
    // The consent service's own write, and then nothing: the process died before the review.
    await cases.changeConsent(scope, caseId, before.version, {
      consent: {
        status: 'withdrawn',
        recordedAt: h.clock.now().toISOString(),
        recordedBy: { clientId: agency(CREAS).clientId, institutionId: CREAS },
      },
      previous: before.consent,
      audit: pendingAudit(agency(CREAS), { action: 'case.consent-changed', caseId }),
    });
    const stale = await h.call('referrals.referral.get', { id: referralId }, agency(PF));
    expect(stale.sharing).toEqual({ identifiers: true, reason: 'public_body_11_II_b' });

    const job = h.service.app.get(SharingReviewJob);
    expect(await job.runNow()).toBeGreaterThanOrEqual(1);
    const reviewed = await h.call('referrals.referral.get', { id: referralId }, agency(PF));
    expect(reviewed.sharing).toEqual({ identifiers: false, reason: 'consent_withdrawn' });
    const row = await h
      .db()
      .collection('cases')
      .findOne({ _id: new ObjectId(caseId) });
    expect(row?.['sharingReviewPending']).toBe(false);
    expect(await job.runNow()).toBe(0);
    // The job's change is audited in its write, by the service: one line, chained, and the chain holds.
    const lines = await h
      .db()
      .collection('audit')
      .find({ referralId, action: 'referral.sharing-changed' })
      .toArray();
    expect(lines).toEqual([
      expect.objectContaining({ caseId, clientId: 'system:sharing-review', institutionId: 'system' }),
    ]);
    expect(await h.call('referrals.audit.verify', {}, ADMIN)).toMatchObject({ intact: true });
  });
});
