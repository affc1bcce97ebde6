import { invitableRoles } from './pages/people';

describe('inviting people', () => {
  it('offers the admin role to admins only', () => {
    expect(invitableRoles(true)).toEqual(['admin', 'coordinator', 'agency', 'viewer']);
    expect(invitableRoles(false)).toEqual(['coordinator', 'agency', 'viewer']);
  });
});
