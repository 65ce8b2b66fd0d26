import { describe, expect, it } from 'vitest';
import {
  filingInsights,
  findWeightedAveragePrices,
  parsePriceRanges,
  readFootnoteRanges,
} from '../../../src/core/insights';
import { LIVEPERSON, pdfFiling, xmlFiling } from './fixtures';

describe('parsePriceRanges', () => {
  it.each([
    ['at prices ranging from $4.22 to $4.37, inclusive.', 4.22, 4.37],
    ['in the range of $1,139.050 to $1,139.620.', 1139.05, 1139.62],
    ['at prices between 24.51 and 25.50 per share', 24.51, 25.5],
    ['sold from $28.57 to $29.51 per share', 28.57, 29.51],
    ['from $10 to $10.25, inclusive', 10, 10.25],
    ['ranging from $24.51-$25.50.', 24.51, 25.5],
    ['ranged from a low of $3.10 to a high of $3.40', 3.1, 3.4],
  ])('%s', (text, low, high) => {
    expect(parsePriceRanges(text)).toEqual([expect.objectContaining({ low, high })]);
  });

  it('sets apart a range with a malformed number instead of guessing what was meant', () => {
    // As printed in F19 of Tesla's Form 4 0000899243-21-044235.
    expect(readFootnoteRanges('at prices ranging from $1,139.920 to $1,1140.890, inclusive.')).toEqual({
      ranges: [],
      unreadable: ['ranging from $1,139.920 to $1,1140.890'],
    });
  });

  it('finds no range where there is none', () => {
    expect(parsePriceRanges('vesting from 1 to 4 years')).toEqual([]);
    expect(
      parsePriceRanges('if the volume weighted average price equals or exceeds $12.00, $18.00, $24.00'),
    ).toEqual([]);
  });
});

describe('findWeightedAveragePrices', () => {
  it('LivePerson: the three sale prices with the ranges of footnotes 2 to 4', () => {
    const found = findWeightedAveragePrices(xmlFiling(LIVEPERSON));
    expect(
      found.map(({ row, footnoteId, weightedAverage, low, high, withinRange }) => ({
        row: row.label,
        footnoteId,
        weightedAverage,
        low,
        high,
        withinRange,
      })),
    ).toEqual([
      {
        row: 'Table I row 2',
        footnoteId: 'F2',
        weightedAverage: 4.28,
        low: 4.22,
        high: 4.37,
        withinRange: true,
      },
      {
        row: 'Table I row 4',
        footnoteId: 'F3',
        weightedAverage: 4.27,
        low: 4.19,
        high: 4.33,
        withinRange: true,
      },
      {
        row: 'Table I row 6',
        footnoteId: 'F4',
        weightedAverage: 4.23,
        low: 4.19,
        high: 4.29,
        withinRange: true,
      },
    ]);
    expect(found.every((entry) => entry.onPriceCell && entry.warning === null)).toBe(true);
  });

  it('Affirm: "weighted average sale price of the shares sold from $28.57 to $29.51" on row 1 only', () => {
    const found = findWeightedAveragePrices(xmlFiling('affirm-2024-10b5-1-box.xml'));
    expect(found).toEqual([
      expect.objectContaining({
        footnoteId: 'F2',
        weightedAverage: 28.8164,
        low: 28.57,
        high: 29.51,
        withinRange: true,
      }),
    ]);
    expect(found[0]?.row.path).toBe('nonDerivativeTransactions[0]');
  });

  it('Yelp 2012: a weighted average whose footnote gives no range', () => {
    const found = findWeightedAveragePrices(xmlFiling('yelp-rabois-2012-11-23-form4.xml'));
    expect(
      found.map((entry) => [entry.row.label, entry.weightedAverage, entry.low, entry.withinRange]),
    ).toEqual([
      ['Table I row 2', 19.0186, null, null],
      ['Table I row 4', 19.0319, null, null],
      ['Table I row 6', 19.64, null, null],
    ]);
  });

  it('Tesla 2021-12-09: warns where the price lies outside its footnote range (the filer repeated F6 as F5)', () => {
    const filing = xmlFiling('tesla-2021-12-09-musk-m-s.xml');
    const found = findWeightedAveragePrices(filing);
    const row4 = found.find((entry) => entry.row.path === 'nonDerivativeTransactions[3]');
    expect(row4).toMatchObject({
      footnoteId: 'F5',
      weightedAverage: 1005.129,
      low: 1005.6,
      high: 1006.39,
      withinRange: false,
    });
    expect(row4?.warning).toMatchObject({
      code: 'weighted-average-outside-range',
      path: 'nonDerivativeTransactions[3].pricePerShare',
    });
    expect(row4?.warning?.message).toContain('$1,005.129 is outside the range $1,005.60 to $1,006.39');
    const row5 = found.find((entry) => entry.row.path === 'nonDerivativeTransactions[4]');
    expect(row5).toMatchObject({
      footnoteId: 'F6',
      weightedAverage: 1005.947,
      withinRange: true,
      warning: null,
    });
    expect(filingInsights(filing).warnings).toContainEqual(row4?.warning);
  });

  it('Rocket Lab 4/A read from its PDF: $5.62 within $5.56 to $5.665', async () => {
    const found = findWeightedAveragePrices(await pdfFiling('rklb-griffin-2022-11-29-form4a.pdf'));
    expect(found).toEqual([
      expect.objectContaining({
        footnoteId: 'F2',
        weightedAverage: 5.62,
        low: 5.56,
        high: 5.665,
        withinRange: true,
      }),
    ]);
    expect(found[0]?.row.label).toBe('Table I row 3');
  });
});
