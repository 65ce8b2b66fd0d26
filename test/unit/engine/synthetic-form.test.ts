/**
 * A form from a tool the engine has never seen (made-up page size, fonts,
 * coordinates, "[X]" and "☒" boxes), at two scales and shifted: read from
 * its printed wording alone, the same every time.
 */
import { describe, expect, it } from 'vitest';
import { readForm } from '../../../src/core/form/read-form';
import { differingFields, flattenFields } from './flatten';
import { placeWords, syntheticForm4 } from './synthetic';

describe('a form from a tool never seen', () => {
  const { filing, provenance } = readForm(syntheticForm4());

  it('reads the header', () => {
    expect(filing.documentType).toBe('4');
    expect(filing.periodOfReport).toBe('2024-03-15');
    expect(filing.dateOfOriginalSubmission).toBeNull();
    expect(filing.notSubjectToSection16).toBe(true);
    expect(filing.aff10b5One).toBe(false);
    expect(filing.issuer).toEqual({ name: 'Acme Rockets Corp', tradingSymbol: 'ACME', cik: null });
    expect(filing.reportingOwners).toEqual([
      {
        name: 'Doe Jane Q',
        street1: '100 Main Street',
        street2: null,
        city: 'Springfield',
        state: 'IL',
        zip: '62701',
        isDirector: true,
        isOfficer: true,
        isTenPercentOwner: false,
        isOther: false,
        officerTitle: 'Chief Executive Officer',
        otherText: null,
        cik: null,
      },
    ]);
  });

  it('reads the rows, cells, markers and a two-line nature cell', () => {
    expect(filing.nonDerivativeTransactions).toHaveLength(2);
    const [first, second] = filing.nonDerivativeTransactions;
    expect(first).toMatchObject({
      securityTitle: 'Common Stock',
      transactionDate: '2024-03-15',
      transactionCode: 'S',
      voluntarilyReported: false,
      shares: 1000,
      acquiredDisposedCode: 'D',
      pricePerShare: 12.5,
      sharesOwnedFollowingTransaction: 9000,
      directOrIndirectOwnership: 'D',
      natureOfOwnership: null,
      footnotes: { shares: ['F1'] },
    });
    expect(second).toMatchObject({
      shares: 500,
      pricePerShare: 12.75,
      sharesOwnedFollowingTransaction: 8500,
      directOrIndirectOwnership: 'I',
      natureOfOwnership: 'By Family Trust',
      footnotes: { natureOfOwnership: ['F2'] },
    });
    expect(filing.derivativeTransactions).toEqual([]);
    expect(filing.derivativeHoldings).toEqual([]);
  });

  it('reads footnotes and the signature, and knows where each value was printed', () => {
    expect(filing.footnotes).toEqual([
      { id: 'F1', text: 'The price is a weighted average.' },
      { id: 'F2', text: 'Held by the Doe Family Trust.' },
    ]);
    expect(filing.signatures).toEqual([{ name: '/s/ Jane Q. Doe', date: '2024-03-17' }]);
    expect(filing.remarks).toBeNull();
    expect(filing.warnings).toEqual([]);
    const box = provenance['nonDerivativeTransactions[1].shares']?.[0];
    expect(box).toMatchObject({ page: 1 });
    expect(box?.x0).toBeGreaterThan(420);
    expect(box?.x1).toBeLessThan(460);
  });

  it('finds the title and a label wrapped onto a second line', () => {
    const text = syntheticForm4();
    const wrapped = [
      'STATEMENT',
      'OF',
      'CHANGES',
      'IN',
      'BENEFICIAL',
      'OWNERSHIP',
      'Name',
      'and',
      'Address',
      'of',
      'Reporting',
      'Person',
      '*',
      '1.',
    ];
    const old = (w: { top: number; x0: number; text: string }) =>
      wrapped.includes(w.text) && ((w.top < 60 && w.top > 25) || (w.top > 140 && w.top < 160 && w.x0 < 200));
    text.words = text.words.filter((w) => !old(w));
    text.words.push(
      ...placeWords(1, [
        { text: 'STATEMENT OF CHANGES IN BENEFICIAL', x: 220, y: 40, size: 12 },
        { text: 'OWNERSHIP', x: 300, y: 54, size: 12 },
        { text: '1. Name and Address of', x: 30, y: 150, size: 7 },
        { text: 'Reporting Person *', x: 30, y: 158, size: 7 },
      ]),
    );
    const read = readForm(text).filing;
    expect(differingFields(flattenFields(filing), flattenFields(read))).toEqual([]);
  });

  it('reports a stray note inside a table as left over, not as a row', () => {
    const text = syntheticForm4();
    text.words.push(...placeWords(1, [{ text: 'continued', x: 727, y: 418 }]));
    const read = readForm(text).filing;
    expect(read.nonDerivativeTransactions).toHaveLength(2);
    expect(read.nonDerivativeTransactions[1]?.natureOfOwnership).toBe('By Family Trust');
    expect(read.warnings.map((w) => w.code)).toEqual(['leftover-words']);
  });

  it.each([
    [0.7, 0],
    [1.3, 25],
  ])('reads the same at scale %d shifted by %d', (scale, shift) => {
    const other = readForm(syntheticForm4(scale, shift)).filing;
    expect(differingFields(flattenFields(filing), flattenFields(other))).toEqual([]);
  });
});
