import { EVENT_CATALOG, EVENT_TYPES } from '../events/event-catalog';
import { referralEventSchema, referralEvents } from './referral.events';

// Only these may travel on the bus: anything naming a person or describing the case stays in the service.
const ALLOWED_FIELDS = [
  'referralId',
  'caseId',
  'senderInstitutionId',
  'receiverInstitutionId',
  'urgency',
  'deadline',
  'status',
  'at',
].sort();

const valid = {
  referralId: 'r1',
  caseId: 'c1',
  senderInstitutionId: 'i1',
  receiverInstitutionId: 'i2',
  urgency: 'high',
  deadline: '2026-12-03T12:00:00.000Z',
  status: 'sent',
  at: '2026-12-03T11:00:00.000Z',
};

describe('referral events', () => {
  const types = EVENT_TYPES.filter((t) => t.startsWith('referral.'));

  it('are the six lifecycle events and the sharing change, all in the catalog, all consumed by notifications', () => {
    expect(types.sort()).toEqual(Object.keys(referralEvents).sort());
    expect(types).toHaveLength(7);
    for (const type of types) expect(EVENT_CATALOG[type].consumers).toContain('notifications');
  });

  it.each(Object.keys(referralEvents))(
    '%s carries ids, institutions, urgency, deadline and status only',
    (type) => {
      const schema = EVENT_CATALOG[type as keyof typeof referralEvents].schema;
      expect(Object.keys(schema.shape).sort()).toEqual(ALLOWED_FIELDS);
      expect(schema.safeParse(valid).success).toBe(true);
      for (const extra of ['name', 'cpf', 'passport', 'phone', 'address', 'reason', 'outcome', 'gender']) {
        expect(schema.safeParse({ ...valid, [extra]: 'x' }).success).toBe(false);
      }
    },
  );

  it('refuses a payload missing the deadline', () => {
    const { deadline: _deadline, ...rest } = valid;
    expect(referralEventSchema.safeParse(rest).success).toBe(false);
  });
});
