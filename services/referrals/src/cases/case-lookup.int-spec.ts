import { codeOf } from '@elo/testing';
import { agency, COORDINATOR, CREAS, newCase, NGO, PF, PLAIN } from '../testing/fixtures';
import { startHarness, type Harness } from '../test-fixtures/harness';

const PURPOSE = 'Checking for an earlier case before opening one';
const OTHER_PERSON = { ...PLAIN, cpf: '111.444.777-35', passport: 'AB654321' };

// The blind-index lookup over the bus: the owner finds its own earlier cases of one person by CPF or
// passport; nobody else's, and never through the plaintext, which no collection holds.
describe('finding a person’s earlier cases through the blind index (real NATS, real MongoDB)', () => {
  let h: Harness;
  let first: string;
  let second: string;
  let referralId: string;
  let ngoCase: string;

  beforeAll(async () => {
    h = await startHarness('referrals-lookup');
    first = (await h.call('referrals.case.create', newCase(), agency(CREAS))).id;
    second = (await h.call('referrals.case.create', newCase(), agency(CREAS))).id;
    await h.call('referrals.case.create', newCase(OTHER_PERSON), agency(CREAS));
    ngoCase = (await h.call('referrals.case.create', newCase(), agency(NGO))).id;
    referralId = (
      await h.call(
        'referrals.referral.send',
        { caseId: first, receiverInstitutionId: PF, service: 'investigation', urgency: 'high' },
        agency(CREAS),
      )
    ).id;
  }, 60_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('finds the caller’s own cases of the person by CPF, whatever its punctuation, with their referrals', async () => {
    const found = await h.call(
      'referrals.case.lookup',
      { by: 'cpf', cpf: '52998224725', purpose: PURPOSE },
      agency(CREAS),
    );
    expect(found.items.map((m) => m.case.id)).toEqual([first, second]);
    expect(found.items[0].referrals.map((r) => r.id)).toEqual([referralId]);
    expect(found.items[1].referrals).toEqual([]);
    expect(JSON.stringify(found)).not.toContain(PLAIN.name);

    const byPassport = await h.call(
      'referrals.case.lookup',
      { by: 'passport', passport: PLAIN.passport.toLowerCase(), purpose: PURPOSE },
      agency(CREAS),
    );
    expect(byPassport.items.map((m) => m.case.id)).toEqual([first, second]);
  });

  it('finds nothing of another institution: the index is bound to its owner', async () => {
    const byNgo = await h.call(
      'referrals.case.lookup',
      { by: 'cpf', cpf: PLAIN.cpf, purpose: PURPOSE },
      agency(NGO),
    );
    expect(byNgo.items.map((m) => m.case.id)).toEqual([ngoCase]);
    const byPf = await h.call(
      'referrals.case.lookup',
      { by: 'cpf', cpf: PLAIN.cpf, purpose: PURPOSE },
      agency(PF),
    );
    expect(byPf.items).toEqual([]);
  });

  it('refuses a bad CPF, a missing purpose and roles other than agency', async () => {
    const lookup = (request: unknown, caller = agency(CREAS)) =>
      codeOf(h.call('referrals.case.lookup', request as never, caller));
    expect(await lookup({ by: 'cpf', cpf: '529.982.247-26', purpose: PURPOSE })).toBe('REFERRAL.INVALID_CPF');
    expect(await lookup({ by: 'cpf', cpf: PLAIN.cpf })).toBe('COMMON.VALIDATION');
    expect(await lookup({ by: 'cpf', cpf: { $ne: null }, purpose: PURPOSE })).toBe('COMMON.VALIDATION');
    expect(await lookup({ by: 'cpf', cpf: PLAIN.cpf, purpose: PURPOSE }, COORDINATOR)).toBe('AUTH.FORBIDDEN');
  });

  it('audits every lookup with its purpose, matched or not, and stores no plaintext of what was looked for', async () => {
    const before = await h.db().collection('audit').countDocuments({ action: 'case.looked-up' });
    await h.call(
      'referrals.case.lookup',
      { by: 'cpf', cpf: '390.533.447-05', purpose: 'Nobody has this one yet' },
      agency(CREAS),
    );
    await h.call('referrals.case.lookup', { by: 'cpf', cpf: PLAIN.cpf, purpose: PURPOSE }, agency(CREAS));
    const entries = await h
      .db()
      .collection('audit')
      .find({ action: 'case.looked-up' })
      .sort({ _id: 1 })
      .skip(before)
      .toArray();
    expect(entries.map((e): unknown[] => [e['caseId'], e['purpose'], e['institutionId']])).toEqual([
      [undefined, 'Nobody has this one yet', CREAS],
      [first, PURPOSE, CREAS],
      [second, PURPOSE, CREAS],
    ]);
    const needles = ['52998224725', '529.982.247-25', '39053344705', '390.533.447-05', PLAIN.passport];
    for (const collection of await h.db().collections()) {
      const raw = JSON.stringify(await collection.find({}).toArray());
      for (const needle of needles)
        expect({ collection: collection.collectionName, needle, found: raw.includes(needle) }).toEqual({
          collection: collection.collectionName,
          needle,
          found: false,
        });
    }
  });
});
