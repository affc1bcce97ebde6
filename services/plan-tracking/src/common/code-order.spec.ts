import { encodeCursor } from '@elo/persistence';
import { decodeCodeCursor, sortKeyOf, toCodePage } from './code-order';
import { thrown } from '@elo/testing';

describe('code order and cursors', () => {
  it('sorts codes numerically part by part', () => {
    const codes = ['1.1.10', '1.1.2', '2.1.1', '1.10.1', '1.2.1'];
    expect([...codes].sort((a, b) => sortKeyOf(a).localeCompare(sortKeyOf(b)))).toEqual([
      '1.1.2',
      '1.1.10',
      '1.2.1',
      '1.10.1',
      '2.1.1',
    ]);
  });

  it('round-trips a cursor and refuses one it did not make', () => {
    expect(decodeCodeCursor(encodeCursor('001.001.010'))).toBe('001.001.010');
    expect(thrown(() => decodeCodeCursor('bm90LWEtY3Vyc29y'))).toMatchObject({ code: 'COMMON.VALIDATION' });
    expect(thrown(() => decodeCodeCursor('!!!'))).toMatchObject({ code: 'COMMON.VALIDATION' });
  });

  it('cuts a page and points the cursor at its last row', () => {
    const rows = ['001.001.001', '001.001.002', '001.001.003'].map((sortKey) => ({ sortKey }));
    const page = toCodePage(rows, 2, (r) => r.sortKey);
    expect(page.items).toEqual(['001.001.001', '001.001.002']);
    expect(decodeCodeCursor(page.nextCursor ?? '')).toBe('001.001.002');
    expect(toCodePage(rows.slice(0, 2), 2, (r) => r.sortKey).nextCursor).toBeNull();
  });
});
