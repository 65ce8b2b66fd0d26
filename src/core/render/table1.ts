/**
 * Table I (non-derivative securities) with EDGAR's column headers: the Form 4/5
 * layout with Code / V / Amount / (A) or (D) / Price, and Form 3's four columns.
 * Transactions print first, then holdings, as EDGAR orders the rows.
 */
import type { NonDerivativeRow } from '../filing';
import { formTable, headerRow, RowCells, titleRow, type HeaderCell } from './cells';
import type { FormNumber } from './form-kind';

const TRANSACTION_TABLE_TITLE =
  'Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned';
const FORM3_TABLE_TITLE = 'Table I - Non-Derivative Securities Beneficially Owned';

function ownedAfterLabel(form: FormNumber): string {
  return form === '5'
    ? "5. Amount of Securities Beneficially Owned at end of Issuer's Fiscal Year (Instr. 3 and 4)"
    : '5. Amount of Securities Beneficially Owned Following Reported Transaction(s) (Instr. 3 and 4)';
}

/** Form 5 has no "V" column: its transaction code is one column. */
function transactionHeader(form: FormNumber): string {
  const withV = form !== '5';
  const groups: HeaderCell[] = [
    { label: '1. Title of Security (Instr. 3)', width: 'w36', rowspan: 2, textClass: 'MedSmallFormText' },
    { label: '2. Transaction Date (Month/Day/Year)', width: 'w6', rowspan: 2 },
    { label: '2A. Deemed Execution Date, if any (Month/Day/Year)', width: 'w5', rowspan: 2 },
    withV
      ? { label: '3. Transaction Code (Instr. 8)', width: 'w7', colspan: 2 }
      : { label: '3. Transaction Code (Instr. 8)', width: 'w7', rowspan: 2 },
    { label: '4. Securities Acquired (A) or Disposed Of (D) (Instr. 3, 4 and 5)', width: 'w19', colspan: 3 },
    { label: ownedAfterLabel(form), width: 'w11', rowspan: 2 },
    { label: '6. Ownership Form: Direct (D) or Indirect (I) (Instr. 4)', width: 'w9', rowspan: 2 },
    { label: '7. Nature of Indirect Beneficial Ownership (Instr. 4)', width: 'w8', rowspan: 2 },
  ];
  const leaves: HeaderCell[] = [
    ...(withV
      ? [
          { label: 'Code', width: 'w4', leaf: true },
          { label: 'V', width: 'w3', leaf: true },
        ]
      : []),
    { label: 'Amount', width: 'w8', leaf: true },
    { label: '(A) or (D)', width: 'w5', leaf: true },
    { label: 'Price', width: 'w6', leaf: true },
  ];
  const columns = withV ? 11 : 10;
  return [
    '<thead>',
    titleRow(columns, [TRANSACTION_TABLE_TITLE]),
    headerRow(groups),
    headerRow(leaves),
    '</thead>',
  ].join('\n');
}

function transactionRow(row: NonDerivativeRow, form: FormNumber): string {
  const cells = new RowCells(row.footnotes, 'FormData');
  return [
    '<tr>',
    cells.text(row.securityTitle, 'securityTitle', 'left'),
    cells.date(row.transactionDate, 'transactionDate'),
    cells.date(row.deemedExecutionDate, 'deemedExecutionDate'),
    ...cells.codeAndV(row, form),
    cells.number(row.shares, 'shares'),
    cells.text(row.acquiredDisposedCode, 'acquiredDisposedCode'),
    cells.price(row.pricePerShare, 'pricePerShare'),
    cells.ownedAfter(row.sharesOwnedFollowingTransaction, row.valueOwnedFollowingTransaction),
    cells.text(row.directOrIndirectOwnership, 'directOrIndirectOwnership'),
    cells.text(row.natureOfOwnership, 'natureOfOwnership', 'left'),
    '</tr>',
  ].join('\n');
}

function form3Header(): string {
  const columns: HeaderCell[] = [
    { label: '1. Title of Security (Instr. 4)', width: 'w44', textClass: 'MedSmallFormText' },
    {
      label: '2. Amount of Securities Beneficially Owned (Instr. 4)',
      width: 'w19',
      textClass: 'MedSmallFormText',
    },
    {
      label: '3. Ownership Form: Direct (D) or Indirect (I) (Instr. 5)',
      width: 'w11',
      textClass: 'MedSmallFormText',
    },
    {
      label: '4. Nature of Indirect Beneficial Ownership (Instr. 5)',
      width: 'w26',
      textClass: 'MedSmallFormText',
    },
  ];
  return ['<thead>', titleRow(4, [FORM3_TABLE_TITLE]), headerRow(columns), '</thead>'].join('\n');
}

function form3Row(row: NonDerivativeRow): string {
  const cells = new RowCells(row.footnotes, 'FormData');
  return [
    '<tr>',
    cells.text(row.securityTitle, 'securityTitle', 'left'),
    cells.ownedAfter(row.sharesOwnedFollowingTransaction, row.valueOwnedFollowingTransaction),
    cells.text(row.directOrIndirectOwnership, 'directOrIndirectOwnership'),
    cells.text(row.natureOfOwnership, 'natureOfOwnership', 'left'),
    '</tr>',
  ].join('\n');
}

export function tableOne(
  form: FormNumber,
  transactions: readonly NonDerivativeRow[],
  holdings: readonly NonDerivativeRow[],
): string {
  const rows = [...transactions, ...holdings];
  const header = form === '3' ? form3Header() : transactionHeader(form);
  const body = rows.map((row) => (form === '3' ? form3Row(row) : transactionRow(row, form)));
  return formTable('table-one', header, body);
}
