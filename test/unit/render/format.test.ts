import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  footnoteMarks,
  footnoteNumber,
  formatDate,
  formatNumber,
  priceHtml,
} from '../../../src/core/render/format';
import { visibleText } from './html-text';

describe('formatNumber', () => {
  it('groups thousands and keeps every decimal the filing holds', () => {
    expect(formatNumber(17000)).toBe('17,000');
    expect(formatNumber(101158891)).toBe('101,158,891');
    expect(formatNumber(5381.2)).toBe('5,381.2');
    expect(formatNumber(4.2789)).toBe('4.2789');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(-1234.5)).toBe('-1,234.5');
  });

  it('never prints exponent notation', () => {
    expect(formatNumber(1.5e-7)).toBe('0.00000015');
    expect(formatNumber(2e21)).toBe('2,000,000,000,000,000,000,000');
    expect(formatNumber(1.25e21)).toBe('1,250,000,000,000,000,000,000');
  });

  it('prints nothing for a missing value', () => {
    expect(formatNumber(null)).toBe('');
    expect(formatNumber(Number.NaN)).toBe('');
  });

  it('reads back to the same number', () => {
    for (const value of [0.1, 0.30000000000000004, 123456.789, 1e-5, 98765432.1]) {
      expect(Number(formatNumber(value).replace(/,/g, ''))).toBe(value);
    }
  });
});

describe('formatDate', () => {
  it('prints ISO dates as MM/DD/YYYY', () => {
    expect(formatDate('2009-08-18')).toBe('08/18/2009');
    expect(formatDate(null)).toBe('');
  });

  it('shows a value that is not an ISO date as given', () => {
    expect(formatDate('2009-8-18')).toBe('2009-8-18');
  });
});

describe('escapeHtml', () => {
  it('turns markup characters into entities', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
  });
});

describe('footnote markers', () => {
  it('prints F-ids as "(n)" superscripts', () => {
    const html = footnoteMarks(['F1', 'F12']);
    expect(html).toContain('<sup>(1)</sup>');
    expect(html).toContain('<sup>(12)</sup>');
    expect(visibleText(html)).toBe('(1) (12)');
  });

  it('prints nothing without references and escapes odd ids', () => {
    expect(footnoteMarks(undefined)).toBe('');
    expect(footnoteMarks([])).toBe('');
    expect(footnoteNumber('F7')).toBe('7');
    expect(footnoteMarks(['<b>'])).toContain('(&lt;b&gt;)');
  });
});

describe('priceHtml', () => {
  it('puts "$" before the number, including zero', () => {
    expect(visibleText(priceHtml(4.28))).toBe('$ 4.28');
    expect(visibleText(priceHtml(0))).toBe('$ 0');
    expect(priceHtml(null)).toBe('');
  });
});
