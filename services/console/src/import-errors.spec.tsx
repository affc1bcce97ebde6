/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import { ImportErrors } from './components/import-errors';

describe('CSV import errors', () => {
  it('lists every bad cell by line, in file order, and says nothing was imported', () => {
    render(
      <ImportErrors
        detail="3 error(s) in the CSV; nothing was imported."
        errors={[
          { field: 'line 7: email', line: 7, column: 'email', message: 'must be an email address' },
          { field: 'line 3: cpf', line: 3, column: 'cpf', message: 'check digits do not match' },
          { field: 'line 3: uf', line: 3, column: 'uf', message: 'unknown state' },
        ]}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Nenhum participante foi importado');
    const rows = within(alert)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['3', 'cpf', 'check digits do not match'],
      ['3', 'uf', 'unknown state'],
      ['7', 'email', 'must be an email address'],
    ]);
    expect(screen.getByText('3 erro(s) no arquivo')).toBeTruthy();
  });
});
