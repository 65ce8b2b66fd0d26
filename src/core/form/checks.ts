/**
 * Checks that catch the form disagreeing with itself, or us misreading it:
 * owned-after amounts that do not chain, codes against (A)/(D), markers with no
 * footnote, relationships with no tick. Each becomes a warning with a stable code.
 */
import type { DerivativeRow, Filing, NonDerivativeRow } from '../filing';
import type { Recorder } from './recorder';
import type { Relationship } from './relationship';

/** Codes whose direction is fixed: P and A acquire; S, F and D dispose. */
const CODE_DIRECTION: Record<string, 'A' | 'D'> = { P: 'A', A: 'A', S: 'D', F: 'D', D: 'D' };

/** Amounts are printed to at most a few decimals; differences below this are rounding. */
const CHAIN_TOLERANCE = 0.01;

type Row = NonDerivativeRow | DerivativeRow;

function chainKey(r: Row): string {
  // Rows told apart only by their footnotes ("See footnote (2)" vs "(4)") are different holdings;
  // options differing in price or dates are different securities.
  const notes = [
    ...(r.footnotes.natureOfOwnership ?? []),
    ...(r.footnotes.directOrIndirectOwnership ?? []),
  ].join(',');
  const series =
    'conversionOrExercisePrice' in r
      ? [r.conversionOrExercisePrice, r.exerciseDate, r.expirationDate, r.underlyingSecurityTitle].join('|')
      : '';
  return `${r.securityTitle}|${r.directOrIndirectOwnership ?? ''}|${r.natureOfOwnership ?? ''}|${notes}|${series}`;
}

function checkChain(rows: readonly Row[], list: string, rec: Recorder): void {
  const last = new Map<string, number>();
  rows.forEach((r, i) => {
    const key = chainKey(r);
    const before = last.get(key);
    const after = r.sharesOwnedFollowingTransaction;
    if (after === null) return;
    last.set(key, after);
    if (before === undefined || r.shares === null || r.acquiredDisposedCode === null) return;
    const expected = r.acquiredDisposedCode === 'A' ? before + r.shares : before - r.shares;
    if (Math.abs(expected - after) > CHAIN_TOLERANCE) {
      const path = `${list}[${i}].sharesOwnedFollowingTransaction`;
      rec.warn(
        'owned-after-chain',
        `${path}: ${after} owned after, but the row before leaves ${before} and this row ${r.acquiredDisposedCode === 'A' ? 'adds' : 'removes'} ${r.shares} (expected ${expected}). Check both rows against the form.`,
        path,
      );
    }
  });
}

function checkCodes(rows: readonly Row[], list: string, rec: Recorder): void {
  rows.forEach((r, i) => {
    const want = r.transactionCode ? CODE_DIRECTION[r.transactionCode] : undefined;
    if (want && r.acquiredDisposedCode && r.acquiredDisposedCode !== want) {
      const path = `${list}[${i}].acquiredDisposedCode`;
      rec.warn(
        'code-direction',
        `${path}: code ${r.transactionCode} is ${want === 'A' ? 'an acquisition' : 'a disposal'} but the row says (${r.acquiredDisposedCode}). Check the row.`,
        path,
      );
    }
  });
}

function checkFootnoteRefs(f: Filing, rec: Recorder): void {
  const known = new Set(f.footnotes.map((n) => n.id));
  const lists = {
    nonDerivativeTransactions: f.nonDerivativeTransactions,
    nonDerivativeHoldings: f.nonDerivativeHoldings,
    derivativeTransactions: f.derivativeTransactions,
    derivativeHoldings: f.derivativeHoldings,
  };
  for (const [list, rows] of Object.entries(lists)) {
    (rows as Row[]).forEach((r, i) => {
      for (const [field, ids] of Object.entries(r.footnotes)) {
        for (const id of ids.filter((x) => !known.has(x))) {
          const path = `${list}[${i}].${field}`;
          rec.warn(
            'footnote-missing',
            `${path}: marker (${id.slice(1)}) has no footnote under "Explanation of Responses".`,
            path,
          );
        }
      }
    });
  }
}

function checkOwners(f: Filing, relationship: Relationship | null, rec: Recorder): void {
  f.reportingOwners.forEach((o, i) => {
    const ticked = o.isDirector || o.isOfficer || o.isTenPercentOwner || o.isOther;
    const shown = i === 0 || relationship === null;
    if (!ticked && shown && !f.warnings.some((w) => w.path === `reportingOwners[${i}]`)) {
      rec.warn(
        'checkbox-unreadable',
        `reportingOwners[${i}]: no relationship box is ticked in text; the tick may be drawn as an image. Check box "Relationship of Reporting Person(s) to Issuer" by eye.`,
        `reportingOwners[${i}]`,
      );
    }
  });
}

function checkRequired(f: Filing, rec: Recorder): void {
  if (!f.issuer.name)
    rec.warn('missing-value', 'The issuer name was not found in its box; check the header.', 'issuer.name');
  if (!f.periodOfReport)
    rec.warn(
      'missing-value',
      'The period date (box 2 or 3) was not found; check the header.',
      'periodOfReport',
    );
  if (f.reportingOwners.length === 0)
    rec.warn('missing-value', 'No reporting owner was found; check box 1.', 'reportingOwners');
  const lists = [
    ['nonDerivativeTransactions', f.nonDerivativeTransactions],
    ['nonDerivativeHoldings', f.nonDerivativeHoldings],
    ['derivativeTransactions', f.derivativeTransactions],
    ['derivativeHoldings', f.derivativeHoldings],
  ] as const;
  for (const [list, rows] of lists) {
    rows.forEach((r, i) => {
      const path = `${list}[${i}].securityTitle`;
      if (!r.securityTitle)
        rec.warn('missing-value', `${path}: the row has values but no security title; check the row.`, path);
    });
  }
}

export function checkFiling(f: Filing, relationship: Relationship | null, rec: Recorder): void {
  checkChain(f.nonDerivativeTransactions, 'nonDerivativeTransactions', rec);
  checkChain(f.derivativeTransactions, 'derivativeTransactions', rec);
  checkCodes(f.nonDerivativeTransactions, 'nonDerivativeTransactions', rec);
  checkCodes(f.derivativeTransactions, 'derivativeTransactions', rec);
  checkFootnoteRefs(f, rec);
  checkOwners(f, relationship, rec);
  checkRequired(f, rec);
}
