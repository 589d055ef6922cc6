import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.js';

describe('csv for Dutch Excel', () => {
  it('quotes fields with the separator, quotes, line breaks or edge spaces (RFC 4180)', () => {
    expect(csvField('Zorggroep Delft')).toBe('Zorggroep Delft');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('De "Linde"')).toBe('"De ""Linde"""');
    expect(csvField('twee\nregels')).toBe('"twee\nregels"');
    expect(csvField(' rand ')).toBe('" rand "');
    expect(csvField(null)).toBe('');
    expect(csvField(25)).toBe('25');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-3)).toBe('-3');
  });

  it('starts with a byte-order mark, separates with ; and round-trips through a CSV parser', () => {
    const csv = toCsv(['naam', 'tekst'], [['Zorg "De Linde"; Delft', 'a\r\nb'], ['x', null]]);
    expect(csv.startsWith('\uFEFFnaam;tekst\r\n')).toBe(true);
    expect(parse(csv, { delimiter: ';', bom: true })).toEqual([['naam', 'tekst'], ['Zorg "De Linde"; Delft', 'a\r\nb'], ['x', '']]);
  });
});
