/**
 * Where ownership XML states a dollar value (transactionTotalValue,
 * underlyingSecurityValue, valueOwnedFollowingTransaction) the XML reader puts
 * it in the share column the form prints it in and warns "xml-value-not-shares"
 * on that cell. Insights must never count those dollars as shares.
 */
import { describe, expect, it } from 'vitest';
import {
  aggregateLibrary,
  filingInsights,
  holdingsAfter,
  holdingsChartSvg,
  holdingsTimeline,
  summariseByCode,
} from '../../../src/core/insights';
import { xmlEntries, xmlFiling } from './fixtures';

const UNITY_NOTES = 'unity-2022-11-08-botha-notes-in-dollars.xml';
const UNITY_LATER = 'unity-2023-05-23-botha-form4.xml';
const ABCELLERA = 'abcellera-2020-12-15-thiel-notes-converted.xml';
const BOTHA_AT_UNITY = { ownerKey: 'cik:1222287', issuerKey: 'cik:1810806' };

describe('Unity, Roelof Botha, 2022-11-08: $60,000,000 of convertible notes stated in dollars', () => {
  const filing = xmlFiling(UNITY_NOTES);

  it('is the filing the bug report is about: the XML reader flags the amount and owned-after cells', () => {
    expect(filing.warnings.map((w) => [w.code, w.path])).toEqual([
      ['xml-value-not-shares', 'derivativeTransactions[0].shares'],
      ['xml-value-not-shares', 'derivativeTransactions[0].sharesOwnedFollowingTransaction'],
    ]);
    expect(filing.derivativeTransactions[0]).toMatchObject({ shares: 60000000, pricePerShare: 60000000 });
  });

  it('totals by code: no shares bought, $60,000,000 bought (not 60,000,000 × $60,000,000)', () => {
    const purchase = summariseByCode(filing).derivative.byCode[0]!;
    expect(purchase).toMatchObject({
      code: 'P',
      rows: 1,
      sharesAcquired: 0,
      netShares: 0,
      valueAcquired: 60000000,
      netValue: 60000000,
      rowsStatedInDollars: 1,
      valueStatedInDollars: 60000000,
      rowsWithoutPrice: 0,
    });
  });

  it('held after: a $60,000,000 value of notes, not a holding of 60,000,000 shares', () => {
    const [notes] = holdingsAfter(filing);
    expect(notes).toMatchObject({
      securityTitle: '2.0% Convertible Senior Notes due 2027',
      amount: 60000000,
      unit: 'dollars',
      basis: 'value-after',
    });
  });

  it('library totals of Botha at Unity count the notes in dollars only', () => {
    const { byOwner } = aggregateLibrary(xmlEntries([UNITY_NOTES, UNITY_LATER]));
    const botha = byOwner.find((group) => group.key === BOTHA_AT_UNITY.ownerKey)!;
    expect(botha.derivative.total).toMatchObject({ sharesAcquired: 0, valueAcquired: 60000000 });
  });

  it('the holdings chart draws his common stock, not the notes, and names the notes as stated in dollars', () => {
    const timeline = holdingsTimeline(xmlEntries([UNITY_NOTES, UNITY_LATER]), BOTHA_AT_UNITY);
    const notes = timeline.series.find((s) => s.securityTitle.startsWith('2.0% Convertible'))!;
    expect(notes.unit).toBe('dollars');
    expect(notes.points.map((p) => [p.amount, p.unit])).toEqual([[60000000, 'dollars']]);
    const svg = holdingsChartSvg(timeline);
    expect(svg).not.toContain('60,000,000');
    expect(svg).toContain('2.0% Convertible Senior Notes due 2027 at $48.8935');
    expect(svg).toMatch(/Not drawn: [^<]*2\.0% Convertible Senior Notes[^<]*\(stated in dollars\)/);
  });
});

describe('AbCellera, Peter Thiel, 2020-12-15: notes bought and converted, stated in dollars', () => {
  const filing = xmlFiling(ABCELLERA);

  it('Table II totals keep $35,430,000 of notes out of the share columns and count it once in dollars', () => {
    const total = summariseByCode(filing).derivative.total;
    // Shares: the four Series A2 preferred rows converted (381,126 + 334,324 + 40,105 + 2,924).
    expect(total).toMatchObject({
      sharesAcquired: 0,
      sharesDisposed: 758479,
      valueAcquired: 35430000,
      valueDisposed: 35430000,
      rowsStatedInDollars: 6,
      valueStatedInDollars: 70860000,
    });
  });

  it('the conversion counts 758,479 preferred shares as derivatives converted, and the notes in dollars', () => {
    const [conversion] = filingInsights(filing).exerciseSales;
    expect(conversion).toMatchObject({
      date: '2020-12-15',
      codes: ['C'],
      derivativesExercised: 758479,
      derivativeValueExercised: 35430000,
    });
  });
});
