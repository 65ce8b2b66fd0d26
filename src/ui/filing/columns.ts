/**
 * The columns of Table I and Table II, numbered and worded as on the form,
 * each bound to its contract field. A column under a shared heading (the
 * form's "4. Securities Acquired (A) or Disposed Of (D)") names that group.
 */
import type { DerivativeRow, NonDerivativeRow } from '../../core/filing';
import { formatDate, formatFlag, formatNumber, formatPrice } from './format';

export interface Column<Row> {
  /** Contract field the value and its footnote markers come from. */
  field: keyof Row & string;
  label: string;
  /** A few words naming the column in sentences ("Table I row 1, Price"); `label` when absent. */
  shortLabel?: string;
  /** Heading shared with neighbouring columns, as the form prints it. */
  group?: string;
  show(row: Row): string;
  /** How the cell is laid out: wrapping text, right-aligned figures, unbroken dates, short codes. */
  kind: 'text' | 'number' | 'date' | 'code';
  /** Shown only when some row has a value (rare fields). */
  onlyWhenUsed?: boolean;
}

export const NON_DERIVATIVE_COLUMNS: Column<NonDerivativeRow>[] = [
  title<NonDerivativeRow>('1. Title of Security'),
  ...transactionDates<NonDerivativeRow>('2'),
  ...codeAndV<NonDerivativeRow>('3'),
  ...acquiredDisposed<NonDerivativeRow>('4. Securities Acquired (A) or Disposed Of (D)'),
  {
    field: 'pricePerShare',
    label: 'Price',
    group: '4. Securities Acquired (A) or Disposed Of (D)',
    show: (r) => formatPrice(r.pricePerShare),
    kind: 'number',
  },
  {
    field: 'sharesOwnedFollowingTransaction',
    label: '5. Amount of Securities Beneficially Owned Following Reported Transaction(s)',
    shortLabel: 'Owned after',
    show: (r) => formatNumber(r.sharesOwnedFollowingTransaction),
    kind: 'number',
  },
  {
    field: 'valueOwnedFollowingTransaction',
    label: '5. Value Owned Following Reported Transaction(s)',
    shortLabel: 'Value owned after',
    show: (r) => formatPrice(r.valueOwnedFollowingTransaction),
    kind: 'number',
    onlyWhenUsed: true,
  },
  ...ownership<NonDerivativeRow>('6', '7'),
];

export const DERIVATIVE_COLUMNS: Column<DerivativeRow>[] = [
  title<DerivativeRow>('1. Title of Derivative Security'),
  {
    field: 'conversionOrExercisePrice',
    label: '2. Conversion or Exercise Price of Derivative Security',
    shortLabel: 'Exercise price',
    show: (r) => formatPrice(r.conversionOrExercisePrice),
    kind: 'number',
  },
  ...transactionDates<DerivativeRow>('3'),
  ...codeAndV<DerivativeRow>('4'),
  ...acquiredDisposed<DerivativeRow>('5. Number of Derivative Securities Acquired (A) or Disposed of (D)'),
  ...exerciseWindow(),
  ...underlying(),
  {
    field: 'pricePerShare',
    label: '8. Price of Derivative Security',
    shortLabel: 'Price',
    show: (r) => formatPrice(r.pricePerShare),
    kind: 'number',
  },
  {
    field: 'sharesOwnedFollowingTransaction',
    label: '9. Number of Derivative Securities Beneficially Owned Following Reported Transaction(s)',
    shortLabel: 'Owned after',
    show: (r) => formatNumber(r.sharesOwnedFollowingTransaction),
    kind: 'number',
  },
  ...ownership<DerivativeRow>('10', '11'),
];

type SharedRow = NonDerivativeRow | DerivativeRow;

function title<Row extends SharedRow>(label: string): Column<Row> {
  return { field: 'securityTitle', label, shortLabel: 'Title', show: (r) => r.securityTitle, kind: 'text' };
}

/** The transaction date and the deemed execution date beside it ("2." and "2A." in Table I). */
function transactionDates<Row extends SharedRow>(number: string): Column<Row>[] {
  return [
    {
      field: 'transactionDate',
      label: `${number}. Transaction Date`,
      shortLabel: 'Transaction date',
      show: (r) => formatDate(r.transactionDate),
      kind: 'date',
    },
    {
      field: 'deemedExecutionDate',
      label: `${number}A. Deemed Execution Date`,
      shortLabel: 'Deemed execution date',
      show: (r) => formatDate(r.deemedExecutionDate),
      kind: 'date',
    },
  ];
}

function codeAndV<Row extends SharedRow>(number: string): Column<Row>[] {
  const group = `${number}. Transaction Code`;
  return [
    {
      field: 'transactionCode',
      label: 'Code',
      shortLabel: 'Code',
      group,
      show: (r) => r.transactionCode ?? '',
      kind: 'code',
    },
    {
      field: 'voluntarilyReported',
      label: 'V',
      group,
      show: (r) => formatFlag(r.voluntarilyReported, 'V'),
      kind: 'code',
    },
  ];
}

function acquiredDisposed<Row extends SharedRow>(group: string): Column<Row>[] {
  return [
    { field: 'shares', label: 'Amount', group, show: (r) => formatNumber(r.shares), kind: 'number' },
    {
      field: 'acquiredDisposedCode',
      label: '(A)\u00a0or\u00a0(D)',
      shortLabel: '(A) or (D)',
      group,
      show: (r) => r.acquiredDisposedCode ?? '',
      kind: 'code',
    },
  ];
}

function ownership<Row extends SharedRow>(formNumber: string, natureNumber: string): Column<Row>[] {
  return [
    {
      field: 'directOrIndirectOwnership',
      label: `${formNumber}. Ownership Form: Direct (D) or Indirect (I)`,
      shortLabel: 'Ownership form',
      show: (r) => r.directOrIndirectOwnership ?? '',
      kind: 'code',
    },
    {
      field: 'natureOfOwnership',
      label: `${natureNumber}. Nature of Indirect Beneficial Ownership`,
      shortLabel: 'Nature of indirect ownership',
      show: (r) => r.natureOfOwnership ?? '',
      kind: 'text',
    },
  ];
}

function exerciseWindow(): Column<DerivativeRow>[] {
  const group = '6. Date Exercisable and Expiration Date';
  return [
    {
      field: 'exerciseDate',
      label: 'Date Exercisable',
      group,
      show: (r) => formatDate(r.exerciseDate),
      kind: 'date',
    },
    {
      field: 'expirationDate',
      label: 'Expiration Date',
      group,
      show: (r) => formatDate(r.expirationDate),
      kind: 'date',
    },
  ];
}

function underlying(): Column<DerivativeRow>[] {
  const group = '7. Title and Amount of Securities Underlying Derivative Security';
  return [
    {
      field: 'underlyingSecurityTitle',
      label: 'Title',
      shortLabel: 'Underlying title',
      group,
      show: (r) => r.underlyingSecurityTitle ?? '',
      kind: 'text',
    },
    {
      field: 'underlyingSecurityShares',
      label: 'Amount or Number of Shares',
      shortLabel: 'Underlying amount',
      group,
      show: (r) => formatNumber(r.underlyingSecurityShares),
      kind: 'number',
    },
  ];
}
