import { type DomainError } from '@elo/contracts';
import { thrown } from '@elo/testing';
import { parseParticipantsCsv } from './participant-csv';

const importError = (csv: string) => thrown(() => parseParticipantsCsv(csv)) as DomainError;

describe('participants CSV', () => {
  it('reads rows in English or Portuguese headers, normalising email and CPF', () => {
    const rows = parseParticipantsCsv(
      '\uFEFFnome;e-mail;cpf;público;uf\n' +
        'Maria Exemplo;Maria@Example.org;529.982.247-25;health;SP\n' +
        'José Teste;jose@example.org;;justice_system;\n',
    );
    expect(rows).toEqual([
      {
        line: 2,
        name: 'Maria Exemplo',
        email: 'maria@example.org',
        cpf: '52998224725',
        audience: 'health',
        uf: 'SP',
      },
      { line: 3, name: 'José Teste', email: 'jose@example.org', audience: 'justice_system' },
    ]);
  });

  it('rejects the whole file, listing line, column and message of every bad row', () => {
    const error = importError(
      'name,email,cpf,audience\n' +
        'Ok Person,ok@example.org,,health\n' +
        'Bad Cpf,bad@example.org,52998224724,health\n' +
        'No Audience,na@example.org,,astronaut\n' +
        'Repeat,OK@example.org,,health\n' +
        'Short,row\n',
    );
    expect(error.code).toBe('TRAINING.IMPORT_INVALID');
    expect(error.errors?.map(({ line, column }) => [line, column])).toEqual([
      [3, 'cpf'],
      [4, 'audience'],
      [5, 'email'],
      [6, '(row)'],
    ]);
    expect(error.errors?.[2].message).toMatch(/line 2/);
  });

  it('refuses unknown and missing columns in the header', () => {
    const error = importError('name,phone\nA,1\n');
    expect(error.errors?.map((e) => e.column)).toEqual(['phone', 'email', 'audience']);
  });

  it('refuses an empty file, a header alone and a broken quote', () => {
    expect(importError('').code).toBe('TRAINING.IMPORT_INVALID');
    expect(importError('name,email,audience\n').errors?.[0].message).toMatch(/no participant rows/);
    expect(importError('name,email,audience\n"A,a@example.org,health\n').errors?.[0]).toMatchObject({
      line: 2,
    });
  });
});
