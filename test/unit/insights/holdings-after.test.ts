import { describe, expect, it } from 'vitest';
import { holdingsAfter, type HoldingAfter } from '../../../src/core/insights';
import { LIVEPERSON, xmlFiling } from './fixtures';

const brief = (list: HoldingAfter[]) =>
  list.map((h) => [
    h.table,
    h.securityTitle,
    h.directOrIndirectOwnership,
    h.natureOfOwnership,
    h.amount,
    h.basis,
  ]);

describe('holdingsAfter', () => {
  it('LivePerson: the last amount after the sales, and the options left', () => {
    const found = holdingsAfter(xmlFiling(LIVEPERSON));
    expect(brief(found)).toEqual([
      ['nonDerivative', 'Common Stock', 'D', null, 288300, 'owned-after'],
      ['derivative', 'Stock Option (right to buy)', 'D', null, 128038, 'owned-after'],
    ]);
    expect(found[0]).toMatchObject({ date: '2009-08-20', row: { path: 'nonDerivativeTransactions[5]' } });
    expect(found[1]).toMatchObject({ conversionOrExercisePrice: 1.94, expirationDate: '2010-10-20' });
  });

  it('ZipRecruiter: each unit tranche (its own vesting footnote) is a holding of its own', () => {
    const found = holdingsAfter(xmlFiling('ziprecruiter-2025-rsu-m-f.xml'));
    expect(brief(found)).toEqual([
      ['nonDerivative', 'Class A Common Stock', 'D', null, 1138960, 'owned-after'],
      ['derivative', 'Restricted Stock Units', 'D', null, 12500, 'owned-after'],
      ['derivative', 'Restricted Stock Units', 'D', null, 93427, 'owned-after'],
      ['derivative', 'Restricted Stock Units', 'D', null, 227595, 'owned-after'],
      ['derivative', 'Restricted Stock Units', 'D', null, 306656, 'owned-after'],
    ]);
  });

  it('Workday: direct shares after the withholding, and a trust holding (holdings-only row)', () => {
    const found = holdingsAfter(xmlFiling('workday-2025-f.xml'));
    expect(brief(found)).toEqual([
      ['nonDerivative', 'Class A Common Stock', 'D', null, 627104, 'owned-after'],
      [
        'nonDerivative',
        'Class A Common Stock',
        'I',
        'Eschenbach Family Trust dtd 4/15/2014, Carl Eschenbach Jr and Ana Eschenbach TTEE',
        13972,
        'owned-after',
      ],
    ]);
    expect(found[1]?.date).toBeNull();
  });

  it('Yelp Form 3: Table II has no owned-after column, so the amount of underlying shares stands in', () => {
    const found = holdingsAfter(xmlFiling('yelp-rabois-2012-03-01-form3.xml'));
    expect(brief(found)).toEqual([
      ['derivative', 'Class B Common Stock', 'D', null, 87500, 'underlying-shares'],
      ['derivative', 'Series D Convertible Preferred Stock', 'D', null, 72660, 'underlying-shares'],
    ]);
  });
});
