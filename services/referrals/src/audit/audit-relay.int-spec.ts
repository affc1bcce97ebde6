import { ObjectId, type Filter } from 'mongodb';
import type { Caller } from '@elo/contracts';
import { codeOf, expectEventually } from '@elo/testing';
import { OverdueJob } from '../referrals/overdue.job';
import { startHarness, type Harness } from '../test-fixtures/harness';
import { agency, CREAS, newCase, PF } from '../testing/fixtures';
import { pendingAudit, type PendingAudit } from './audit-outbox';
import { AuditRelay } from './audit-relay';
import { AuditLog } from './audit.log';

const ADMIN: Caller = { clientId: 'admin', institutionId: 'ffffffffffffffffffffffff', roles: ['admin'] };
type Line = {
  _id: number;
  at: Date;
  clientId: string;
  institutionId: string;
  action: string;
  caseId?: string;
  referralId?: string;
  key?: string;
  purpose?: string;
  detail?: string;
};
const GIVEN = { status: 'given', at: '2026-12-02T15:00:00.000Z', recordedHow: 'signed_form' } as const;

// An audited write and its audit entry are one document write; the chain gets the entry afterwards,
// from the document, exactly once, whatever dies in between.
describe('audit entries ride in their write and reach the chain once (real NATS, real MongoDB wire protocol)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('referrals-audit-relay');
  }, 60_000);

  afterAll(async () => {
    await h?.stop();
  });

  const held = async (collection: 'cases' | 'referrals', id: string) =>
    h
      .db()
      .collection(collection)
      .findOne({ _id: new ObjectId(id) });
  const lines = (filter: Filter<Line>) =>
    h.db().collection<Line>('audit').find(filter).sort({ _id: 1 }).toArray();
  const verify = () => h.call('referrals.audit.verify', {}, ADMIN);

  it('stores each write with its entry, and a restart after a death before the relay chains each once, in order', async () => {
    // The process dies right after each write: the entries must already be stored with the writes.
    const died = jest
      .spyOn(h.service.app.get(AuditLog), 'appendOnce')
      .mockRejectedValue(new Error('the process died before the audit relay ran'));
    const created = await h.call('referrals.case.create', newCase(), agency(CREAS));
    const sent = await h.call(
      'referrals.referral.send',
      { caseId: created.id, receiverInstitutionId: PF, service: 'investigation', urgency: 'high' },
      agency(CREAS),
    );
    await h.call(
      'referrals.referral.transition',
      { id: sent.id, transition: { to: 'accepted' } },
      agency(PF),
    );
    await h.call('referrals.case.consent', { id: created.id, consent: GIVEN }, agency(CREAS));
    // A refused action writes nothing, so it leaves no entry either.
    expect(
      await codeOf(
        h.call('referrals.referral.transition', { id: sent.id, transition: { to: 'accepted' } }, agency(PF)),
      ),
    ).toBe('REFERRAL.INVALID_TRANSITION');
    died.mockRestore();

    const byCreas = { clientId: agency(CREAS).clientId, institutionId: CREAS };
    const caseRow = await held('cases', created.id);
    expect(caseRow?.['consent']).toMatchObject(GIVEN);
    expect(caseRow?.['auditOutbox']).toEqual([
      expect.objectContaining({ action: 'case.created', caseId: created.id, ...byCreas }),
      expect.objectContaining({ action: 'case.consent-changed', caseId: created.id, ...byCreas }),
    ]);
    const referralRow = await held('referrals', sent.id);
    expect(referralRow?.['status']).toBe('accepted');
    expect(referralRow?.['auditOutbox']).toEqual([
      expect.objectContaining({ action: 'referral.sent', referralId: sent.id, ...byCreas }),
      expect.objectContaining({ action: 'referral.transitioned', referralId: sent.id, institutionId: PF }),
    ]);
    expect(await lines({ caseId: created.id })).toEqual([]);

    await h.restart();
    await expectEventually(async () => expect(await lines({ caseId: created.id })).toHaveLength(4));
    const chained = await lines({ caseId: created.id });
    const stored = [...caseRow?.['auditOutbox'], ...referralRow?.['auditOutbox']] as PendingAudit[];
    expect(chained.map((l) => l.key).sort()).toEqual(stored.map((e) => e.id).sort());
    // In the order they took effect: each document's own order, and across documents by time.
    const actions = chained.map((l) => l.action);
    expect(actions.indexOf('case.created')).toBeLessThan(actions.indexOf('case.consent-changed'));
    expect(actions.indexOf('referral.sent')).toBeLessThan(actions.indexOf('referral.transitioned'));
    const times = chained.map((l) => l.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect((await held('cases', created.id))?.['auditOutbox']).toEqual([]);
    expect((await held('referrals', sent.id))?.['auditOutbox']).toEqual([]);
    expect(await verify()).toMatchObject({ intact: true });
    expect(await h.service.app.get(AuditRelay).drain()).toBe(0);
    expect(await lines({ caseId: created.id })).toHaveLength(4);
  });

  it('chains an entry once when the process died after chaining it but before taking it off its document', async () => {
    const created = await h.call('referrals.case.create', newCase(), agency(CREAS));
    const entry = pendingAudit(agency(CREAS), { action: 'case.consent-changed', caseId: created.id });
    // The relay chained the entry, then the process died before its cleanup: both are stored.
    await h.service.app.get(AuditLog).appendOnce(entry);
    await h
      .db()
      .collection('cases')
      .updateOne({ _id: new ObjectId(created.id) }, { $push: { auditOutbox: entry } as never });

    await h.restart();
    await expectEventually(async () =>
      expect((await held('cases', created.id))?.['auditOutbox']).toEqual([]),
    );
    expect(await lines({ key: entry.id })).toHaveLength(1);
    expect(await verify()).toMatchObject({ intact: true });
  });

  it('chains each entry once, in its document’s order, when replicas relay the same document at once', async () => {
    const created = await h.call('referrals.case.create', newCase(), agency(CREAS));
    const entries = ['first', 'second', 'third'].map((purpose) =>
      pendingAudit(agency(CREAS), { action: 'case.identifiers-read', caseId: created.id, purpose }),
    );
    await h
      .db()
      .collection('cases')
      .updateOne({ _id: new ObjectId(created.id) }, { $push: { auditOutbox: { $each: entries } } as never });

    const relay = h.service.app.get(AuditRelay);
    await Promise.all([relay.settle('cases', created.id), relay.settle('cases', created.id), relay.drain()]);
    const chained = await lines({ key: { $in: entries.map((e) => e.id) } });
    expect(chained.map((l) => l.purpose)).toEqual(['first', 'second', 'third']);
    expect((await held('cases', created.id))?.['auditOutbox']).toEqual([]);
    expect(await verify()).toMatchObject({ intact: true });
  });
  // Writes no caller makes are audited as the callers' are: the entry rides in the write, by the service.
  const SYSTEM = 'system';
  const lastPosition = async () => (await lines({})).at(-1)?._id ?? 0;

  it('stores the overdue escalation with its entry by system:overdue-escalation, chained once', async () => {
    const created = await h.call('referrals.case.create', newCase(), agency(CREAS));
    const sent = await h.call(
      'referrals.referral.send',
      {
        caseId: created.id,
        receiverInstitutionId: PF,
        service: 'protection_programme',
        urgency: 'life_risk',
      },
      agency(CREAS),
    );
    h.clock.advanceHours(5);
    const died = jest
      .spyOn(h.service.app.get(AuditLog), 'appendOnce')
      .mockRejectedValue(new Error('the process died before the audit relay ran'));
    const job = h.service.app.get(OverdueJob);
    expect(await job.runNow()).toBeGreaterThanOrEqual(1);
    died.mockRestore();
    const escalation = {
      action: 'referral.escalated',
      caseId: created.id,
      referralId: sent.id,
      clientId: 'system:overdue-escalation',
      institutionId: SYSTEM,
    };
    const row = await held('referrals', sent.id);
    expect(row?.['overdueAt']).toBeDefined();
    expect(row?.['auditOutbox']).toEqual([expect.objectContaining(escalation)]);

    await h.service.app.get(AuditRelay).drain();
    expect(await job.runNow()).toBe(0);
    expect(await lines({ referralId: sent.id, action: 'referral.escalated' })).toEqual([
      expect.objectContaining(escalation),
    ]);
    expect(await verify()).toMatchObject({ intact: true });
  });

  it('chains a rotation’s start, each case re-sealed by system:reencryption, then its completion', async () => {
    const created = await h.call('referrals.case.create', newCase(), agency(CREAS));
    const caseIds = (
      await h
        .db()
        .collection('cases')
        .find({}, { projection: { _id: 1 } })
        .toArray()
    ).map((c) => String(c._id));
    const before = await lastPosition();

    const result = await h.call('referrals.keys.rotate', { newFieldKey: true }, ADMIN);
    expect(result.reencrypted).toBe(caseIds.length);
    const chained = await lines({ _id: { $gt: before } });
    const byAdmin = { clientId: ADMIN.clientId, institutionId: ADMIN.institutionId };
    expect(chained[0]).toMatchObject({ action: 'keys.rotation-started', ...byAdmin });
    const resealed = chained.slice(1, -1);
    expect(resealed.map((l) => l.caseId).sort()).toEqual([...caseIds].sort());
    for (const line of resealed) {
      expect(line).toMatchObject({
        action: 'case.reencrypted',
        clientId: 'system:reencryption',
        institutionId: SYSTEM,
      });
    }
    expect(chained.at(-1)).toMatchObject({ action: 'keys.rotated', ...byAdmin });
    expect(chained.at(-1)?.detail).toMatch(new RegExp(`^started at ${chained[0]._id}: `));
    expect(await verify()).toMatchObject({ intact: true });
    const exported = await h.call('referrals.case.export', { id: created.id }, agency(CREAS));
    expect(exported.audit).toContainEqual(
      expect.objectContaining({ action: 'case.reencrypted', clientId: 'system:reencryption' }),
    );
  });

  it('leaves no completion line for a rotation that fails part-way, but its failure and reason', async () => {
    const healthy = await h.call('referrals.case.create', newCase(), agency(CREAS));
    const created = await h.call('referrals.case.create', newCase(), agency(CREAS));
    // Two of its ciphertexts swapped in storage: each is bound to its field, so neither opens any more.
    const cases = h.db().collection('cases');
    const stored = await cases.findOne({ _id: new ObjectId(created.id) });
    const sealed = stored?.['identifiers'] as Record<string, string>;
    await cases.updateOne(
      { _id: new ObjectId(created.id) },
      { $set: { 'identifiers.name': sealed['phone'], 'identifiers.phone': sealed['name'] } },
    );
    const before = await lastPosition();

    expect(await codeOf(h.call('referrals.keys.rotate', { newFieldKey: true }, ADMIN))).not.toBe('ok');
    const chained = await lines({ _id: { $gt: before } });
    expect(chained.map((l) => l.action)).not.toContain('keys.rotated');
    // Part-way: the case stored before the broken one was re-sealed, and says so.
    expect(chained.filter((l) => l.action === 'case.reencrypted').map((l) => l.caseId)).toContain(healthy.id);
    expect(chained[0]).toMatchObject({ action: 'keys.rotation-started', clientId: ADMIN.clientId });
    expect(chained.at(-1)).toMatchObject({ action: 'keys.rotation-failed', clientId: ADMIN.clientId });
    expect(chained.at(-1)?.detail).toMatch(new RegExp(`^started at ${chained[0]._id}: .+`));
    expect((await held('cases', created.id))?.['auditOutbox']).toEqual([]);
    expect(await verify()).toMatchObject({ intact: true });
  });
});
