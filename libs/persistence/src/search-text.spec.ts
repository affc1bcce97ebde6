import { foldForSearch, searchPattern } from './search-text';

describe('search folding', () => {
  it('ignores case, accents and repeated spaces', () => {
    expect(foldForSearch('Capacitação  de  AGENTES públicos')).toBe('capacitacao de agentes publicos');
    expect(new RegExp(searchPattern('CAPACITAÇÃO')).test(foldForSearch('a capacitacao de'))).toBe(true);
  });

  it('treats regex characters in the query as text', () => {
    const pattern = new RegExp(searchPattern('2.5.1 (a+b)'));
    expect(pattern.test(foldForSearch('2.5.1 (a+b)'))).toBe(true);
    expect(pattern.test(foldForSearch('2x5x1 aab'))).toBe(false);
  });
});
