/**
 * An amendment diff as short sentences for the viewer:
 * "Table I row 2: amount 1,000 → 1,100", "Table II row 3 added", "Footnote F3 changed".
 */
import type { AmendmentDiff, FieldChange } from './amendment-diff';
import { formatFieldValue } from './format';
import type { RowRef } from './rows';

const FIELD_LABELS: Readonly<Record<string, string>> = {
  securityTitle: 'title',
  conversionOrExercisePrice: 'exercise price',
  transactionDate: 'date',
  deemedExecutionDate: 'deemed execution date',
  transactionCode: 'code',
  voluntarilyReported: 'V',
  shares: 'amount',
  acquiredDisposedCode: '(A) or (D)',
  pricePerShare: 'price',
  exerciseDate: 'date exercisable',
  expirationDate: 'expiration date',
  underlyingSecurityTitle: 'underlying title',
  underlyingSecurityShares: 'underlying amount',
  sharesOwnedFollowingTransaction: 'owned after',
  valueOwnedFollowingTransaction: 'value owned after',
  directOrIndirectOwnership: 'ownership form',
  natureOfOwnership: 'nature of indirect ownership',
  periodOfReport: 'period of report',
  notSubjectToSection16: '"no longer subject to Section 16" box',
  aff10b5One: '10b5-1 box',
  noSecuritiesOwned: '"no securities owned" box',
  'issuer.name': 'issuer name',
  'issuer.tradingSymbol': 'ticker',
  'issuer.cik': 'issuer CIK',
  isDirector: 'Director box',
  isOfficer: 'Officer box',
  isTenPercentOwner: '10% Owner box',
  isOther: 'Other box',
  officerTitle: 'officer title',
  otherText: '"Other" text',
};

export function fieldLabel(field: string): string {
  const signature = /^signatures\[(\d+)\]\.(name|date)$/.exec(field);
  if (signature) return `signature ${Number(signature[1]) + 1} ${signature[2]}`;
  if (field.startsWith('footnotes.'))
    return `footnote markers on ${fieldLabel(field.slice('footnotes.'.length))}`;
  return FIELD_LABELS[field] ?? field;
}

function describeChange(change: FieldChange): string {
  const text = `${fieldLabel(change.field)} ${formatFieldValue(change.before)} → ${formatFieldValue(change.after)}`;
  return change.uncertain
    ? `${text} (may be a misreading: the reader flagged this value; check by eye)`
    : text;
}

function rowLabel(before: RowRef, after: RowRef): string {
  return before.index === after.index
    ? after.label
    : `${after.label} (row ${before.index + 1} in the original)`;
}

export function describeAmendmentDiff(diff: AmendmentDiff): string[] {
  const lines: string[] = [];
  for (const change of diff.header) lines.push(`Header: ${describeChange(change)}`);
  for (const owner of diff.owners) {
    if (owner.kind !== 'changed') lines.push(`Reporting person ${owner.name} ${owner.kind}`);
    else lines.push(`Reporting person ${owner.name}: ${owner.changes.map(describeChange).join('; ')}`);
  }
  for (const row of diff.rows) {
    if (row.kind === 'added') lines.push(`${row.after!.label} added`);
    else if (row.kind === 'removed') lines.push(`${row.before!.label} removed`);
    else lines.push(`${rowLabel(row.before!, row.after!)}: ${row.changes.map(describeChange).join('; ')}`);
  }
  for (const note of diff.footnotes) lines.push(`Footnote ${note.id} ${note.kind}`);
  if (diff.remarks !== null) lines.push(`Remarks: ${describeChange(diff.remarks).replace(/^remarks /, '')}`);
  for (const change of diff.signatures) lines.push(describeChange(change).replace(/^s/, 'S'));
  return lines;
}
