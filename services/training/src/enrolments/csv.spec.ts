import { CsvSyntaxError, parseCsv } from './csv';

describe('CSV reader', () => {
  it('reads comma-separated rows with CRLF and a trailing blank line', () => {
    const { delimiter, records } = parseCsv('a,b\r\n1,2\r\n\r\n');
    expect(delimiter).toBe(',');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
    ]);
  });

  it('detects semicolons from the header, as Brazilian spreadsheets export', () => {
    const { delimiter, records } = parseCsv('nome;email\nJoão, o Silva;j@example.org\n');
    expect(delimiter).toBe(';');
    expect(records[1].cells).toEqual(['João, o Silva', 'j@example.org']);
  });

  it('ignores a UTF-8 BOM', () => {
    expect(parseCsv('\uFEFFname,email\nA,b').records[0].cells).toEqual(['name', 'email']);
  });

  it('reads quoted cells with delimiters, doubled quotes and line breaks, counting lines', () => {
    const { records } = parseCsv('a,b\n"x, ""y""","line1\nline2"\nlast,row');
    expect(records[1]).toEqual({ line: 2, cells: ['x, "y"', 'line1\nline2'] });
    expect(records[2]).toEqual({ line: 4, cells: ['last', 'row'] });
  });

  it('keeps empty cells', () => {
    expect(parseCsv('a;b;c\n1;;3').records[1].cells).toEqual(['1', '', '3']);
  });

  it('refuses an unclosed quote and text after a closing quote, naming the line', () => {
    expect(() => parseCsv('a,b\n1,"open')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a,b\n1,2\n"x"y,2');
    } catch (error) {
      expect(error).toBeInstanceOf(CsvSyntaxError);
      expect((error as CsvSyntaxError).line).toBe(3);
    }
    expect(() => parseCsv('a,b\n1,x"y"')).toThrow(CsvSyntaxError);
  });
});
