/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { api } from './api/client';
import type { Role, SessionView } from './api/session';
import { TrainingEventPage } from './pages/training-event';
import type { TrainingEventView } from './pages/training-types';
import { SessionContext } from './session-context';

// jsdom has no fetch: the calls are checked at the typed client, which adds the CSRF header to every
// change (client.spec).
jest.mock('./api/client', () => ({
  ...jest.requireActual<object>('./api/client'),
  api: { GET: jest.fn(), POST: jest.fn() },
}));
const GET = api.GET as unknown as jest.Mock<Promise<unknown>, [string, unknown]>;
const POST = api.POST as unknown as jest.Mock<Promise<unknown>, [string, unknown]>;

const ORGANISER = 'a'.repeat(24);
const EVENT = 'e'.repeat(24);
const course = (status: string): TrainingEventView => ({
  id: EVENT,
  title: 'Enfrentamento ao tráfico de pessoas',
  modality: 'online',
  sessions: [{ id: 's1', start: '2026-03-10T13:00:00Z', end: '2026-03-10T17:00:00Z' }],
  totalHours: 4,
  capacity: 30,
  organiserInstitutionId: ORGANISER,
  status,
  enrolled: 0,
  waiting: 0,
});

function answer(path: string, status: string) {
  if (path === '/v1/training/events/{id}') return Promise.resolve({ data: course(status) });
  return Promise.resolve({ data: { items: [], nextCursor: null } });
}

function page(status: string, roles: Role[], institutionId = ORGANISER) {
  GET.mockImplementation((path) => answer(path, status));
  const session: SessionView = {
    person: {
      id: '9'.repeat(24),
      name: 'Maria',
      email: 'maria@mj.gov.br',
      institutionId,
      roles,
      totpEnabled: true,
    },
    csrfToken: 'c'.repeat(43),
    idleExpiresAt: '2026-12-03T12:30:00.000Z',
    expiresAt: '2026-12-04T00:00:00.000Z',
  };
  render(
    <SessionContext.Provider value={{ session, clear: jest.fn(), update: jest.fn() }}>
      <TrainingEventPage id={EVENT} />
    </SessionContext.Provider>,
  );
}

// The table's reads (the attendance form reads the seat holders, status=enrolled, on its own).
const enrolmentReads = () =>
  GET.mock.calls.filter(
    ([path, init]) =>
      path === '/v1/training/events/{id}/enrolments' &&
      (init as { params: { query: { status?: string } } }).params.query.status === undefined,
  ).length;
const eventReads = () => GET.mock.calls.filter(([path]) => path === '/v1/training/events/{id}').length;

describe('the status of a training course', () => {
  beforeEach(() => {
    GET.mockReset();
    POST.mockReset();
  });

  it('starts a course whose enrolment is open, then reads it again', async () => {
    POST.mockResolvedValue({ data: course('in_progress') });
    page('open', ['agency']);
    const section = await screen.findByRole('region', { name: 'Situação da capacitação' });
    expect(within(section).queryByRole('button', { name: 'Abrir inscrições' })).toBeNull();
    fireEvent.click(within(section).getByRole('button', { name: 'Iniciar capacitação' }));
    expect((await within(section).findByRole('status')).textContent).toBe(
      'Situação atualizada: Em andamento.',
    );
    expect(POST.mock.calls).toEqual([
      [
        '/v1/training/events/{id}/transitions',
        { params: { path: { id: EVENT } }, body: { to: 'in_progress' } },
      ],
    ]);
    await waitFor(() => expect(eventReads()).toBe(2));
  });

  it('completes a course in progress only after confirmation, says what was issued and shows the certificates', async () => {
    POST.mockImplementation(() => {
      GET.mockImplementation((path) => answer(path, 'completed'));
      return Promise.resolve({
        data: {
          eventId: EVENT,
          completedAt: '2026-03-11T12:00:00Z',
          certificatesIssued: 12,
          notCertified: 3,
        },
      });
    });
    page('in_progress', ['coordinator'], 'b'.repeat(24));
    const section = await screen.findByRole('region', { name: 'Situação da capacitação' });
    fireEvent.click(within(section).getByRole('button', { name: 'Concluir e emitir certificados' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Voltar' }));
    expect(POST).not.toHaveBeenCalled();
    fireEvent.click(within(section).getByRole('button', { name: 'Concluir e emitir certificados' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Confirmar conclusão' }));
    expect((await within(section).findByRole('status')).textContent).toBe(
      'Capacitação concluída: 12 certificado(s) emitido(s), 3 participante(s) sem a frequência mínima.',
    );
    expect(POST.mock.calls).toEqual([
      ['/v1/training/events/{id}/completion', { params: { path: { id: EVENT } } }],
    ]);
    // The participants are read again, now with their certificates.
    await waitFor(() => expect(enrolmentReads()).toBe(2));
  });

  it("shows the API's refusal", async () => {
    POST.mockResolvedValue({
      error: {
        status: 409,
        code: 'TRAINING.INVALID_TRANSITION',
        detail: 'Course cannot go from completed to cancelled.',
      },
    });
    page('planned', ['admin']);
    const section = await screen.findByRole('region', { name: 'Situação da capacitação' });
    fireEvent.click(within(section).getByRole('button', { name: 'Cancelar capacitação' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Confirmar cancelamento' }));
    expect((await within(section).findByRole('alert')).textContent).toBe(
      'Não foi possível mudar a situação da capacitação. (Course cannot go from completed to cancelled.)',
    );
    expect(POST.mock.calls[0]?.[1]).toEqual({ params: { path: { id: EVENT } }, body: { to: 'cancelled' } });
  });

  it.each([
    ['a viewer', 'open', ['viewer'] as Role[], ORGANISER],
    ["another institution's agency", 'open', ['agency'] as Role[], 'b'.repeat(24)],
    ['anyone, once the course is completed', 'completed', ['coordinator'] as Role[], ORGANISER],
  ])('offers no change to %s', async (_who, status, roles, institutionId) => {
    page(status, roles, institutionId);
    await screen.findByRole('heading', { name: course(status).title });
    expect(screen.queryByRole('region', { name: 'Situação da capacitação' })).toBeNull();
    expect(screen.queryByRole('button', { name: /capacitação|inscrições/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Importar' })).toBeNull();
  });

  it.each([
    ['a viewer of the organising institution', true, ['viewer'] as Role[], ORGANISER],
    ['a coordinator', true, ['coordinator'] as Role[], 'b'.repeat(24)],
    ["another institution's agency", false, ['agency'] as Role[], 'b'.repeat(24)],
  ])('shows the participants to %s: %s', async (_who, shown, roles, institutionId) => {
    page('open', roles, institutionId);
    await screen.findByRole('heading', { name: course('open').title });
    if (shown) await screen.findByRole('heading', { name: 'Participantes, frequência e certificados' });
    else
      expect(
        screen.getByText(
          'Os participantes são vistos apenas pela instituição organizadora e pela coordenação.',
        ),
      ).toBeTruthy();
    expect(GET.mock.calls.some(([path]) => path === '/v1/training/events/{id}/enrolments')).toBe(shown);
  });
});
