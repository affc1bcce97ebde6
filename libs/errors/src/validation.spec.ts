import { z } from 'zod';
import { cnpjSchema, idSchema, pageQuerySchema } from '@elo/contracts';
import { ZodValidationPipe } from './validation';

const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as { code: string; errors: { field: string }[] };
  }
  throw new Error('expected a failure');
};

describe('ZodValidationPipe', () => {
  const query = new ZodValidationPipe(pageQuerySchema.extend({ axis: z.number().int().optional() }), 'query');

  it('reads numbers from query strings and applies defaults', () => {
    expect(query.transform({ limit: '5', axis: '2' })).toEqual({ limit: 5, axis: 2 });
    expect(query.transform({})).toEqual({ limit: 20 });
  });

  it('refuses what does not spell a number, a repeated parameter and an unknown one, naming each', () => {
    for (const [input, field] of [
      [{ limit: '5x' }, 'limit'],
      [{ limit: '' }, 'limit'],
      [{ limit: ['1', '2'] }, 'limit'],
      [{ limit: '0x10' }, 'limit'],
      [{ limit: '500' }, 'limit'],
      [{ sort: 'name' }, 'sort'],
    ] as const) {
      expect(failure(() => query.transform(input))).toMatchObject({
        code: 'COMMON.VALIDATION',
        errors: [{ field }],
      });
    }
  });

  it('keeps a body’s types: a number in a string stays a string', () => {
    const body = new ZodValidationPipe(z.strictObject({ n: z.number() }), 'body');
    expect(failure(() => body.transform({ n: '3' })).errors[0]?.field).toBe('n');
  });

  it('refuses a null or missing body as a whole', () => {
    const body = new ZodValidationPipe(z.strictObject({ n: z.number().optional() }), 'body');
    expect(body.transform({})).toEqual({});
    for (const value of [null, undefined, [], 'x']) {
      expect(failure(() => body.transform(value))).toMatchObject({ code: 'COMMON.VALIDATION' });
    }
  });

  it('answers a rule’s own code, as the service would', () => {
    const body = new ZodValidationPipe(z.strictObject({ cnpj: cnpjSchema }), 'body');
    expect(failure(() => body.transform({ cnpj: '00394494000137' }))).toMatchObject({
      code: 'DIRECTORY.INVALID_CNPJ',
      errors: [{ field: 'cnpj' }],
    });
  });

  it('checks path parameters', () => {
    const params = new ZodValidationPipe(z.strictObject({ id: idSchema }), 'param');
    expect(params.transform({ id: '665f1c2e9b1e8a0012345678' })).toEqual({ id: '665f1c2e9b1e8a0012345678' });
    expect(failure(() => params.transform({ id: '665F1C2E9B1E8A0012345678' })).errors[0]?.field).toBe('id');
  });
});
