import { describe, expect, it } from 'vitest';
import { findExerciseSales, type ExerciseSale } from '../../../src/core/insights';
import { LIVEPERSON, xmlFiling } from './fixtures';

const paths = (refs: ExerciseSale['exercised']) => refs.map((ref) => ref.path);

describe('findExerciseSales', () => {
  it('LivePerson: three same-day option exercises (M) at $1.94, each fully sold (S)', () => {
    const pairs = findExerciseSales(xmlFiling(LIVEPERSON));
    expect(
      pairs.map(({ date, sharesAcquired, sharesSold, sharesWithheld }) => [
        date,
        sharesAcquired,
        sharesSold,
        sharesWithheld,
      ]),
    ).toEqual([
      ['2009-08-18', 17000, 17000, 0],
      ['2009-08-19', 14662, 14662, 0],
      ['2009-08-20', 18900, 18900, 0],
    ]);
    expect(pairs[0]).toMatchObject({
      security: 'Common Stock',
      codes: ['M'],
      derivativesExercised: 17000,
      titleMatched: true,
      summary: 'Sold same day: 17,000 of 17,000 exercised',
    });
    expect(paths(pairs[1]!.exercised)).toEqual(['derivativeTransactions[1]']);
    expect(paths(pairs[1]!.acquired)).toEqual(['nonDerivativeTransactions[2]']);
    expect(paths(pairs[1]!.sold)).toEqual(['nonDerivativeTransactions[3]']);
  });

  it('ZipRecruiter: four unit tranches settled (M) on one day fold into one group; shares withheld (F)', () => {
    const [pair, ...rest] = findExerciseSales(xmlFiling('ziprecruiter-2025-rsu-m-f.xml'));
    expect(rest).toEqual([]);
    expect(pair).toMatchObject({
      date: '2025-03-15',
      security: 'Class A Common Stock',
      sharesAcquired: 60732,
      sharesSold: 0,
      sharesWithheld: 33148,
      summary: 'Withheld for tax or exercise price: 33,148 of 60,732 exercised',
    });
    expect(pair!.exercised).toHaveLength(4);
    expect(paths(pair!.withheld)).toEqual(['nonDerivativeTransactions[4]']);
  });

  it('Tesla 2010: preferred converted (C) and a warrant net-exercised (X) at the IPO; shares withheld (F) and sold (S)', () => {
    const [pair, ...rest] = findExerciseSales(xmlFiling('tesla-2010-musk-ipo-x-f.xml'));
    expect(rest).toEqual([]);
    expect(pair).toMatchObject({
      date: '2010-07-02',
      security: 'Common Stock',
      codes: ['C', 'X'],
      // 4,880,343 + 12,162,167 + 10,572,687 + 4,097,877 + 40,825,647 preferred shares and 325,441 warrants
      derivativesExercised: 72864162,
      // Table I: 20,655,342 + 3,700,575 converted, 113,908 from the warrant
      sharesAcquired: 24469825,
      sharesSold: 1415167,
      sharesWithheld: 21728,
      summary:
        'Sold same day: 1,415,167 of 24,469,825 exercised or converted; withheld for tax or exercise price: 21,728 of 24,469,825 exercised or converted',
    });
    expect(pair!.exercised).toHaveLength(6);
    expect(paths(pair!.acquired)).toEqual([
      'nonDerivativeTransactions[0]',
      'nonDerivativeTransactions[1]',
      'nonDerivativeTransactions[2]',
    ]);
  });

  it('Yelp 2012: Class B converted to Class A (C) and sold (S) on three days', () => {
    const pairs = findExerciseSales(xmlFiling('yelp-rabois-2012-11-23-form4.xml'));
    expect(
      pairs.map((pair) => [pair.date, pair.security, pair.sharesAcquired, pair.sharesSold, pair.summary]),
    ).toEqual([
      ['2012-11-23', 'Class A Common Stock', 2800, 2800, 'Sold same day: 2,800 of 2,800 converted'],
      ['2012-11-26', 'Class A Common Stock', 12870, 12870, 'Sold same day: 12,870 of 12,870 converted'],
      ['2012-11-27', 'Class A Common Stock', 9330, 9330, 'Sold same day: 9,330 of 9,330 converted'],
    ]);
  });

  it('Tesla 2021-12-09: 2,165,241 options exercised (M), 543,452 shares sold the same day in 29 rows', () => {
    const pairs = findExerciseSales(xmlFiling('tesla-2021-12-09-musk-m-s.xml'));
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({
      sharesAcquired: 2165241,
      sharesSold: 543452,
      summary: 'Sold same day: 543,452 of 2,165,241 exercised',
    });
    expect(pairs[0]!.sold).toHaveLength(29);
  });

  it('finds nothing in a filing with no exercise', () => {
    expect(findExerciseSales(xmlFiling('workday-2025-f.xml'))).toEqual([]);
  });
});
