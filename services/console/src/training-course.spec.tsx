/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { api } from './api/client';
import type { Role, SessionView } from './api/session';
import { forgetInstitutions } from './institutions';
import { zonedDateTime } from './pages/training-course-options';
import { TrainingPage } from './pages/training';
import { NewCoursePage } from './pages/training-course-new';
import { SessionContext } from './session-context';

// jsdom has no fetch: the calls are checked at the typed client, which adds the CSRF header to every
// change (client.spec).
jest.mock('./api/client', () => ({
  ...jest.requireActual<object>('./api/client'),
  api: { GET: jest.fn(), POST: jest.fn() },
}));
const GET = api.GET as unknown as jest.Mock<Promise<unknown>, [string, unknown]>;
const POST = api.POST as unknown as jest.Mock<Promise<unknown>, [string, unknown]>;

const OURS = 'a'.repeat(24);
const PF = 'b'.repeat(24);
const CREATED = 'c'.repeat(24);
const institutions = [
  { id: OURS, acronym: 'MJSP', name: 'Ministério da Justiça e Segurança Pública' },
  { id: PF, acronym: 'PF', name: 'Polícia Federal' },
];

function session(roles: Role[]): SessionView {
  return {
    person: {
      id: '9'.repeat(24),
      name: 'Maria Souza',
      email: 'maria.souza@mj.gov.br',
      institutionId: OURS,
      roles,
      totpEnabled: true,
    },
    csrfToken: 'c'.repeat(43),
    idleExpiresAt: '2026-12-03T12:30:00.000Z',
    expiresAt: '2026-12-04T00:00:00.000Z',
  };
}

function page(roles: Role[]) {
  render(
    <SessionContext.Provider value={{ session: session(roles), clear: jest.fn(), update: jest.fn() }}>
      <NewCoursePage />
    </SessionContext.Provider>,
  );
}

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Planejar capacitação' }));

describe('planning a training course', () => {
  beforeEach(() => {
    forgetInstitutions();
    GET.mockReset();
    POST.mockReset();
    window.location.hash = '#/capacitacoes/nova';
    GET.mockImplementation((path) =>
      path === '/v1/institutions'
        ? Promise.resolve({ data: { items: institutions, nextCursor: null } })
        : Promise.resolve({ error: { status: 404, detail: 'Not found' } }),
    );
  });

  it("sends the course in the API's shape, sessions in the chosen time zone, and opens it", async () => {
    POST.mockResolvedValue({ data: { id: CREATED, status: 'planned' } });
    page(['coordinator']);
    await screen.findByRole('option', { name: 'PF — Polícia Federal' });
    type('Título', '  Tráfico de pessoas na fronteira ');
    type('Descrição (opcional)', 'Rotas e indicadores');
    type('Modalidade', 'hybrid');
    type('UF', 'AM');
    type('Código IBGE do município (7 dígitos)', '1302603');
    type('Fuso horário das sessões', 'America/Manaus');
    fireEvent.click(screen.getByRole('button', { name: 'Adicionar sessão' }));
    fireEvent.click(screen.getByRole('button', { name: 'Adicionar sessão' }));
    for (const [i, date, start, end] of [
      [1, '2026-03-09', '08:00', '12:00'],
      [2, '2026-03-10', '14:00', '18:00'],
      [3, '2026-03-11', '08:30', '12:30'],
    ] as const) {
      type(`Data da sessão ${i}`, date);
      type(`Início da sessão ${i}`, start);
      type(`Término da sessão ${i}`, end);
    }
    // The first session is dropped; the others keep what was typed, renumbered.
    fireEvent.click(screen.getByRole('button', { name: 'Remover sessão 1' }));
    expect(screen.getByLabelText<HTMLInputElement>('Data da sessão 1').value).toBe('2026-03-10');
    expect(screen.queryByLabelText('Data da sessão 3')).toBeNull();
    type('Vagas', '40');
    fireEvent.click(screen.getByLabelText('Segurança pública'));
    fireEvent.click(screen.getByLabelText('Serviços de migração'));
    type('Instituição organizadora', PF);
    type(
      'Atividades do IV Plano atendidas (opcional; códigos como 1.4.2, separados por vírgula)',
      '1.4.2, 2.5.1',
    );
    type('Frequência mínima para o certificado, em % das horas (opcional; 75 % se vazio)', '80');
    submit();

    await waitFor(() => expect(window.location.hash).toBe(`#/capacitacoes/${CREATED}`));
    expect(POST.mock.calls).toEqual([
      [
        '/v1/training/events',
        {
          body: {
            title: 'Tráfico de pessoas na fronteira',
            description: 'Rotas e indicadores',
            modality: 'hybrid',
            place: { uf: 'AM', municipalityCode: '1302603' },
            timezone: 'America/Manaus',
            sessions: [
              { start: '2026-03-10T14:00:00-04:00', end: '2026-03-10T18:00:00-04:00' },
              { start: '2026-03-11T08:30:00-04:00', end: '2026-03-11T12:30:00-04:00' },
            ],
            capacity: 40,
            audiences: ['law_enforcement', 'migration_services'],
            organiserInstitutionId: PF,
            activityCodes: ['1.4.2', '2.5.1'],
            completionRule: { minAttendanceShare: 0.8 },
          },
        },
      ],
    ]);
  });

  it("plans an online course of the agency's own institution, with no place and only what was filled", async () => {
    POST.mockResolvedValue({ data: { id: CREATED } });
    page(['agency']);
    expect(
      await screen.findByText('Instituição organizadora: MJSP — Ministério da Justiça e Segurança Pública'),
    ).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Instituição organizadora' })).toBeNull();
    type('Título', 'Acolhimento de vítimas');
    type('Modalidade', 'online');
    expect(screen.queryByLabelText('UF')).toBeNull();
    type('Data da sessão 1', '2026-05-04');
    type('Início da sessão 1', '09:00');
    type('Término da sessão 1', '12:00');
    type('Vagas', '100');
    fireEvent.click(screen.getByLabelText('Assistência social'));
    submit();
    await waitFor(() => expect(window.location.hash).toBe(`#/capacitacoes/${CREATED}`));
    expect(POST.mock.calls[0]?.[1]).toEqual({
      body: {
        title: 'Acolhimento de vítimas',
        modality: 'online',
        timezone: 'America/Sao_Paulo',
        sessions: [{ start: '2026-05-04T09:00:00-03:00', end: '2026-05-04T12:00:00-03:00' }],
        capacity: 100,
        audiences: ['social_assistance'],
        organiserInstitutionId: OURS,
      },
    });
  });

  it("shows the API's field errors by the inputs they concern and stays on the form", async () => {
    POST.mockResolvedValue({
      error: {
        status: 400,
        title: 'The request is invalid',
        detail: 'Invalid fields: title, place.municipalityCode, sessions.1.end, audiences',
        code: 'COMMON.VALIDATION',
        errors: [
          { field: 'title', message: 'Too small: expected string to have >=1 characters' },
          { field: 'place.municipalityCode', message: 'must be a 7-digit IBGE code' },
          { field: 'sessions.1.end', message: 'end must be after start' },
          { field: 'audiences', message: 'Too small: expected array to have >=1 items' },
        ],
      },
    });
    page(['admin']);
    await screen.findByRole('option', { name: 'PF — Polícia Federal' });
    fireEvent.click(screen.getByRole('button', { name: 'Adicionar sessão' }));
    submit();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Não foi possível planejar a capacitação. (Invalid fields: title, place.municipalityCode, sessions.1.end, audiences)',
    );
    const describedBy = (label: string) => {
      const input = screen.getByLabelText(label);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      return document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent;
    };
    expect(describedBy('Título')).toBe('Too small: expected string to have >=1 characters');
    expect(describedBy('Código IBGE do município (7 dígitos)')).toBe('must be a 7-digit IBGE code');
    expect(describedBy('Término da sessão 2')).toBe('end must be after start');
    expect(screen.getByLabelText('Término da sessão 1').getAttribute('aria-invalid')).toBeNull();
    const audiences = screen.getByRole('group', { name: 'Públicos' });
    expect(audiences.getAttribute('aria-describedby')).toBe('course-audiences-error');
    expect(within(audiences).getByText('Too small: expected array to have >=1 items')).toBeTruthy();
    expect(window.location.hash).toBe('#/capacitacoes/nova');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Planejar capacitação' }).disabled).toBe(
      false,
    );
  });

  it.each([
    [['agency'] as Role[], true],
    [['coordinator'] as Role[], true],
    [['viewer'] as Role[], false],
  ])('offers planning a course on the calendar to %j: %s', async (roles, offered) => {
    GET.mockResolvedValue({ data: { items: [], nextCursor: null } });
    render(
      <SessionContext.Provider value={{ session: session(roles), clear: jest.fn(), update: jest.fn() }}>
        <TrainingPage query={new URLSearchParams()} />
      </SessionContext.Provider>,
    );
    await waitFor(() => expect(GET).toHaveBeenCalledWith('/v1/training/events', expect.anything()));
    const link = screen.queryByRole('link', { name: 'Planejar capacitação' });
    expect(link?.getAttribute('href') ?? null).toBe(offered ? '#/capacitacoes/nova' : null);
  });

  it("writes a session's wall time with its time zone's offset on that day", () => {
    expect(zonedDateTime('2026-03-10', '14:00', 'America/Sao_Paulo')).toBe('2026-03-10T14:00:00-03:00');
    // São Paulo kept daylight saving until 2019.
    expect(zonedDateTime('2018-01-10', '14:00', 'America/Sao_Paulo')).toBe('2018-01-10T14:00:00-02:00');
    expect(zonedDateTime('2026-03-10', '09:30', 'America/Noronha')).toBe('2026-03-10T09:30:00-02:00');
    expect(zonedDateTime('2026-03-10', '23:45', 'America/Rio_Branco')).toBe('2026-03-10T23:45:00-05:00');
    expect(zonedDateTime('', '14:00', 'America/Sao_Paulo')).toBe('');
    expect(zonedDateTime('2026-03-10', '', 'America/Sao_Paulo')).toBe('');
  });
});
