import type { Caller, Role } from '@elo/contracts';
import { mayRead, reportVisibility, visibilityFilter } from './report-visibility';

const OWN = '665f1c2e9b1e8a0012345678';
const OTHER = '665f1c2e9b1e8a0087654321';
const caller = (...roles: Role[]): Caller => ({ clientId: 'c', institutionId: OWN, roles });
const report = (status: string, institutionId: string) => ({ status, submittedBy: { institutionId } });

describe('progress report visibility', () => {
  it('lets admins and coordinators read every report', () => {
    for (const roles of [['admin'], ['coordinator'], ['viewer', 'coordinator']] as Role[][]) {
      const visibility = reportVisibility(caller(...roles));
      expect(visibilityFilter(visibility)).toEqual({});
      for (const status of ['pending', 'returned', 'approved']) {
        expect(mayRead(visibility, report(status, OTHER))).toBe(true);
      }
    }
  });

  it.each([['agency'], ['viewer']] as Role[][])(
    'lets %s read approved reports of any institution, the rest only of its own',
    (role) => {
      const visibility = reportVisibility(caller(role));
      expect(mayRead(visibility, report('approved', OTHER))).toBe(true);
      expect(mayRead(visibility, report('pending', OTHER))).toBe(false);
      expect(mayRead(visibility, report('returned', OTHER))).toBe(false);
      expect(mayRead(visibility, report('pending', OWN))).toBe(true);
      expect(mayRead(visibility, report('returned', OWN))).toBe(true);
      expect(visibilityFilter(visibility)).toEqual({
        $or: [{ status: 'approved' }, { 'submittedBy.institutionId': OWN }],
      });
    },
  );

  it('takes the institution from the caller, whatever a request might name', () => {
    const visibility = reportVisibility({ ...caller('agency'), institutionId: OTHER });
    expect(mayRead(visibility, report('pending', OWN))).toBe(false);
  });
});
