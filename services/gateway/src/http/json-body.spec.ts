import { thrown } from '@elo/testing';
import { MAX_JSON_ARRAY_ITEMS, MAX_JSON_DEPTH, assertJsonShape } from './json-body';

const bytes = (text: string) => Buffer.from(text, 'utf8');
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('assertJsonShape', () => {
  it('accepts ordinary bodies, up to the depth and array size limits', () => {
    for (const body of [
      '{"name":"MJSP","networks":["CONATRAP","NETP"]}',
      nested(MAX_JSON_DEPTH),
      `[${Array.from({ length: MAX_JSON_ARRAY_ITEMS }, () => '0').join(',')}]`,
      '"just a string"',
      '',
    ]) {
      expect(() => assertJsonShape(bytes(body))).not.toThrow();
    }
  });

  it('refuses nesting deeper than the limit, of objects or arrays, with COMMON.BAD_REQUEST', () => {
    expect(thrown(() => assertJsonShape(bytes(nested(MAX_JSON_DEPTH + 1))))).toMatchObject({
      code: 'COMMON.BAD_REQUEST',
    });
    const objects = '{"a":'.repeat(MAX_JSON_DEPTH + 1) + '1' + '}'.repeat(MAX_JSON_DEPTH + 1);
    expect(thrown(() => assertJsonShape(bytes(objects)))).toMatchObject({ code: 'COMMON.BAD_REQUEST' });
    expect(thrown(() => assertJsonShape(bytes('['.repeat(100_000))))).toMatchObject({
      code: 'COMMON.BAD_REQUEST',
    });
  });

  it('refuses an array with more items than the limit', () => {
    const huge = `{"networks":[${Array.from({ length: MAX_JSON_ARRAY_ITEMS + 1 }, () => '0').join(',')}]}`;
    expect(thrown(() => assertJsonShape(bytes(huge)))).toMatchObject({ code: 'COMMON.BAD_REQUEST' });
  });

  it('does not count brackets, commas or escaped quotes inside strings', () => {
    const text = `{"a":"${'[{,'.repeat(5_000)}\\"[[[["}`;
    expect(() => assertJsonShape(bytes(text))).not.toThrow();
    const commas = `[${Array.from({ length: 10 }, () => '"a,b,c"').join(',')}]`;
    expect(() => assertJsonShape(bytes(commas))).not.toThrow();
  });

  it('counts the items of each array on its own, objects’ commas not at all', () => {
    const many = Array.from({ length: 600 }, (_, i) => `"k${i}":1`).join(',');
    const twoArrays = `[[${'0,'.repeat(600)}0],[${'0,'.repeat(600)}0]]`;
    expect(() => assertJsonShape(bytes(`{${many},${many}}`))).not.toThrow();
    expect(() => assertJsonShape(bytes(twoArrays))).not.toThrow();
  });
});
