import { ObjectId } from 'mongodb';
import type { Caller, ReferralTransition } from '@elo/contracts';
import { codeOf } from '@elo/testing';
import { REFERRALS_CONFIG, type ReferralsConfig } from '../config';
import { startHarness, type Harness } from '../test-fixtures/harness';
import { agency, CREAS, newCase, PF, PLAIN } from '../testing/fixtures';
import { pendingAudit, systemActor } from '../audit/audit-outbox';
import { CaseRepository } from './case.repository';
import { Retention, retentionCutoff } from './retention';
import { RetentionJob } from './retention.job';

const GIVEN = { status: 'given', at: '2026-12-02T15:00:00.000Z', recordedHow: 'signed_form' } as const;
const READ = 'Scheduling the intake interview';
const ADMIN: Caller = { clientId: 'admin', institutionId: 'ffffffffffffffffffffffff', roles: ['admin'] };
const VIEWER: Caller = { clientId: 'viewer', institutionId: 'ffffffffffffffffffffffff', roles: ['viewer'] };
const REJECTED: ReferralTransition = { to: 'rejected', reason: 'No vacancy' };

// Retention over the bus and on the stored documents: the job runs against stored dates, a case's last
// change set back past the retention period in storage (mongoose stamps `updatedAt` itself).
describe('retention of case identifiers (real NATS, real MongoDB wire protocol)', () => {
  let h: Harness;
  let config: ReferralsConfig;
  const created: string[] = [];
  const cases = () => h.db().collection('cases');
  const referrals = () => h.db().collection('referrals');
  const raw = (id: string) => cases().findOne({ _id: new ObjectId(id) });
  const runJob = () => h.service.app.get(RetentionJob).runNow();
  const erasedLines = (caseId: string) =>
    h.db().collection('audit').find({ action: 'case.identifiers-erased', caseId }).toArray();

  /** Past the retention period: one day before the cutoff the job computes now. */
  const longAgo = () =>
    new Date(retentionCutoff(h.clock.now(), config.REFERRALS_RETENTION_DAYS).getTime() - 86_400_000);

  async function openCase(): Promise<string> {
    const input = newCase();
    const c = await h.call(
      'referrals.case.create',
      { ...input, core: { ...input.core, exploitation: ['organ_removal'] }, consent: GIVEN },
      agency(CREAS),
    );
    created.push(c.id);
    return c.id;
  }

  async function refer(caseId: string, ...steps: ReferralTransition[]): Promise<string> {
    const sent = await h.call(
      'referrals.referral.send',
      { caseId, receiverInstitutionId: PF, service: 'investigation', urgency: 'high' },
      agency(CREAS),
    );
    for (const transition of steps)
      await h.call('referrals.referral.transition', { id: sent.id, transition }, agency(PF));
    return sent.id;
  }

  /** Sets the last change of the case (and of its referrals, unless told otherwise) back in storage. */
  async function age(caseId: string, opts: { referrals: boolean } = { referrals: true }): Promise<void> {
    await cases().updateOne({ _id: new ObjectId(caseId) }, { $set: { updatedAt: longAgo() } });
    if (opts.referrals) await referrals().updateMany({ caseId }, { $set: { updatedAt: longAgo() } });
  }

  // finished: every referral final; noReferrals: none sent; open: a referral accepted; recent: finished
  // but changed within the period; recentReferral: the case unchanged, its referral changed lately.
  let finished: { caseId: string; referralId: string };
  let noReferrals: string[];
  let open: { caseId: string; referralId: string };
  let recent: string;
  let recentReferral: string;
  let before: Map<string, Record<string, unknown>>;
  let firstRun: number;

  beforeAll(async () => {
    h = await startHarness('referrals-retention');
    config = h.service.app.get<ReferralsConfig>(REFERRALS_CONFIG);
    const f = await openCase();
    finished = { caseId: f, referralId: await refer(f, REJECTED) };
    noReferrals = [];
    for (let i = 0; i < 8; i++) noReferrals.push(await openCase());
    const o = await openCase();
    open = { caseId: o, referralId: await refer(o, { to: 'accepted' }) };
    recent = await openCase();
    await refer(recent, { to: 'accepted' }, { to: 'in_progress' }, { to: 'completed', outcome: 'Sheltered' });
    recentReferral = await openCase();
    await refer(recentReferral, REJECTED);
    for (const id of [f, ...noReferrals, o]) await age(id);
    await age(recentReferral, { referrals: false });
    expect(await codeOf(h.call('referrals.case.identifiers', { id: f, purpose: READ }, agency(CREAS)))).toBe(
      'ok',
    );
    before = new Map();
    for (const id of created) before.set(id, (await raw(id)) as Record<string, unknown>);
    firstRun = await runJob();
  }, 120_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('erases the ciphertexts and blind indexes of finished cases, keeps the core, and marks them', async () => {
    expect(firstRun).toBe(1 + noReferrals.length);
    for (const id of [finished.caseId, ...noReferrals]) {
      const was = before.get(id)!;
      expect(Object.keys(was['identifiers'] as object).length).toBeGreaterThan(0);
      expect(Object.keys(was['blind'] as object).sort()).toEqual(['cpf', 'passport']);
      const now = (await raw(id))!;
      expect(now['identifiers']).toEqual({});
      expect(now['blind']).toEqual({});
      expect(now['identifiersErasedAt']).toEqual(h.clock.now());
      expect(now['core']).toEqual(was['core']);
      expect(now['consent']).toEqual(was['consent']);
      const stored = JSON.stringify(now);
      for (const v of [
        ...Object.values(was['identifiers'] as object),
        ...Object.values(was['blind'] as object),
      ])
        expect(stored).not.toContain(v);
    }
  });

  it('leaves a case with an open referral, a recently changed case and one with a recent referral change', async () => {
    for (const id of [open.caseId, recent, recentReferral]) {
      const now = (await raw(id))!;
      expect(now['identifiersErasedAt']).toBeUndefined();
      expect(now['identifiers']).toEqual(before.get(id)!['identifiers']);
      expect(now['blind']).toEqual(before.get(id)!['blind']);
      expect(await erasedLines(id)).toEqual([]);
    }
    const read = await h.call(
      'referrals.referral.identifiers',
      { id: open.referralId, purpose: READ },
      agency(PF),
    );
    expect(read.name).toBe(PLAIN.name);
  });

  it('no longer finds an erased case by CPF or passport', async () => {
    const untouched = [open.caseId, recent, recentReferral].sort();
    for (const q of [
      { by: 'cpf', cpf: PLAIN.cpf, purpose: READ },
      { by: 'passport', passport: PLAIN.passport, purpose: READ },
    ] as const) {
      const found = await h.call('referrals.case.lookup', q, agency(CREAS));
      expect(found.items.map((m) => m.case.id).sort()).toEqual(untouched);
    }
  });

  it('answers identifier reads of an erased case with REFERRAL.IDENTIFIERS_ERASED, to owner and receiver', async () => {
    const auditBefore = await h.db().collection('audit').countDocuments();
    expect(
      await codeOf(
        h.call('referrals.case.identifiers', { id: finished.caseId, purpose: READ }, agency(CREAS)),
      ),
    ).toBe('REFERRAL.IDENTIFIERS_ERASED');
    expect(
      await codeOf(
        h.call('referrals.referral.identifiers', { id: finished.referralId, purpose: READ }, agency(PF)),
      ),
    ).toBe('REFERRAL.IDENTIFIERS_ERASED');
    // Nothing was opened, so no read line.
    expect(await h.db().collection('audit').countDocuments()).toBe(auditBefore);
  });

  it('exports an erased case saying when its identifiers were erased, with the erasure’s line', async () => {
    const exported = await h.call('referrals.case.export', { id: finished.caseId }, agency(CREAS));
    expect(exported.identifiers).toEqual({});
    expect(exported.case.identifiersErasedAt).toBe(h.clock.now().toISOString());
    expect(exported.audit.filter((e) => e.action === 'case.identifiers-erased')).toEqual([
      expect.objectContaining({ clientId: 'system:retention' }),
    ]);
    // The export read nothing: its own line follows the erasure, and no identifier read does.
    const actions = exported.audit.map((e) => e.action);
    expect(actions.slice(actions.indexOf('case.identifiers-erased'))).toEqual([
      'case.identifiers-erased',
      'case.exported',
    ]);
    const got = await h.call('referrals.case.get', { id: finished.caseId }, agency(CREAS));
    expect(got.identifiersErasedAt).toBe(h.clock.now().toISOString());
  });

  it('still counts erased cases in the statistics', async () => {
    const table = await h.call('referrals.statistics', { by: 'exploitation' }, VIEWER);
    expect(table.rows).toEqual(['organ_removal']);
    expect(table.cells).toEqual([[created.length]]);
  });

  it('audits each erasure once, by system:retention, carried in its write, and the chain verifies', async () => {
    for (const id of [finished.caseId, ...noReferrals]) {
      const lines = await erasedLines(id);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ clientId: 'system:retention', institutionId: 'system' });
      expect(lines[0]['key']).toEqual(expect.any(String));
      expect((await raw(id))!['auditOutbox']).toEqual([]);
    }
    expect(await h.call('referrals.audit.verify', {}, ADMIN)).toMatchObject({ intact: true });
  });

  it('changes nothing more when run again', async () => {
    const snapshot = await cases().find({}).sort({ _id: 1 }).toArray();
    const auditCount = await h.db().collection('audit').countDocuments();
    h.clock.advanceHours(24);
    expect(await runJob()).toBe(0);
    expect(await cases().find({}).sort({ _id: 1 }).toArray()).toEqual(snapshot);
    expect(await h.db().collection('audit').countDocuments()).toBe(auditCount);
  });

  it('erases a case once when two replicas race for it, and a bounded batch per run', async () => {
    const fresh: string[] = [];
    for (let i = 0; i < 3; i++) fresh.push(await openCase());
    for (const id of fresh) await age(id);
    const retention = h.service.app.get(Retention);
    const now = h.clock.now();
    const cutoff = retentionCutoff(now, config.REFERRALS_RETENTION_DAYS);
    const [a, b] = await Promise.all([
      retention.eraseFinished(now, cutoff, 2),
      retention.eraseFinished(now, cutoff, 2),
    ]);
    expect(a + b).toBe(2);
    const erased = await cases().countDocuments({
      _id: { $in: fresh.map((id) => new ObjectId(id)) },
      identifiersErasedAt: { $exists: true },
    });
    expect(erased).toBe(2);
    for (const id of fresh) expect((await erasedLines(id)).length).toBeLessThanOrEqual(1);
    expect(await retention.eraseFinished(now, cutoff, 2)).toBe(1);
    for (const id of fresh) expect(await erasedLines(id)).toHaveLength(1);
    expect(await h.call('referrals.audit.verify', {}, ADMIN)).toMatchObject({ intact: true });
  });

  it('keeps a case changed between the job’s pick and its write', async () => {
    const id = await openCase();
    await age(id);
    const now = h.clock.now();
    const cutoff = retentionCutoff(now, config.REFERRALS_RETENTION_DAYS);
    // Picked while unchanged for the whole period, then its consent is recorded anew.
    await h.call('referrals.case.consent', { id, consent: GIVEN }, agency(CREAS));
    const audit = pendingAudit(systemActor('system:retention'), {
      action: 'case.identifiers-erased',
      caseId: id,
    });
    const erased = await h.service.app
      .get(CaseRepository)
      .eraseIdentifiers(new ObjectId(id), cutoff, now, audit);
    expect(erased).toBe(false);
    expect((await raw(id))!['identifiersErasedAt']).toBeUndefined();
    expect((await raw(id))!['auditOutbox']).toEqual([]);
  });

  // Last: it rotates the field key under every case.
  it('does not count re-sealing under a new field key as a change', async () => {
    const id = await openCase();
    await age(id);
    const was = (await raw(id))!;
    const rotated = await h.call('referrals.keys.rotate', { newFieldKey: true }, ADMIN);
    expect(rotated.reencrypted).toBeGreaterThan(0);
    const resealed = (await raw(id))!;
    expect(resealed['identifiers']).not.toEqual(was['identifiers']);
    expect(resealed['updatedAt']).toEqual(was['updatedAt']);
    expect(await runJob()).toBe(1);
    expect((await raw(id))!['identifiersErasedAt']).toEqual(h.clock.now());
  });
});
