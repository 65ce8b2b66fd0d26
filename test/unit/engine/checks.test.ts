import { describe, expect, it } from 'vitest';
import { checkFiling } from '../../../src/core/form/checks';
import { Recorder } from '../../../src/core/form/recorder';
import {
  emptyFiling,
  emptyNonDerivativeRow,
  emptyReportingOwner,
  type NonDerivativeRow,
} from '../../../src/core/filing';

function row(over: Partial<NonDerivativeRow>): NonDerivativeRow {
  return { ...emptyNonDerivativeRow('Common Stock'), directOrIndirectOwnership: 'D', ...over };
}

function codesOf(rows: NonDerivativeRow[], footnotes: string[] = []): string[] {
  const filing = emptyFiling('4');
  filing.issuer.name = 'Acme';
  filing.periodOfReport = '2024-01-02';
  filing.reportingOwners = [{ ...emptyReportingOwner('Doe Jane'), isDirector: true }];
  filing.nonDerivativeTransactions = rows;
  filing.footnotes = footnotes.map((id) => ({ id, text: 'x' }));
  const rec = new Recorder();
  checkFiling(filing, null, rec);
  return rec.issues.map((i) => `${i.code} ${i.path ?? ''}`);
}

describe('checks', () => {
  it('accepts amounts owned after that chain', () => {
    const rows = [
      row({
        shares: 100,
        acquiredDisposedCode: 'D',
        transactionCode: 'S',
        sharesOwnedFollowingTransaction: 900,
      }),
      row({
        shares: 50,
        acquiredDisposedCode: 'D',
        transactionCode: 'S',
        sharesOwnedFollowingTransaction: 850,
      }),
    ];
    expect(codesOf(rows)).toEqual([]);
  });

  it('warns where the amount owned after does not follow from the row before', () => {
    const rows = [
      row({ shares: 100, acquiredDisposedCode: 'D', sharesOwnedFollowingTransaction: 900 }),
      row({ shares: 50, acquiredDisposedCode: 'D', sharesOwnedFollowingTransaction: 800 }),
    ];
    expect(codesOf(rows)).toEqual([
      'owned-after-chain nonDerivativeTransactions[1].sharesOwnedFollowingTransaction',
    ]);
  });

  it('warns on a code that contradicts (A)/(D), and on a marker with no footnote', () => {
    const rows = [
      row({
        transactionCode: 'S',
        shares: 10,
        acquiredDisposedCode: 'A',
        footnotes: { shares: ['F1', 'F2'] },
      }),
    ];
    expect(codesOf(rows, ['F1'])).toEqual([
      'code-direction nonDerivativeTransactions[0].acquiredDisposedCode',
      'footnote-missing nonDerivativeTransactions[0].shares',
    ]);
  });
});
