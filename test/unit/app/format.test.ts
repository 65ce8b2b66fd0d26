import { describe, expect, it } from 'vitest';
import { footnoteLabel, formatDate, formatNumber, formatPrice } from '../../../src/ui/filing/format';

describe('values shown as the form prints them', () => {
  it('writes ISO dates as MM/DD/YYYY and leaves anything else alone', () => {
    expect(formatDate('2024-11-19')).toBe('11/19/2024');
    expect(formatDate(null)).toBe('');
    expect(formatDate('Immediately')).toBe('Immediately');
  });

  it('groups thousands and keeps every decimal the filing has', () => {
    expect(formatNumber(432275)).toBe('432,275');
    expect(formatNumber(1234567.125)).toBe('1,234,567.125');
    expect(formatNumber(20.6863)).toBe('20.6863');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-1500)).toBe('-1,500');
    expect(formatNumber(null)).toBe('');
  });

  it('prefixes prices with $', () => {
    expect(formatPrice(20.6863)).toBe('$20.6863');
    expect(formatPrice(0)).toBe('$0');
    expect(formatPrice(null)).toBe('');
  });

  it('labels footnote ids the way the form marks them', () => {
    expect(footnoteLabel('F1')).toBe('(1)');
    expect(footnoteLabel('F12')).toBe('(12)');
  });
});
