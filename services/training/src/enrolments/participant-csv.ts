import { DomainError, participantSchema, type FieldError, type Participant } from '@elo/contracts';
import { CsvSyntaxError, parseCsv } from './csv';

// The participants' CSV: a header line naming the columns (English or Portuguese), then one row per person.

export const MAX_IMPORT_ROWS = 2000;
const MAX_ERRORS = 200;

type Column = 'name' | 'email' | 'cpf' | 'audience' | 'uf' | 'institutionId';
const REQUIRED: readonly Column[] = ['name', 'email', 'audience'];
const HEADER_ALIASES: Record<string, Column> = {
  name: 'name',
  nome: 'name',
  email: 'email',
  'e-mail': 'email',
  cpf: 'cpf',
  audience: 'audience',
  publico: 'audience',
  público: 'audience',
  uf: 'uf',
  institutionid: 'institutionId',
  instituicao: 'institutionId',
  instituição: 'institutionId',
};

export interface ParticipantRow extends Participant {
  line: number;
}

/** Every row as a participant, or TRAINING.IMPORT_INVALID listing each bad line and column (nothing imported). */
export function parseParticipantsCsv(text: string): ParticipantRow[] {
  let parsed;
  try {
    parsed = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw invalid([lineError(error.line, '(row)', error.message)]);
    throw error;
  }
  const [header, ...rows] = parsed.records;
  if (!header) throw invalid([lineError(1, '(header)', 'the file is empty')]);
  const columns = header.cells.map((c) => HEADER_ALIASES[c.trim().toLowerCase()]);
  const errors: FieldError[] = [];
  header.cells.forEach((c, i) => {
    if (!columns[i]) errors.push(lineError(header.line, c, `unknown column "${c}"`));
  });
  for (const col of REQUIRED) {
    if (!columns.includes(col)) errors.push(lineError(header.line, col, 'missing column'));
  }
  if (new Set(columns).size !== columns.length)
    errors.push(lineError(header.line, '(header)', 'a column is repeated'));
  if (errors.length) throw invalid(errors);
  if (!rows.length) throw invalid([lineError(header.line, '(row)', 'the file has no participant rows')]);
  if (rows.length > MAX_IMPORT_ROWS)
    throw invalid([lineError(rows[MAX_IMPORT_ROWS].line, '(row)', `more than ${MAX_IMPORT_ROWS} rows`)]);

  const participants: ParticipantRow[] = [];
  const firstLineOfEmail = new Map<string, number>();
  for (const row of rows) {
    if (row.cells.length !== columns.length) {
      errors.push(
        lineError(row.line, '(row)', `has ${row.cells.length} cells, the header has ${columns.length}`),
      );
      continue;
    }
    const raw: Record<string, string> = {};
    columns.forEach((col, i) => {
      const value = row.cells[i]?.trim() ?? '';
      if (col && value !== '') raw[col] = value;
    });
    const result = participantSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push(lineError(row.line, String(issue.path[0] ?? '(row)'), issue.message));
      }
      continue;
    }
    const first = firstLineOfEmail.get(result.data.email);
    if (first !== undefined) {
      errors.push(lineError(row.line, 'email', `repeats the email of line ${first}`));
      continue;
    }
    firstLineOfEmail.set(result.data.email, row.line);
    participants.push({ ...result.data, line: row.line });
  }
  if (errors.length) throw invalid(errors);
  return participants;
}

export function lineError(line: number, column: string, message: string): FieldError {
  return { field: `line ${line}: ${column}`, line, column, message };
}

export function invalid(errors: FieldError[]): DomainError {
  const shown = errors.slice(0, MAX_ERRORS);
  return new DomainError(
    'TRAINING.IMPORT_INVALID',
    `${errors.length} error(s) in the CSV; nothing was imported.${errors.length > MAX_ERRORS ? ` The first ${MAX_ERRORS} are listed.` : ''}`,
    shown,
  );
}
