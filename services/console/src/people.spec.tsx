/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { api } from './api/client';
import type { Role, SessionView } from './api/session';
import { forgetInstitutions } from './institutions';
import { invitableRoles, PeoplePage } from './pages/people';
import { canManage, type ManagedPerson } from './pages/person-actions';
import { SessionContext } from './session-context';

// jsdom has no fetch: the calls are checked at the typed client, which adds the CSRF header to every
// change (client.spec).
jest.mock('./api/client', () => ({
  ...jest.requireActual<object>('./api/client'),
  api: { GET: jest.fn(), POST: jest.fn() },
}));
const GET = api.GET as unknown as jest.Mock<Promise<unknown>, [string, unknown]>;
const POST = api.POST as unknown as jest.Mock<Promise<unknown>, [string, unknown]>;

const INSTITUTION = 'a'.repeat(24);
const person = (n: number, name: string, roles: Role[], status: ManagedPerson['status'] = 'active') => ({
  id: String(n).repeat(24),
  name,
  email: `${name.toLowerCase()}@mj.gov.br`,
  institutionId: INSTITUTION,
  roles,
  status,
  totpEnabled: true,
});
const ME = person(1, 'Eu', ['coordinator']);
const ADMIN = person(2, 'Chefe', ['admin']);
const PEER = person(3, 'Par', ['coordinator']);
const AGENT = person(4, 'Agente', ['agency']);
const READER = person(5, 'Leitora', ['viewer'], 'disabled');
const INVITED = person(6, 'Convidada', ['viewer'], 'invited');
const PEOPLE = [ME, ADMIN, PEER, AGENT, READER, INVITED];

function sessionOf(roles: Role[]): SessionView {
  return {
    person: {
      id: ME.id,
      name: ME.name,
      email: ME.email,
      institutionId: INSTITUTION,
      roles,
      totpEnabled: true,
    },
    csrfToken: 'c'.repeat(43),
    idleExpiresAt: '2026-12-03T12:30:00.000Z',
    expiresAt: '2026-12-04T00:00:00.000Z',
  };
}

async function page(roles: Role[] = ['coordinator']) {
  const session = sessionOf(roles);
  render(
    <SessionContext.Provider value={{ session, clear: jest.fn(), update: jest.fn() }}>
      <PeoplePage />
    </SessionContext.Provider>,
  );
  await screen.findByText(AGENT.email);
}
const button = (name: string) => screen.queryByRole('button', { name });
const peopleReads = () => GET.mock.calls.filter(([path]) => path === '/v1/people').length;

describe('the People page', () => {
  beforeEach(() => {
    forgetInstitutions();
    GET.mockReset();
    POST.mockReset();
    GET.mockImplementation((path) =>
      Promise.resolve({
        data: { items: path === '/v1/people' ? PEOPLE : [], nextCursor: null },
      }),
    );
  });

  it('offers the admin role to admins only', () => {
    expect(invitableRoles(true)).toEqual(['admin', 'coordinator', 'agency', 'viewer']);
    expect(invitableRoles(false)).toEqual(['coordinator', 'agency', 'viewer']);
  });

  it('lets admins act on anyone and coordinators on agency and viewer people, nobody on themselves', () => {
    const coordinator = sessionOf(['coordinator']);
    const admin = sessionOf(['admin']);
    expect(PEOPLE.map((p) => canManage(coordinator, p))).toEqual([false, false, false, true, true, true]);
    expect(PEOPLE.map((p) => canManage(admin, p))).toEqual([false, true, true, true, true, true]);
    expect(canManage(sessionOf(['viewer']), AGENT)).toBe(false);
    expect(canManage(coordinator, person(7, 'Mista', ['agency', 'coordinator']))).toBe(false);
  });

  it('shows a coordinator disable and enable only where it may act, and nothing for invitations', async () => {
    await page(['coordinator']);
    expect(button('Desativar Agente')).not.toBeNull();
    expect(button('Reativar Leitora')).not.toBeNull();
    for (const name of ['Eu', 'Chefe', 'Par', 'Convidada']) {
      expect([button(`Desativar ${name}`), button(`Reativar ${name}`)]).toEqual([null, null]);
    }
  });

  it('shows an admin the actions on admins and coordinators, still not on itself', async () => {
    await page(['admin']);
    expect(button('Desativar Chefe')).not.toBeNull();
    expect(button('Desativar Par')).not.toBeNull();
    expect(button('Desativar Eu')).toBeNull();
  });

  it('disables a person only after confirmation, then reads the list again', async () => {
    POST.mockResolvedValue({ data: { ...AGENT, status: 'disabled' } });
    await page();
    fireEvent.click(screen.getByRole('button', { name: 'Desativar Agente' }));
    expect(screen.getByRole('group', { name: 'Confirmar a desativação de Agente' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancelar' }));
    expect(POST).not.toHaveBeenCalled();
    expect(button('Confirmar desativação')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Desativar Agente' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirmar desativação' }));
    await waitFor(() =>
      expect(POST.mock.calls).toEqual([['/v1/people/{id}/disable', { params: { path: { id: AGENT.id } } }]]),
    );
    await waitFor(() => expect(peopleReads()).toBe(2));
  });

  it('enables a disabled person at once', async () => {
    POST.mockResolvedValue({ data: { ...READER, status: 'active' } });
    await page();
    fireEvent.click(screen.getByRole('button', { name: 'Reativar Leitora' }));
    await waitFor(() =>
      expect(POST.mock.calls).toEqual([['/v1/people/{id}/enable', { params: { path: { id: READER.id } } }]]),
    );
    await waitFor(() => expect(peopleReads()).toBe(2));
  });

  it("shows the API's problem when it refuses", async () => {
    POST.mockResolvedValue({
      error: {
        status: 409,
        title: 'The last active admin cannot be disabled',
        detail: 'This is the last active admin: enable or invite another admin before disabling this one.',
        code: 'DIRECTORY.LAST_ADMIN',
      },
    });
    await page(['admin']);
    fireEvent.click(screen.getByRole('button', { name: 'Desativar Chefe' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirmar desativação' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Não foi possível desativar Chefe. (This is the last active admin: enable or invite another admin before disabling this one.)',
    );
    expect(peopleReads()).toBe(1);
  });
});
