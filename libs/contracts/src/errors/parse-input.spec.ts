import { z } from 'zod';
import { parseInput } from './parse-input';

const schema = z.strictObject({ name: z.string().min(2), tags: z.array(z.string()).optional() });

describe('parseInput', () => {
  it('returns the parsed value when it is valid', () => {
    expect(parseInput(schema, { name: 'ok', tags: ['a'] })).toEqual({ name: 'ok', tags: ['a'] });
  });

  it('throws COMMON.VALIDATION naming each bad field, nested paths dotted', () => {
    let error: unknown;
    try {
      parseInput(schema, { name: null, tags: ['a', 3], extra: true });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'COMMON.VALIDATION' });
    const fields = (error as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'tags.1']));
    expect(fields.some((f) => f === '(body)' || f === 'extra')).toBe(true);
  });
});
