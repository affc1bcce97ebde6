/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { Filters } from './components/filters';
import { activityQuery } from './pages/activities';
import { partnershipQuery } from './pages/partnership-query';
import { parseHash, href } from './router';

describe('partnership filters', () => {
  it('turns the address into the API query, dropping values the API would refuse', () => {
    const { query } = parseHash('#/parcerias?tipo=bilateral&pais=py&expira=90&situacao=in_force');
    expect(partnershipQuery(query)).toEqual({
      limit: 100,
      kind: 'bilateral',
      country: 'PY',
      expiringWithinDays: 90,
      status: 'in_force',
    });
    const bad = parseHash('#/parcerias?tipo=nonsense&pais=Paraguai&expira=-3&setor=constructor').query;
    expect(partnershipQuery(bad)).toEqual({ limit: 100 });
  });

  it('puts the chosen filters in the address, leaving empty ones out', () => {
    const applied: Record<string, string | undefined>[] = [];
    render(
      <Filters
        fields={[
          { name: 'tipo', label: 'Tipo', options: { bilateral: 'Bilateral' } },
          { name: 'expira', label: 'Vencimento', options: { '90': 'Vence em até 90 dias' } },
          { name: 'texto', label: 'Texto' },
        ]}
        values={new URLSearchParams('tipo=bilateral')}
        onApply={(values) => applied.push(values)}
      />,
    );
    expect(screen.getByLabelText<HTMLSelectElement>('Tipo').value).toBe('bilateral');
    fireEvent.change(screen.getByLabelText('Vencimento'), { target: { value: '90' } });
    fireEvent.click(screen.getByRole('button', { name: 'Filtrar' }));
    expect(applied).toEqual([{ tipo: 'bilateral', expira: '90', texto: undefined }]);
    expect(href('/parcerias', applied[0])).toBe('#/parcerias?tipo=bilateral&expira=90');
  });
});

describe('activity filters', () => {
  it('keeps only a known status and a positive axis', () => {
    expect(activityQuery(new URLSearchParams('eixo=2&situacao=delayed&texto=rede'))).toEqual({
      limit: 100,
      axis: 2,
      status: 'delayed',
      q: 'rede',
    });
    expect(activityQuery(new URLSearchParams('eixo=x&situacao=lost'))).toEqual({ limit: 100 });
  });
});
