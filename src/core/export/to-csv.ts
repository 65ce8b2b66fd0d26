/**
 * Filing → CSV: one line per row of all four tables (Table I transactions,
 * Table I holdings, Table II transactions, Table II holdings), each with the
 * filing's form, issuer and owner columns so lines from many filings can be
 * pasted together. RFC 4180 quoting, CRLF line ends, and a UTF-8 byte order
 * mark so spreadsheet programs read accents correctly. Text that a
 * spreadsheet would run as a formula (starting = + - @, tab or CR) is prefixed
 * with an apostrophe; numbers are written as plain numbers and never altered.
 */
import {
  TABLE_KEYS,
  type DerivativeRow,
  type Filing,
  type FootnoteRefs,
  type NonDerivativeRow,
} from '../filing';
import { formatDecimal } from './xml-writer';

type Cell = string | number | boolean | null;
type AnyRow = Partial<NonDerivativeRow & DerivativeRow>;

const ROW_COLUMNS = [
  'securityTitle',
  'conversionOrExercisePrice',
  'transactionDate',
  'deemedExecutionDate',
  'transactionCode',
  'voluntarilyReported',
  'shares',
  'acquiredDisposedCode',
  'pricePerShare',
  'exerciseDate',
  'expirationDate',
  'underlyingSecurityTitle',
  'underlyingSecurityShares',
  'sharesOwnedFollowingTransaction',
  'valueOwnedFollowingTransaction',
  'directOrIndirectOwnership',
  'natureOfOwnership',
] as const;

const FILING_COLUMNS = [
  'documentType',
  'periodOfReport',
  'issuerName',
  'issuerTradingSymbol',
  'issuerCik',
  'reportingOwners',
  'reportingOwnerCiks',
] as const;

export const CSV_COLUMNS: readonly string[] = [
  'table',
  'row',
  ...FILING_COLUMNS,
  ...ROW_COLUMNS,
  'footnotes',
];

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One CSV field: numbers as written, text guarded against formulas and quoted when needed. */
export function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? formatDecimal(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function footnoteSummary(footnotes: FootnoteRefs): string {
  return Object.entries(footnotes)
    .filter(([, ids]) => ids.length > 0)
    .map(([field, ids]) => `${field}: ${ids.join(' ')}`)
    .join('; ');
}

function filingCells(filing: Filing): Cell[] {
  const owners = filing.reportingOwners;
  return [
    filing.documentType,
    filing.periodOfReport,
    filing.issuer.name,
    filing.issuer.tradingSymbol,
    filing.issuer.cik,
    owners.map((owner) => owner.name).join('; '),
    owners.map((owner) => owner.cik ?? '').join('; '),
  ];
}

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark (default true: spreadsheets need it to read UTF-8). */
  byteOrderMark?: boolean;
}

export function toCsv(filing: Filing, options: CsvOptions = {}): string {
  const lines = [CSV_COLUMNS.map(csvCell).join(',')];
  const shared = filingCells(filing);
  for (const table of TABLE_KEYS) {
    filing[table].forEach((row: AnyRow, index) => {
      const rowCells: Cell[] = ROW_COLUMNS.map((column) => row[column] ?? null);
      const cells: Cell[] = [table, index + 1, ...shared, ...rowCells, footnoteSummary(row.footnotes ?? {})];
      lines.push(cells.map(csvCell).join(','));
    });
  }
  const bom = options.byteOrderMark === false ? '' : '\uFEFF';
  return bom + lines.map((line) => line + '\r\n').join('');
}
