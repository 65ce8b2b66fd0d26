import { describe, expect, it } from 'vitest';
import { isValueComplete, summariseByCode, type CodeTotals } from '../../../src/core/insights';
import { LIVEPERSON, xmlFiling } from './fixtures';

function byCode(list: CodeTotals[], code: string): CodeTotals {
  const found = list.find((totals) => totals.code === code);
  if (!found) throw new Error(`no totals for code ${code}`);
  return found;
}

describe('summariseByCode', () => {
  it('LivePerson: three exercises at $1.94 and three sales at weighted averages', () => {
    const { nonDerivative, derivative } = summariseByCode(xmlFiling(LIVEPERSON));
    expect(nonDerivative.byCode.map((totals) => totals.code)).toEqual(['S', 'M']);
    // M: 17,000 + 14,662 + 18,900 at $1.94 = $32,980.00 + $28,444.28 + $36,666.00
    expect(byCode(nonDerivative.byCode, 'M')).toMatchObject({
      label: 'Option exercise or unit conversion (company plan)',
      rows: 3,
      sharesAcquired: 50562,
      sharesDisposed: 0,
      netShares: 50562,
      valueAcquired: 98090.28,
      rowsWithoutPrice: 0,
    });
    // S: 17,000 × $4.28 + 14,662 × $4.27 + 18,900 × $4.23 = $72,760.00 + $62,606.74 + $79,947.00
    expect(byCode(nonDerivative.byCode, 'S')).toMatchObject({
      rows: 3,
      sharesDisposed: 50562,
      netShares: -50562,
      valueDisposed: 215313.74,
      netValue: -215313.74,
    });
    expect(nonDerivative.total).toMatchObject({ rows: 6, netShares: 0, netValue: -117223.46 });
    expect(isValueComplete(nonDerivative.total)).toBe(true);
    // Table II: the options given up on exercise, price $0.
    expect(derivative.byCode).toHaveLength(1);
    expect(byCode(derivative.byCode, 'M')).toMatchObject({
      rows: 3,
      sharesDisposed: 50562,
      valueDisposed: 0,
    });
  });

  it('an unreadable (A)/(D) cell is counted by its code where the code fixes the direction, and said so', () => {
    const filing = xmlFiling(LIVEPERSON);
    // What the PDF reader leaves when it cannot read the cell (it also adds a warning).
    for (const index of [1, 3, 5]) filing.nonDerivativeTransactions[index]!.acquiredDisposedCode = null;
    filing.nonDerivativeTransactions[0]!.acquiredDisposedCode = null;
    filing.nonDerivativeTransactions[0]!.transactionCode = 'G';
    const { nonDerivative } = summariseByCode(filing);
    expect(byCode(nonDerivative.byCode, 'S')).toMatchObject({
      sharesDisposed: 50562,
      valueDisposed: 215313.74,
      rowsDirectionFromCode: 3,
    });
    // A gift can go either way: left out of the totals and counted as undirected.
    expect(byCode(nonDerivative.byCode, 'G')).toMatchObject({ rowsWithoutDirection: 1, sharesAcquired: 0 });
    expect(isValueComplete(nonDerivative.total)).toBe(false);
  });

  it('ZipRecruiter: units settled (M, $0) and shares withheld for tax (F, $5.96)', () => {
    const { nonDerivative } = summariseByCode(xmlFiling('ziprecruiter-2025-rsu-m-f.xml'));
    // 6,250 + 13,347 + 20,691 + 20,444 shares acquired at $0
    expect(byCode(nonDerivative.byCode, 'M')).toMatchObject({ sharesAcquired: 60732, valueAcquired: 0 });
    // 33,148 × $5.96
    expect(byCode(nonDerivative.byCode, 'F')).toMatchObject({
      label: 'Tax withholding (shares withheld to pay tax)',
      sharesDisposed: 33148,
      valueDisposed: 197562.08,
    });
    expect(nonDerivative.total.netShares).toBe(60732 - 33148);
  });

  it('Tesla 2010: says which rows have no price instead of counting them as $0', () => {
    const { nonDerivative } = summariseByCode(xmlFiling('tesla-2010-musk-ipo-x-f.xml'));
    // The two conversions and the warrant exercise print no price (a footnote marker only).
    const conversions = byCode(nonDerivative.byCode, 'C');
    expect(conversions).toMatchObject({
      sharesAcquired: 20655342 + 3700575,
      valueAcquired: 0,
      rowsWithoutPrice: 2,
    });
    expect(isValueComplete(conversions)).toBe(false);
    expect(byCode(nonDerivative.byCode, 'X')).toMatchObject({
      sharesAcquired: 113908,
      sharesWithoutPrice: 113908,
    });
    // F: 21,728 × $17; S: 1,415,167 × $17
    expect(byCode(nonDerivative.byCode, 'F').valueDisposed).toBe(369376);
    expect(byCode(nonDerivative.byCode, 'S').valueDisposed).toBe(24057839);
    expect(nonDerivative.total.rowsWithoutPrice).toBe(3);
    expect(isValueComplete(nonDerivative.total)).toBe(false);
  });

  it('Workday: one F row; the holdings-only row is not a transaction', () => {
    const { nonDerivative, derivative } = summariseByCode(xmlFiling('workday-2025-f.xml'));
    // 11,084 × $253.63
    expect(nonDerivative.byCode).toEqual([
      expect.objectContaining({ code: 'F', rows: 1, valueDisposed: 2811234.92 }),
    ]);
    expect(derivative.byCode).toEqual([]);
    expect(derivative.total.rows).toBe(0);
  });
});
