import { z } from 'zod';
import { parseInput } from './parse-input';

const schema = z.strictObject({ name: z.string().min(2), tags: z.array(z.string()).optional() });
const coded = z
  .string()
  .refine((v) => v === 'ok', { message: 'not ok', params: { code: 'DIRECTORY.INVALID_CNPJ' } });

function failure(parse: () => unknown): { code: string; errors: { field: string; message: string }[] } {
  try {
    parse();
  } catch (caught) {
    return caught as ReturnType<typeof failure>;
  }
  throw new Error('expected the parse to fail');
}

describe('parseInput', () => {
  it('returns the parsed value when it is valid', () => {
    expect(parseInput(schema, { name: 'ok', tags: ['a'] })).toEqual({ name: 'ok', tags: ['a'] });
  });

  it('throws COMMON.VALIDATION naming each bad field, nested paths dotted, each unknown key by name', () => {
    const error = failure(() => parseInput(schema, { name: null, tags: ['a', 3], extra: true, more: 1 }));
    expect(error).toMatchObject({ code: 'COMMON.VALIDATION' });
    expect(error.errors.map((e) => e.field).sort()).toEqual(['extra', 'more', 'name', 'tags.1']);
  });

  it('names the whole input (body) when it is not an object at all', () => {
    expect(failure(() => parseInput(schema, null)).errors.map((e) => e.field)).toEqual(['(body)']);
  });

  it('answers with a rule’s own code when it is the only failure, COMMON.VALIDATION when mixed', () => {
    const both = z.strictObject({ cnpj: coded, name: z.string() });
    expect(failure(() => parseInput(both, { cnpj: 'bad', name: 'x' }))).toMatchObject({
      code: 'DIRECTORY.INVALID_CNPJ',
      errors: [{ field: 'cnpj', message: 'not ok' }],
    });
    expect(failure(() => parseInput(both, { cnpj: 'bad', name: 1 })).code).toBe('COMMON.VALIDATION');
    expect(failure(() => parseInput(both, { cnpj: 1, name: 'x' })).code).toBe('COMMON.VALIDATION');
  });

  it('ignores a params.code that is not an error code', () => {
    const odd = z.string().refine(() => false, { params: { code: 'NOPE' } });
    expect(failure(() => parseInput(odd, 'x')).code).toBe('COMMON.VALIDATION');
  });
});
