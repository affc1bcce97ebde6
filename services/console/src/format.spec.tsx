/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { Deadline } from './components/countdown';
import { countdown, formatDay, formatNumber, formatPercent } from './format';

describe('pt-BR formatting', () => {
  it('writes calendar days as dd/mm/aaaa without shifting them across time zones', () => {
    expect(formatDay('2026-03-01')).toBe('01/03/2026');
    expect(formatDay(undefined)).toBe('—');
    expect(formatDay('not a date')).toBe('—');
  });

  it('groups thousands with a dot and writes percentages with a comma', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatPercent(42.5).replace(/\s/g, ' ')).toBe('42,5%');
  });
});

describe('deadline countdown', () => {
  const deadline = '2026-12-03T18:00:00Z';

  it('counts the time left in days, hours and minutes', () => {
    expect(countdown(deadline, new Date('2026-12-03T14:40:00Z'))).toEqual({
      overdue: false,
      minutes: 200,
      text: 'faltam 3 h 20 min',
    });
    expect(countdown(deadline, new Date('2026-12-01T17:00:00Z')).text).toBe('faltam 2 d 1 h');
    expect(countdown(deadline, new Date('2026-12-03T17:59:30Z')).text).toBe('faltam 0 min');
  });

  it('marks a passed deadline as overdue with how long ago', () => {
    expect(countdown(deadline, new Date('2026-12-03T20:00:00Z'))).toEqual({
      overdue: true,
      minutes: 120,
      text: 'atrasado há 2 h',
    });
  });

  it('shows an overdue referral as such on the page', () => {
    render(<Deadline deadline={deadline} now={new Date('2026-12-04T18:30:00Z')} />);
    expect(screen.getByText('Vencido: atrasado há 1 d')).toBeTruthy();
    const { container } = render(<Deadline deadline={deadline} now={new Date('2026-12-03T17:00:00Z')} />);
    expect(container.querySelector('.overdue')).toBeNull();
    expect(container.textContent).toContain('faltam 1 h');
  });
});
