import { visibleText } from './text';

describe('visibleText', () => {
  const name = visibleText(2, 10);

  it('trims, then counts what a reader sees', () => {
    expect(name.parse('  MJ  ')).toBe('MJ');
    expect(name.safeParse('MJSP-ABCDEF').success).toBe(false);
  });

  it.each(['  ', '          ', '\u200b\u200b\u200b', '\u200bA\u200b', '\u2060\ufeff', ' \u00a0\u3000 '])(
    'refuses %j: blank or invisible',
    (value) => expect(name.safeParse(value).success).toBe(false),
  );

  it('says "must not be blank" for one-character texts', () => {
    expect(visibleText(1, 5).safeParse('\u200b').error?.issues[0]?.message).toBe('must not be blank');
  });
});
