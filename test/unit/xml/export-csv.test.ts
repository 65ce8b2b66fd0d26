import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, toCsv } from '../../../src/core/export/to-csv';
import { readOwnershipXml } from '../../../src/core/xml/read-xml';
import { fixtureText } from './fixtures';

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const next = text[i + 1];
    i += 1;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (next === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && next === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else if (ch === '\r' || ch === '\n') throw new Error(`bare line break at ${i}`);
    else field += ch;
  }
  if (field !== '' || record.length > 0) throw new Error('last record not ended with CRLF');
  return records;
}

const withoutBom = (text: string): string => text.replace(/^\uFEFF/, '');

describe('toCsv on a real filing', () => {
  const filing = readOwnershipXml(fixtureText('sgml-form4.nc'));
  const csv = toCsv(filing);
  const [header, ...rows] = parseCsv(withoutBom(csv));

  it('starts with a UTF-8 byte order mark and ends every line with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(toCsv(filing, { byteOrderMark: false }).startsWith('table,')).toBe(true);
  });

  it('has one line per table row with the filing columns on each', () => {
    expect(header).toEqual(CSV_COLUMNS);
    expect(rows).toHaveLength(2);
    const cell = (row: string[], column: string): string => row[header.indexOf(column)];
    expect(rows.map((row) => cell(row, 'table'))).toEqual([
      'nonDerivativeTransactions',
      'nonDerivativeTransactions',
    ]);
    expect(rows.map((row) => cell(row, 'row'))).toEqual(['1', '2']);
    expect(cell(rows[0], 'issuerName')).toBe('ARROW ELECTRONICS, INC.');
    expect(cell(rows[0], 'reportingOwners')).toBe('Jean-Claude Carine Lamercie');
    expect(cell(rows[1], 'transactionCode')).toBe('F');
    expect(cell(rows[1], 'shares')).toBe('1009');
    expect(cell(rows[1], 'pricePerShare')).toBe('106.82');
    expect(cell(rows[1], 'voluntarilyReported')).toBe('false');
    expect(cell(rows[1], 'footnotes')).toBe('securityTitle: F2');
    expect(cell(rows[0], 'deemedExecutionDate')).toBe('');
  });

  it('quotes a field with a comma, as RFC 4180 asks', () => {
    expect(csv).toContain(',"ARROW ELECTRONICS, INC.",');
  });

  it('writes rows of all four tables, in table order', () => {
    const sample = readOwnershipXml(fixtureText('sec-sample-form5.xml'));
    const [head, ...lines] = parseCsv(withoutBom(toCsv(sample)));
    expect(lines.map((line) => line[head.indexOf('table')])).toEqual([
      'nonDerivativeTransactions',
      'nonDerivativeTransactions',
      'nonDerivativeTransactions',
      'nonDerivativeHoldings',
      'derivativeTransactions',
      'derivativeHoldings',
    ]);
  });

  it('guards text that a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const hostile = readOwnershipXml(fixtureText('sgml-form4.nc'));
    const row = hostile.nonDerivativeTransactions[0];
    row.securityTitle = '=HYPERLINK("http://evil.example","click")';
    row.natureOfOwnership = '@SUM(A1:A9)';
    row.transactionCode = '+1';
    row.shares = -5;
    const [head, first] = parseCsv(withoutBom(toCsv(hostile)));
    expect(first[head.indexOf('securityTitle')]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(first[head.indexOf('natureOfOwnership')]).toBe("'@SUM(A1:A9)");
    expect(first[head.indexOf('transactionCode')]).toBe("'+1");
    expect(first[head.indexOf('shares')]).toBe('-5');
  });
});

describe('csvCell', () => {
  it('writes numbers in plain decimal notation', () => {
    expect(csvCell(0.0000001)).toBe('0.0000001');
    expect(csvCell(1e21)).toBe('1000000000000000000000');
    expect(csvCell(17000)).toBe('17000');
  });

  it('quotes quotes, line breaks and edge spaces', () => {
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell('-dash, and comma')).toBe('"\'-dash, and comma"');
  });

  it('writes null as an empty field and booleans as words', () => {
    expect([csvCell(null), csvCell(true), csvCell(false)]).toEqual(['', 'true', 'false']);
  });
});
