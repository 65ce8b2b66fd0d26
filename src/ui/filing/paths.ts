/**
 * Field paths ("nonDerivativeTransactions[2].shares", "issuer.name") are how
 * the view, provenance boxes and warnings name one value. This file turns
 * them into DOM ids and labels, and indexes footnote markers and warnings by
 * the path they sit on.
 */
import type { Filing, FootnoteRefs, TableKey, Warning } from '../../core/filing';
import { DERIVATIVE_COLUMNS, NON_DERIVATIVE_COLUMNS } from './columns';

export const TABLE_LABELS: Readonly<Record<TableKey, string>> = {
  nonDerivativeTransactions: 'Table I',
  nonDerivativeHoldings: 'Table I holding',
  derivativeTransactions: 'Table II',
  derivativeHoldings: 'Table II holding',
};

export function cellPath(table: TableKey, index: number, field: string): string {
  return `${table}[${index}].${field}`;
}

/** A path as an id fragment: letters, digits and dashes only. */
export function pathId(idPrefix: string, path: string): string {
  return `${idPrefix}-at-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

export function footnoteItemId(idPrefix: string, footnoteId: string): string {
  return `${idPrefix}-fn-${footnoteId}`;
}

export function footnoteTextId(idPrefix: string, footnoteId: string): string {
  return `${idPrefix}-fn-${footnoteId}-text`;
}

export function warningTextId(idPrefix: string, index: number): string {
  return `${idPrefix}-warning-${index}`;
}

const COLUMN_LABELS = new Map<string, string>(
  [...NON_DERIVATIVE_COLUMNS, ...DERIVATIVE_COLUMNS].map((c) => [c.field, c.shortLabel ?? c.label]),
);

/** "nonDerivativeTransactions[0].pricePerShare" → "Table I row 1, Price". */
export function describePath(path: string): string {
  const match = /^(\w+)\[(\d+)\](?:\.(\w+))?$/.exec(path);
  if (!match) return path;
  const [, table = '', index = '0', field] = match;
  const tableLabel = TABLE_LABELS[table as TableKey];
  if (!tableLabel) return path;
  const row = `${tableLabel} row ${Number(index) + 1}`;
  return field ? `${row}, ${COLUMN_LABELS.get(field) ?? field}` : row;
}

export interface MarkerPlace {
  path: string;
  label: string;
}

const TABLES: readonly TableKey[] = [
  'nonDerivativeTransactions',
  'nonDerivativeHoldings',
  'derivativeTransactions',
  'derivativeHoldings',
];

/** Footnote id → every cell that carries its marker, in print order. */
export function footnotePlaces(filing: Filing): Map<string, MarkerPlace[]> {
  const places = new Map<string, MarkerPlace[]>();
  for (const table of TABLES) {
    filing[table].forEach((row: { footnotes: FootnoteRefs }, index: number) => {
      for (const [field, ids] of Object.entries(row.footnotes)) {
        const path = cellPath(table, index, field);
        for (const id of ids) {
          const list = places.get(id) ?? [];
          list.push({ path, label: describePath(path) });
          places.set(id, list);
        }
      }
    });
  }
  return places;
}

export interface IndexedWarning {
  warning: Warning;
  /** Position in the list shown at the top; the id of its text derives from it. */
  index: number;
}

/** Warnings by the path they name; a row path ("…Transactions[2]") is kept as is. */
export function warningsByPath(warnings: readonly Warning[]): Map<string, IndexedWarning[]> {
  const byPath = new Map<string, IndexedWarning[]>();
  warnings.forEach((warning, index) => {
    if (warning.path === null) return;
    byPath.set(warning.path, [...(byPath.get(warning.path) ?? []), { warning, index }]);
  });
  return byPath;
}

/** Warnings on one cell: those naming the cell; a warning about a whole row sits on its title cell. */
export function warningsForCell(
  index: Map<string, IndexedWarning[]>,
  table: TableKey,
  row: number,
  field: string,
): IndexedWarning[] {
  const onRow = field === 'securityTitle' ? (index.get(`${table}[${row}]`) ?? []) : [];
  return [...onRow, ...(index.get(cellPath(table, row, field)) ?? [])];
}

/** The filing's own warnings plus those the insights found, each once. */
export function mergeWarnings(own: readonly Warning[], extra: readonly Warning[]): Warning[] {
  const seen = new Set(own.map((w) => `${w.code}|${w.path ?? ''}|${w.message}`));
  return [...own, ...extra.filter((w) => !seen.has(`${w.code}|${w.path ?? ''}|${w.message}`))];
}

const HEADER_LABELS: Readonly<Record<string, string>> = {
  documentType: 'Form type',
  periodOfReport: 'Period of report',
  dateOfOriginalSubmission: 'Date original filed',
  notSubjectToSection16: 'Section 16 box',
  aff10b5One: 'Rule 10b5-1 box',
  noSecuritiesOwned: 'No securities owned box',
  'issuer.name': 'Issuer name',
  'issuer.tradingSymbol': 'Ticker',
  'issuer.cik': 'Issuer CIK',
  remarks: 'Remarks',
};

const OWNER_FIELDS: Readonly<Record<string, string>> = {
  name: 'name',
  street1: 'street',
  street2: 'street (second line)',
  city: 'city, state and ZIP',
  isDirector: 'Director box',
  isOfficer: 'Officer box',
  isTenPercentOwner: '10% Owner box',
  isOther: 'Other box',
  officerTitle: 'officer title',
  otherText: '"Other" text',
};

/** Any field path in words: table cells, header boxes, owners, footnotes, signatures. */
export function describeAnyPath(path: string): string {
  if (HEADER_LABELS[path]) return HEADER_LABELS[path];
  const owner = /^reportingOwners\[(\d+)\]\.(\w+)$/.exec(path);
  if (owner) return `Reporting owner ${Number(owner[1]) + 1}, ${OWNER_FIELDS[owner[2] ?? ''] ?? owner[2]}`;
  const note = /^footnotes\[(\d+)\]\.text$/.exec(path);
  if (note) return `Footnote (${Number(note[1]) + 1})`;
  const signature = /^signatures\[(\d+)\]\.(name|date)$/.exec(path);
  if (signature) return `Signature ${Number(signature[1]) + 1}, ${signature[2]}`;
  return describePath(path);
}
