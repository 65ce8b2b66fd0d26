import { describe, expect, it } from 'vitest';
import { findDate, parseDate, parseNumber, splitMarkers } from '../../../src/core/form/values';

describe('typed values', () => {
  it('reads dates as printed into YYYY-MM-DD and refuses impossible ones', () => {
    expect(parseDate('9/12/2023')).toBe('2023-09-12');
    expect(parseDate('09/12/2023')).toBe('2023-09-12');
    expect(parseDate('2023-09-12')).toBe('2023-09-12');
    expect(parseDate('2/30/2023')).toBeNull();
    expect(parseDate('13/01/2023')).toBeNull();
    expect(parseDate('Immediately')).toBeNull();
    expect(findDate('Statement (MM/DD/YYYY) 8/25/2021')).toEqual({ date: '2021-08-25', raw: '8/25/2021' });
  });

  it('reads numbers without thousands separators and dollar signs', () => {
    expect(parseNumber('17,000')).toBe(17000);
    expect(parseNumber('$4.28')).toBe(4.28);
    expect(parseNumber('$ 0')).toBe(0);
    expect(parseNumber('5,381.2')).toBe(5381.2);
    expect(parseNumber('54551250')).toBe(54551250);
    expect(parseNumber('1,00')).toBeNull();
    expect(parseNumber('A 25000')).toBeNull();
  });

  it('takes footnote markers off a value', () => {
    expect(splitMarkers('757,756(1)')).toEqual({ text: '757,756', refs: ['F1'] });
    expect(splitMarkers('J(1)(2)')).toEqual({ text: 'J', refs: ['F1', 'F2'] });
    expect(splitMarkers('See footnote (2) (5)')).toEqual({ text: 'See footnote', refs: ['F2', 'F5'] });
    expect(splitMarkers('(3)')).toEqual({ text: '', refs: ['F3'] });
    expect(splitMarkers('Rule 10b5-1(c)')).toEqual({ text: 'Rule 10b5-1(c)', refs: [] });
  });
});
