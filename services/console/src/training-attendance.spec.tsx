/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { api } from './api/client';
import type { Role, SessionView } from './api/session';
import { defaultSession } from './pages/training-attendance';
import { TrainingEventPage } from './pages/training-event';
import type { EnrolmentView, TrainingEventView } from './pages/training-types';
import { SessionContext } from './session-context';

// jsdom has no fetch: the calls are checked at the typed client, which adds the CSRF header to every
// change (client.spec).
jest.mock('./api/client', () => ({
  ...jest.requireActual<object>('./api/client'),
  api: { GET: jest.fn(), PUT: jest.fn() },
}));
const GET = api.GET as unknown as jest.Mock<Promise<unknown>, [string, unknown]>;
const PUT = api.PUT as unknown as jest.Mock<Promise<unknown>, [string, unknown]>;

const ORGANISER = 'a'.repeat(24);
const EVENT = 'e'.repeat(24);
const course: TrainingEventView = {
  id: EVENT,
  title: 'Enfrentamento ao tráfico de pessoas',
  modality: 'online',
  sessions: [
    { id: 's1', start: '2026-03-10T13:00:00Z', end: '2026-03-10T17:00:00Z' },
    { id: 's2', start: '2026-03-11T13:00:00Z', end: '2026-03-11T17:00:00Z' },
  ],
  totalHours: 8,
  capacity: 30,
  organiserInstitutionId: ORGANISER,
  status: 'in_progress',
  enrolled: 3,
  waiting: 1,
};
const person = (n: number, name: string, attended: string[], status = 'enrolled'): EnrolmentView => ({
  id: String(n).repeat(24),
  name,
  email: `${name.toLowerCase()}@example.org`,
  status,
  attendedSessionIds: attended,
});
const ana = person(1, 'Ana', ['s1']);
const bruno = person(2, 'Bruno', []);
const carla = person(3, 'Carla', ['s2']);
const davi = { ...person(4, 'Davi', [], 'waiting'), waitingPosition: 1 };

type Query = { limit?: number; status?: string; cursor?: string };
function answer(path: string, init: unknown, event = course) {
  const { query } = (init as { params: { query?: Query } }).params;
  if (path === '/v1/training/events/{id}') return Promise.resolve({ data: event });
  if (path !== '/v1/training/events/{id}/enrolments')
    return Promise.resolve({ error: { status: 404, detail: 'Not found' } });
  // Seat holders come in two pages, so a form reading only the first would leave Carla out.
  if (query?.status === 'enrolled')
    return Promise.resolve({
      data:
        query.cursor === 'p2'
          ? { items: [carla], nextCursor: null }
          : { items: [ana, bruno], nextCursor: 'p2' },
    });
  return Promise.resolve({ data: { items: [ana, bruno, carla, davi], nextCursor: null } });
}

function session(roles: Role[], institutionId = ORGANISER): SessionView {
  return {
    person: {
      id: '9'.repeat(24),
      name: 'Maria Souza',
      email: 'maria.souza@mj.gov.br',
      institutionId,
      roles,
      totpEnabled: true,
    },
    csrfToken: 'c'.repeat(43),
    idleExpiresAt: '2026-12-03T12:30:00.000Z',
    expiresAt: '2026-12-04T00:00:00.000Z',
  };
}

function page(roles: Role[], institutionId?: string) {
  render(
    <SessionContext.Provider
      value={{ session: session(roles, institutionId), clear: jest.fn(), update: jest.fn() }}
    >
      <TrainingEventPage id={EVENT} />
    </SessionContext.Provider>,
  );
}

const box = (name: string) => screen.getByRole<HTMLInputElement>('checkbox', { name });
const tableReads = () =>
  GET.mock.calls.filter(
    ([path, init]) =>
      path === '/v1/training/events/{id}/enrolments' &&
      (init as { params: { query: Query } }).params.query.status === undefined,
  ).length;

describe('attendance of a training session', () => {
  beforeEach(() => {
    GET.mockReset();
    PUT.mockReset();
    GET.mockImplementation((path, init) => answer(path, init));
  });

  it('records who was present at the chosen session, every seat holder listed, and reads attendance again', async () => {
    PUT.mockResolvedValue({ data: { sessionId: 's1', present: 2 } });
    page(['coordinator'], 'b'.repeat(24));
    const form = await screen.findByRole('form', { name: 'Registrar frequência' });
    await within(form).findByRole('checkbox', { name: 'Carla' });
    // Both sessions are past: the last one is offered first, with what was recorded for it.
    const select = within(form).getByLabelText<HTMLSelectElement>('Sessão');
    expect(select.value).toBe('s2');
    expect([box('Ana'), box('Bruno'), box('Carla')].map((b) => b.checked)).toEqual([false, false, true]);
    expect(within(form).queryByRole('checkbox', { name: 'Davi' })).toBeNull();
    expect(box('Bruno').getAttribute('aria-describedby')).toBe(`attendance-${bruno.id}-email`);

    fireEvent.change(select, { target: { value: 's1' } });
    expect([box('Ana'), box('Bruno'), box('Carla')].map((b) => b.checked)).toEqual([true, false, false]);
    fireEvent.click(box('Carla'));
    fireEvent.click(box('Bruno'));
    fireEvent.click(box('Ana'));
    fireEvent.click(within(form).getByRole('button', { name: 'Registrar frequência' }));

    expect((await within(form).findByRole('status')).textContent).toBe(
      'Frequência da sessão 1 registrada: 2 presente(s).',
    );
    expect(PUT.mock.calls).toEqual([
      [
        '/v1/training/events/{id}/sessions/{sessionId}/attendance',
        {
          params: { path: { id: EVENT, sessionId: 's1' } },
          body: { presentEnrolmentIds: [bruno.id, carla.id] },
        },
      ],
    ]);
    expect(
      GET.mock.calls
        .filter(([, init]) => (init as { params: { query?: Query } }).params.query?.status === 'enrolled')
        .slice(0, 2)
        .map(([, init]) => (init as { params: { query: Query } }).params.query),
    ).toEqual([
      { limit: 100, status: 'enrolled' },
      { limit: 100, status: 'enrolled', cursor: 'p2' },
    ]);
    await waitFor(() => expect(tableReads()).toBe(2));
  });

  it('marks everyone, or nobody, at once', async () => {
    PUT.mockResolvedValue({ data: { sessionId: 's2', present: 0 } });
    page(['admin']);
    const form = await screen.findByRole('form', { name: 'Registrar frequência' });
    await within(form).findByRole('checkbox', { name: 'Carla' });
    fireEvent.click(within(form).getByRole('button', { name: 'Marcar todos' }));
    expect([box('Ana'), box('Bruno'), box('Carla')].every((b) => b.checked)).toBe(true);
    fireEvent.click(within(form).getByRole('button', { name: 'Desmarcar todos' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Registrar frequência' }));
    await within(form).findByRole('status');
    expect(PUT.mock.calls[0]?.[1]).toEqual({
      params: { path: { id: EVENT, sessionId: 's2' } },
      body: { presentEnrolmentIds: [] },
    });
  });

  it("shows the API's refusal and its field errors by the inputs they concern", async () => {
    PUT.mockResolvedValue({
      error: {
        status: 404,
        title: 'Not found',
        detail: `Not enrolled in this course: ${bruno.id}.`,
        code: 'TRAINING.ENROLMENT_NOT_FOUND',
        errors: [
          { field: 'presentEnrolmentIds', message: `${bruno.id} is not enrolled in this course` },
          { field: 'sessionId', message: 'must be a session id like s1' },
        ],
      },
    });
    page(['agency']);
    const form = await screen.findByRole('form', { name: 'Registrar frequência' });
    await within(form).findByRole('checkbox', { name: 'Carla' });
    fireEvent.click(box('Bruno'));
    fireEvent.click(within(form).getByRole('button', { name: 'Registrar frequência' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(
      `Não foi possível registrar a frequência. (Not enrolled in this course: ${bruno.id}.)`,
    );
    const present = within(form).getByRole('group', { name: /^Presentes na sessão/ });
    expect(present.getAttribute('aria-invalid')).toBe('true');
    expect(present.getAttribute('aria-describedby')).toBe('attendance-present-error');
    expect(document.getElementById('attendance-present-error')?.textContent).toBe(
      `${bruno.id} is not enrolled in this course`,
    );
    const select = within(form).getByLabelText('Sessão');
    expect(select.getAttribute('aria-describedby')).toBe('attendance-session-error');
    expect(document.getElementById('attendance-session-error')?.textContent).toBe(
      'must be a session id like s1',
    );
    expect(within(form).queryByRole('status')).toBeNull();
    // The marks stay, to be corrected and sent again.
    expect(box('Bruno').checked).toBe(true);
  });

  it.each([
    ['a viewer', ['viewer'] as Role[], ORGANISER, course],
    ["another institution's agency", ['agency'] as Role[], 'b'.repeat(24), course],
    [
      'a coordinator, before the course starts',
      ['coordinator'] as Role[],
      ORGANISER,
      { ...course, status: 'open' },
    ],
    [
      'a coordinator, once it is completed',
      ['coordinator'] as Role[],
      ORGANISER,
      { ...course, status: 'completed' },
    ],
  ])('is not offered to %s', async (_who, roles, institutionId, event) => {
    GET.mockImplementation((path, init) => answer(path, init, event));
    page(roles, institutionId);
    await screen.findByRole('heading', { name: course.title });
    expect(screen.queryByRole('form', { name: 'Registrar frequência' })).toBeNull();
    expect(PUT).not.toHaveBeenCalled();
  });

  it('offers the last session begun, or the first when none has', () => {
    const sessions = course.sessions;
    expect(defaultSession(sessions, new Date('2026-03-01T00:00:00Z'))).toBe('s1');
    expect(defaultSession(sessions, new Date('2026-03-10T14:00:00Z'))).toBe('s1');
    expect(defaultSession(sessions, new Date('2026-03-11T13:00:00Z'))).toBe('s2');
    expect(defaultSession([], new Date())).toBeUndefined();
  });
});
