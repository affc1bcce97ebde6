import { DomainError } from '@elo/contracts';
import { thrown } from '@elo/testing';
import { etagOf, parseIfMatch } from './etag';

describe('conditional request headers', () => {
  it('tags a version strongly', () => {
    expect(etagOf(0)).toBe('"0"');
    expect(etagOf(12)).toBe('"12"');
  });

  it('reads an issued tag as the expected version, and * or no header as none', () => {
    expect(parseIfMatch('"3"')).toBe(3);
    expect(parseIfMatch(' "0" ')).toBe(0);
    expect(parseIfMatch('*')).toBeUndefined();
    expect(parseIfMatch(undefined)).toBeUndefined();
  });

  it.each(['W/"3"', '3', '"abc"', '"03"', '"1", "2"', '', '"99999999999999999999"', '"-1"'])(
    'refuses %j with COMMON.VALIDATION naming the header',
    (value) => {
      const error = thrown(() => parseIfMatch(value));
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'COMMON.VALIDATION', errors: [{ field: 'If-Match' }] });
    },
  );

  it('refuses a repeated header, which is a list', () => {
    expect(thrown(() => parseIfMatch(['"1"', '"2"']))).toMatchObject({ code: 'COMMON.VALIDATION' });
  });
});
