/**
 * Table II (derivative securities) with EDGAR's column headers: the Form 4/5
 * layout (sixteen columns, fifteen on Form 5 which has no "V"), and Form 3's
 * eight. Transactions print first, then holdings.
 */
import type { DerivativeRow } from '../filing';
import { formTable, headerRow, RowCells, td, titleRow, type HeaderCell } from './cells';
import { dataSpan, formatNumber, marksFor } from './format';
import type { FormNumber } from './form-kind';

const TRANSACTION_TABLE_TITLE =
  'Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned';
const FORM3_TABLE_TITLE = 'Table II - Derivative Securities Beneficially Owned';
const TABLE_SUBTITLE = '(e.g., puts, calls, warrants, options, convertible securities)';

function ownedAfterLabel(form: FormNumber): string {
  return form === '5'
    ? "9. Number of derivative Securities Beneficially Owned at End of Issuer's Fiscal Year (Instr. 4)"
    : '9. Number of derivative Securities Beneficially Owned Following Reported Transaction(s) (Instr. 4)';
}

function transactionHeader(form: FormNumber): string {
  const withV = form !== '5';
  const groups: HeaderCell[] = [
    { label: '1. Title of Derivative Security (Instr. 3)', width: 'w13', rowspan: 2 },
    { label: '2. Conversion or Exercise Price of Derivative Security', width: 'w5', rowspan: 2 },
    { label: '3. Transaction Date (Month/Day/Year)', width: 'w5', rowspan: 2 },
    { label: '3A. Deemed Execution Date, if any (Month/Day/Year)', width: 'w5', rowspan: 2 },
    withV
      ? { label: '4. Transaction Code (Instr. 8)', width: 'w9', colspan: 2 }
      : { label: '4. Transaction Code (Instr. 8)', width: 'w9', rowspan: 2 },
    {
      label: '5. Number of Derivative Securities Acquired (A) or Disposed of (D) (Instr. 3, 4 and 5)',
      width: 'w10',
      colspan: 2,
    },
    { label: '6. Date Exercisable and Expiration Date (Month/Day/Year)', width: 'w9', colspan: 2 },
    {
      label: '7. Title and Amount of Securities Underlying Derivative Security (Instr. 3 and 4)',
      width: 'w17',
      colspan: 2,
    },
    { label: '8. Price of Derivative Security (Instr. 5)', width: 'w6', rowspan: 2 },
    { label: ownedAfterLabel(form), width: 'w6', rowspan: 2 },
    { label: '10. Ownership Form: Direct (D) or Indirect (I) (Instr. 4)', width: 'w6', rowspan: 2 },
    { label: '11. Nature of Indirect Beneficial Ownership (Instr. 4)', width: 'w7', rowspan: 2 },
  ];
  const leaves: HeaderCell[] = [
    ...(withV
      ? [
          { label: 'Code', width: 'w4', leaf: true },
          { label: 'V', width: 'w4', leaf: true },
        ]
      : []),
    { label: '(A)', width: 'w5', leaf: true },
    { label: '(D)', width: 'w5', leaf: true },
    { label: 'Date Exercisable', width: 'w5', leaf: true },
    { label: 'Expiration Date', width: 'w4', leaf: true },
    { label: 'Title', width: 'w10', leaf: true },
    { label: 'Amount or Number of Shares', width: 'w7', leaf: true },
  ];
  const columns = withV ? 16 : 15;
  return [
    '<thead>',
    titleRow(columns, [TRANSACTION_TABLE_TITLE, TABLE_SUBTITLE]),
    headerRow(groups),
    headerRow(leaves),
    '</thead>',
  ].join('\n');
}

/** Column 5 puts the number under (A) or under (D), by the row's code. */
function acquiredDisposedCells(row: DerivativeRow): string[] {
  const amount =
    dataSpan(formatNumber(row.shares), 'SmallFormData') +
    marksFor(row.footnotes, 'shares') +
    marksFor(row.footnotes, 'acquiredDisposedCode');
  return row.acquiredDisposedCode === 'D' ? [td(''), td(amount)] : [td(amount), td('')];
}

function transactionRow(row: DerivativeRow, form: FormNumber): string {
  const cells = new RowCells(row.footnotes, 'SmallFormData');
  return [
    '<tr>',
    cells.text(row.securityTitle, 'securityTitle', 'left'),
    cells.price(row.conversionOrExercisePrice, 'conversionOrExercisePrice'),
    cells.date(row.transactionDate, 'transactionDate'),
    cells.date(row.deemedExecutionDate, 'deemedExecutionDate'),
    ...cells.codeAndV(row, form),
    ...acquiredDisposedCells(row),
    cells.date(row.exerciseDate, 'exerciseDate'),
    cells.date(row.expirationDate, 'expirationDate'),
    cells.text(row.underlyingSecurityTitle, 'underlyingSecurityTitle'),
    new RowCells(row.footnotes, 'FormData').number(row.underlyingSecurityShares, 'underlyingSecurityShares'),
    cells.price(row.pricePerShare, 'pricePerShare'),
    cells.number(row.sharesOwnedFollowingTransaction, 'sharesOwnedFollowingTransaction'),
    cells.text(row.directOrIndirectOwnership, 'directOrIndirectOwnership'),
    cells.text(row.natureOfOwnership, 'natureOfOwnership', 'left'),
    '</tr>',
  ].join('\n');
}

function form3Header(): string {
  const label = 'MedSmallFormText';
  const groups: HeaderCell[] = [
    { label: '1. Title of Derivative Security (Instr. 4)', width: 'w35', rowspan: 2, textClass: label },
    {
      label: '2. Date Exercisable and Expiration Date (Month/Day/Year)',
      width: 'w9',
      colspan: 2,
      textClass: label,
    },
    {
      label: '3. Title and Amount of Securities Underlying Derivative Security (Instr. 4)',
      width: 'w26',
      colspan: 2,
      textClass: label,
    },
    {
      label: '4. Conversion or Exercise Price of Derivative Security',
      width: 'w7',
      rowspan: 2,
      textClass: label,
    },
    {
      label: '5. Ownership Form: Direct (D) or Indirect (I) (Instr. 5)',
      width: 'w8',
      rowspan: 2,
      textClass: label,
    },
    {
      label: '6. Nature of Indirect Beneficial Ownership (Instr. 5)',
      width: 'w15',
      rowspan: 2,
      textClass: label,
    },
  ];
  const leaves: HeaderCell[] = [
    { label: 'Date Exercisable', width: 'w4', leaf: true, textClass: label },
    { label: 'Expiration Date', width: 'w5', leaf: true, textClass: label },
    { label: 'Title', width: 'w20', leaf: true, textClass: label },
    { label: 'Amount or Number of Shares', width: 'w6', leaf: true, textClass: label },
  ];
  return [
    '<thead>',
    titleRow(8, [FORM3_TABLE_TITLE, TABLE_SUBTITLE]),
    headerRow(groups),
    headerRow(leaves),
    '</thead>',
  ].join('\n');
}

function form3Row(row: DerivativeRow): string {
  const cells = new RowCells(row.footnotes, 'FormData');
  return [
    '<tr>',
    cells.text(row.securityTitle, 'securityTitle', 'left'),
    cells.date(row.exerciseDate, 'exerciseDate'),
    cells.date(row.expirationDate, 'expirationDate'),
    cells.text(row.underlyingSecurityTitle, 'underlyingSecurityTitle'),
    cells.number(row.underlyingSecurityShares, 'underlyingSecurityShares'),
    cells.price(row.conversionOrExercisePrice, 'conversionOrExercisePrice'),
    cells.text(row.directOrIndirectOwnership, 'directOrIndirectOwnership'),
    cells.text(row.natureOfOwnership, 'natureOfOwnership', 'left'),
    '</tr>',
  ].join('\n');
}

export function tableTwo(
  form: FormNumber,
  transactions: readonly DerivativeRow[],
  holdings: readonly DerivativeRow[],
): string {
  const rows = [...transactions, ...holdings];
  const header = form === '3' ? form3Header() : transactionHeader(form);
  const body = rows.map((row) => (form === '3' ? form3Row(row) : transactionRow(row, form)));
  return formTable('table-two', header, body);
}
