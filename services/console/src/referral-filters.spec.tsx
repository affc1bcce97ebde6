/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { api } from './api/client';
import { referralQuery } from './pages/referral-query';
import { ReferralsPage } from './pages/referrals';
import { parseHash } from './router';

// jsdom has no fetch: the page's call is checked at the typed client.
jest.mock('./api/client', () => ({
  ...jest.requireActual<object>('./api/client'),
  api: { GET: jest.fn() },
}));
const GET = api.GET as unknown as jest.Mock<Promise<unknown>, [string, unknown]>;

describe('referral filters', () => {
  beforeEach(() => {
    GET.mockReset();
    GET.mockResolvedValue({ data: { items: [], nextCursor: null } });
    window.location.hash = '';
  });

  it('turns the address into the API query, dropping values the API would refuse', () => {
    expect(referralQuery(new URLSearchParams('situacao=sent&urgencia=life_risk&atraso=sim'))).toEqual({
      limit: 100,
      status: 'sent',
      urgency: 'life_risk',
      overdue: true,
    });
    expect(referralQuery(new URLSearchParams('atraso=nao'))).toEqual({ limit: 100, overdue: false });
    expect(referralQuery(new URLSearchParams('situacao=lost&urgencia=soon&atraso=talvez'))).toEqual({
      limit: 100,
    });
  });

  it("sends the address's filters with the box's query", async () => {
    const { query } = parseHash('#/encaminhamentos/entrada?situacao=sent&atraso=sim');
    render(<ReferralsPage box="entrada" query={query} />);
    await screen.findByText('0 encaminhamento(s)');
    expect(GET.mock.calls).toEqual([
      ['/v1/referrals/inbox', { params: { query: { limit: 100, status: 'sent', overdue: true } } }],
    ]);
    expect(screen.getByLabelText<HTMLSelectElement>('Situação').value).toBe('sent');
  });

  it('puts the chosen filters in the address of the same box', async () => {
    render(<ReferralsPage box="saida" query={new URLSearchParams()} />);
    await screen.findByText('0 encaminhamento(s)');
    expect(GET.mock.calls[0]?.[0]).toBe('/v1/referrals/outbox');
    fireEvent.change(screen.getByLabelText('Situação'), { target: { value: 'accepted' } });
    fireEvent.change(screen.getByLabelText('Prazo'), { target: { value: 'nao' } });
    fireEvent.click(screen.getByRole('button', { name: 'Filtrar' }));
    expect(window.location.hash).toBe('#/encaminhamentos/saida?situacao=accepted&atraso=nao');
  });
});
