/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { api } from './api/client';
import { fieldErrors } from './form';
import { forgetInstitutions } from './institutions';
import { EVENT_TYPE, type EventType } from './labels';
import { WebhookEndpoints } from './pages/webhook-endpoints';

// jsdom has no fetch: the calls are checked at the typed client, which adds the CSRF header to every
// change (client.spec).
jest.mock('./api/client', () => ({
  ...jest.requireActual<object>('./api/client'),
  api: { GET: jest.fn(), POST: jest.fn(), PATCH: jest.fn() },
}));
const GET = api.GET as unknown as jest.Mock<Promise<unknown>, [string, unknown]>;
const POST = api.POST as unknown as jest.Mock<Promise<unknown>, [string, unknown]>;
const PATCH = api.PATCH as unknown as jest.Mock<Promise<unknown>, [string, unknown]>;

const OURS = 'a'.repeat(24);
const endpoint = {
  id: 'e'.repeat(24),
  institutionId: OURS,
  url: 'https://hooks.creas.example/elo',
  eventTypes: [],
  enabled: true,
  coordination: false,
  version: 1,
  createdAt: '2026-12-01T12:00:00Z',
  updatedAt: '2026-12-01T12:00:00Z',
};

function answer(path: string, endpoints: (typeof endpoint)[]) {
  if (path === '/v1/notifications/endpoints')
    return Promise.resolve({ data: { items: endpoints, nextCursor: null } });
  if (path === '/v1/institutions') return Promise.resolve({ data: { items: [], nextCursor: null } });
  return Promise.resolve({ error: { status: 404, detail: 'Not found' } });
}

function page() {
  return render(<WebhookEndpoints institutionId={OURS} canManage />);
}

describe('webhook endpoints', () => {
  beforeEach(() => {
    forgetInstitutions();
    for (const mock of [GET, POST, PATCH]) mock.mockReset();
    GET.mockImplementation((path) => answer(path, [endpoint]));
  });

  it('registers an endpoint, shows its secret once and reads the list again', async () => {
    POST.mockResolvedValue({ data: { ...endpoint, secret: 'whsec_abc123' } });
    page();
    await screen.findByText(endpoint.url);
    fireEvent.change(screen.getByLabelText('Endereço (URL) que recebe as notificações'), {
      target: { value: ' https://hooks.pf.example/elo ' },
    });
    fireEvent.change(screen.getByLabelText('Descrição (opcional)'), { target: { value: 'Sistema da PF' } });
    // The integrator's code describes the box the Portuguese name labels.
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Encaminhamento enviado', description: 'referral.sent' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cadastrar endereço' }));
    expect((await screen.findByTestId('webhook-secret')).textContent).toBe('whsec_abc123');
    expect(POST.mock.calls).toEqual([
      [
        '/v1/notifications/endpoints',
        {
          body: {
            url: 'https://hooks.pf.example/elo',
            description: 'Sistema da PF',
            eventTypes: ['referral.sent'],
            enabled: true,
          },
        },
      ],
    ]);
    await waitFor(() =>
      expect(GET.mock.calls.filter(([path]) => path === '/v1/notifications/endpoints')).toHaveLength(2),
    );
  });

  it("shows the API's field errors by the inputs they concern", async () => {
    POST.mockResolvedValue({
      error: {
        status: 400,
        title: 'The request is invalid',
        detail: 'Invalid fields: url, eventTypes.0',
        code: 'COMMON.VALIDATION',
        errors: [
          { field: 'url', message: 'private addresses are refused' },
          { field: 'eventTypes.0', message: 'unknown event type' },
        ],
      },
    });
    page();
    await screen.findByText(endpoint.url);
    const url = screen.getByLabelText('Endereço (URL) que recebe as notificações');
    fireEvent.change(url, { target: { value: 'https://10.0.0.1/hook' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cadastrar endereço' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Não foi possível cadastrar o endereço. (Invalid fields: url, eventTypes.0)',
    );
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(url.getAttribute('aria-describedby')).toBe('webhook-url-error');
    expect(document.getElementById('webhook-url-error')?.textContent).toBe('private addresses are refused');
    expect(document.getElementById('webhook-events-error')?.textContent).toBe('unknown event type');
    expect(screen.queryByTestId('webhook-secret')).toBeNull();
  });

  it('names every event type in Portuguese, its code beside it', async () => {
    page();
    await screen.findByText(endpoint.url);
    const boxes = within(screen.getByRole('group', { name: /^Eventos/ })).getAllByRole('checkbox');
    expect(boxes.length).toBe(Object.keys(EVENT_TYPE).length);
    for (const box of boxes) {
      const code = (box as HTMLInputElement).value;
      expect(box.getAttribute('aria-describedby')).toBe(`webhook-event-${code}-code`);
      expect(document.getElementById(`webhook-event-${code}-code`)?.textContent).toBe(code);
      expect(screen.getByLabelText(EVENT_TYPE[code as EventType])).toBe(box);
    }
    expect(screen.queryByLabelText('training.completed')).toBeNull();
    expect(screen.getByLabelText('Capacitação concluída')).toBe(
      screen.getByRole('checkbox', { description: 'training.completed' }),
    );
  });

  it('names the events of the delivery log in Portuguese', async () => {
    GET.mockImplementation((path) =>
      path === '/v1/notifications/endpoints/{id}/messages'
        ? Promise.resolve({
            data: {
              items: [
                {
                  id: 'm'.repeat(24),
                  eventType: 'activity.report-returned',
                  status: 'delivered',
                  createdAt: '2026-12-01T12:00:00Z',
                },
              ],
              nextCursor: null,
            },
          })
        : answer(path, [endpoint]),
    );
    page();
    fireEvent.click(await screen.findByRole('button', { name: 'Registro de entregas' }));
    const cell = await screen.findByRole('cell', { name: /^Relatório de atividade devolvido/ });
    expect(cell.textContent).toBe('Relatório de atividade devolvido activity.report-returned');
  });

  it('disables an endpoint only after confirmation', async () => {
    PATCH.mockResolvedValue({ data: { ...endpoint, enabled: false, version: 2 } });
    page();
    const item = (await screen.findByText(endpoint.url)).closest('li') as HTMLElement;
    fireEvent.click(within(item).getByRole('button', { name: 'Desativar' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Cancelar' }));
    expect(PATCH).not.toHaveBeenCalled();
    expect(within(item).queryByRole('button', { name: 'Confirmar desativação' })).toBeNull();

    fireEvent.click(within(item).getByRole('button', { name: 'Desativar' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Confirmar desativação' }));
    await waitFor(() =>
      expect(PATCH.mock.calls).toEqual([
        [
          '/v1/notifications/endpoints/{id}',
          { params: { path: { id: endpoint.id } }, body: { enabled: false } },
        ],
      ]),
    );
    await waitFor(() =>
      expect(GET.mock.calls.filter(([path]) => path === '/v1/notifications/endpoints')).toHaveLength(2),
    );
  });

  it("offers no change on another institution's endpoint", async () => {
    GET.mockImplementation((path) => answer(path, [{ ...endpoint, institutionId: 'b'.repeat(24) }]));
    page();
    await screen.findByText(endpoint.url);
    expect(screen.queryByRole('button', { name: 'Desativar' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Gerar novo segredo' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Registro de entregas' })).toBeTruthy();
  });

  it('reads field errors from a problem, by their first path segment', () => {
    const problem = {
      errors: [
        { field: 'eventTypes.2', message: 'a' },
        { field: 'eventTypes.3', message: 'b' },
      ],
    };
    expect(fieldErrors({ problem })).toEqual({ eventTypes: 'a; b' });
    expect(fieldErrors(new Error('offline'))).toEqual({});
  });
});
