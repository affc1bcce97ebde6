import { z } from 'zod';
import { EVENT_CATALOG } from './event-catalog';

// Events carry ids, codes, counts and dates, never personal data (LGPD): they are kept for 30 days in
// streams, copied into every consumer's dead letters, and replayed. A field whose name says it holds
// data about a person fails here, for every event added later too.
const PERSONAL =
  /email|e_mail|cpf|rg$|phone|telefone|celular|birth|nascimento|passport|passaporte|gender|genero|sexo|address|endereco|firstname|lastname|fullname|personname|nomecompleto|nationality|nacionalidade|victim|vitima|participantname|narrative|ethnicity|religion|health/i;

function propertyNames(schema: unknown, path = ''): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const node = schema as Record<string, unknown>;
  const own = Object.entries((node['properties'] ?? {}) as Record<string, unknown>).flatMap(
    ([key, child]) => [`${path}${key}`, ...propertyNames(child, `${path}${key}.`)],
  );
  const nested = ['items', 'anyOf', 'oneOf', 'allOf', 'additionalProperties'].flatMap((key) => {
    const value = node[key];
    return Array.isArray(value) ? value.flatMap((v) => propertyNames(v, path)) : propertyNames(value, path);
  });
  return [...own, ...nested];
}

describe('event catalog holds no personal data', () => {
  const fields = Object.entries(EVENT_CATALOG).flatMap(([type, entry]) =>
    propertyNames(z.toJSONSchema(entry.schema, { unrepresentable: 'any' })).map(
      (field) => `${type}: ${field}`,
    ),
  );

  it('reads the fields of every event (the check below is not vacuous)', () => {
    expect(fields.length).toBeGreaterThan(Object.keys(EVENT_CATALOG).length);
    expect(fields).toContain('activity.report-submitted: reportId');
  });

  it('has no field named for personal data in any event', () => {
    expect(fields.filter((field) => PERSONAL.test(field.split(': ')[1] ?? ''))).toEqual([]);
  });

  it('would catch one', () => {
    const leaky = z.object({ participants: z.array(z.object({ email: z.string(), fullName: z.string() })) });
    expect(propertyNames(z.toJSONSchema(leaky)).filter((f) => PERSONAL.test(f))).toEqual([
      'participants.email',
      'participants.fullName',
    ]);
  });
});
