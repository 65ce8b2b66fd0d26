import { describe, expect, it } from 'vitest';
import type { Filing } from '../../../src/core/filing';
import {
  couldBeOriginal,
  describeAmendmentDiff,
  diffAmendment,
  findOriginal,
  supersededOriginals,
} from '../../../src/core/insights';
import { LIVEPERSON, pdfFiling, xmlEntries, xmlFiling } from './fixtures';

describe('an amendment read from PDFs: Rocket Lab, Jon Olson, Form 3 and 3/A', () => {
  it('finds the original and lists exactly what the 3/A changed', async () => {
    const original = await pdfFiling('rklb-olson-2021-09-07-form3.pdf');
    const amendment = await pdfFiling('rklb-olson-2021-09-14-form3a.pdf');
    const unrelated = await pdfFiling('rklb-griffin-2022-11-29-form4a.pdf');
    expect(findOriginal(amendment, [unrelated, original])).toEqual({
      candidateIndex: 1,
      signedOnOriginalDate: true,
    });

    const diff = diffAmendment(original, amendment);
    // Both forms: the same RSU and earnout-right rows; the 3/A rewrites footnote (1)'s vesting
    // schedule, drops the remark about Exhibit 24, and is signed 9/14/2021 instead of 9/7/2021.
    expect(diff.rows).toEqual([]);
    expect(diff.owners).toEqual([]);
    expect(diff.header).toEqual([]);
    expect(diff.footnotes.map((note) => [note.id, note.kind])).toEqual([['F1', 'changed']]);
    expect(diff.footnotes[0]?.before).toContain(
      'with 1/12 of the RSUs vesting every three months from June 1, 2021',
    );
    expect(diff.footnotes[0]?.after).toContain(
      "The time-based vesting schedule for these RSUs was incorrectly described in the reporting person's original Form 3.",
    );
    expect(diff.remarks).toEqual({
      field: 'remarks',
      before: 'Exhibit 24 - Power of Attorney',
      after: null,
      uncertain: false,
    });
    expect(diff.signatures).toEqual([
      { field: 'signatures[0].date', before: '2021-09-07', after: '2021-09-14', uncertain: false },
    ]);
    expect(diff.contentUnchanged).toBe(false);
    expect(describeAmendmentDiff(diff)).toEqual([
      'Footnote F1 changed',
      'Remarks: "Exhibit 24 - Power of Attorney" → (empty)',
      'Signature 1 date "2021-09-07" → "2021-09-14"',
    ]);
  });

  it('Griffin 4/A: its original (filed 9/13/2022) is not among the filings, so none is linked', async () => {
    const amendment = await pdfFiling('rklb-griffin-2022-11-29-form4a.pdf');
    const others = [
      await pdfFiling('rklb-olson-2021-09-07-form3.pdf'),
      await pdfFiling('rklb-olson-2021-09-14-form3a.pdf'),
    ];
    expect(amendment.dateOfOriginalSubmission).toBe('2022-09-13');
    expect(findOriginal(amendment, others)).toBeNull();
  });
});

describe("the SEC's sample Form 4 and 4/A", () => {
  it('links them and finds no change in content', () => {
    const original = xmlFiling('sec-sample-form4.xml');
    const amendment = xmlFiling('sec-sample-form4a.xml');
    expect(couldBeOriginal(amendment, original)).toBe(true);
    expect(couldBeOriginal(original, amendment)).toBe(false);
    expect(findOriginal(amendment, [original])?.candidateIndex).toBe(0);
    expect(diffAmendment(original, amendment)).toMatchObject({ contentUnchanged: true, signatures: [] });
  });

  it('a library keeps the amendment and sets the original aside', () => {
    const entries = xmlEntries(['sec-sample-form4.xml', 'sec-sample-form4a.xml', LIVEPERSON]);
    expect([...supersededOriginals(entries)]).toEqual(['sec-sample-form4.xml']);
  });
});

/** LivePerson's Form 4 as if amended: row 2's amount corrected, a row inserted, footnote 3 reworded. */
function amendedLivePerson(): { original: Filing; amendment: Filing } {
  const original = xmlFiling(LIVEPERSON);
  const amendment = structuredClone(original);
  amendment.documentType = '4/A';
  amendment.dateOfOriginalSubmission = '2009-08-20';
  amendment.nonDerivativeTransactions[1]!.shares = 17100;
  const inserted = {
    ...structuredClone(original.nonDerivativeTransactions[0]!),
    transactionDate: '2009-08-18',
    transactionCode: 'G',
    acquiredDisposedCode: 'D' as const,
  };
  amendment.nonDerivativeTransactions.splice(2, 0, inserted);
  amendment.footnotes[2]!.text = original.footnotes[2]!.text.replace('$4.19', '$4.18');
  return { original, amendment };
}

describe('diffAmendment on an edited real filing', () => {
  it('says row by row what changed, what was added, and which footnote changed', () => {
    const { original, amendment } = amendedLivePerson();
    expect(findOriginal(amendment, [original])).toEqual({ candidateIndex: 0, signedOnOriginalDate: true });
    const diff = diffAmendment(original, amendment);
    expect(diff.rows).toEqual([
      {
        table: 'nonDerivativeTransactions',
        kind: 'changed',
        before: expect.objectContaining({ index: 1 }),
        after: expect.objectContaining({ index: 1 }),
        changes: [{ field: 'shares', before: 17000, after: 17100, uncertain: false }],
      },
      {
        table: 'nonDerivativeTransactions',
        kind: 'added',
        before: null,
        after: expect.objectContaining({ index: 2 }),
        changes: [],
      },
    ]);
    expect(describeAmendmentDiff(diff)).toEqual([
      'Table I row 2: amount 17,000 → 17,100',
      'Table I row 3 added',
      'Footnote F3 changed',
    ]);
  });

  it('pairs rows by position when the count is unchanged, so a corrected date reads as a change', () => {
    const original = xmlFiling(LIVEPERSON);
    const amendment = structuredClone(original);
    amendment.nonDerivativeTransactions[5]!.transactionDate = '2009-08-21';
    expect(describeAmendmentDiff(diffAmendment(original, amendment))).toEqual([
      'Table I row 6: date "2009-08-20" → "2009-08-21"',
    ]);
  });

  it('marks a change the reader warned about as possibly a misreading', () => {
    const { original, amendment } = amendedLivePerson();
    amendment.warnings.push({
      code: 'cell-unclear',
      message: 'check',
      path: 'nonDerivativeTransactions[1].shares',
    });
    const [first] = diffAmendment(original, amendment).rows;
    expect(first?.changes).toEqual([{ field: 'shares', before: 17000, after: 17100, uncertain: true }]);
    expect(describeAmendmentDiff(diffAmendment(original, amendment))[0]).toBe(
      'Table I row 2: amount 17,000 → 17,100 (may be a misreading: the reader flagged this value; check by eye)',
    );
  });
});
