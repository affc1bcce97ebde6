import { z } from 'zod';
import { booleanQuerySchema } from './pagination';

describe('booleanQuerySchema', () => {
  const schema = z.strictObject({ flag: booleanQuerySchema('A yes/no filter').optional() });

  it('reads the query-string texts true and false as booleans, and takes a boolean as it is', () => {
    expect(schema.parse({ flag: 'true' })).toEqual({ flag: true });
    expect(schema.parse({ flag: 'false' })).toEqual({ flag: false });
    expect(schema.parse({ flag: true })).toEqual({ flag: true });
    expect(schema.parse({ flag: false })).toEqual({ flag: false });
    expect(schema.parse({})).toEqual({});
  });

  it.each([['1'], ['yes'], ['TRUE'], [''], [['true', 'true']], [1], [{ $ne: null }]])(
    'refuses %j',
    (flag) => {
      expect(schema.safeParse({ flag }).success).toBe(false);
    },
  );

  it('is documented as the boolean it yields, with its description', () => {
    const json = z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as {
      properties: Record<string, unknown>;
      required?: string[];
    };
    expect(json.properties['flag']).toEqual({
      type: 'boolean',
      description: 'A yes/no filter',
      example: true,
    });
    expect(json.required ?? []).not.toContain('flag');
  });
});
