/**
 * A record's summary: what the library list shows and filters on, small
 * enough to keep ten thousand in memory. Derived from the record, never stored
 * on its own, so it cannot disagree with it.
 */
import {
  TABLE_KEYS,
  type DerivativeRow,
  type DocumentType,
  type Filing,
  type NonDerivativeRow,
} from '../filing';
import type { FileType, LibraryRecord } from './record';

export interface RecordSummary {
  id: string;
  fileName: string;
  fileType: FileType;
  byteLength: number;
  addedAt: string;
  documentType: DocumentType;
  issuerName: string;
  ticker: string | null;
  ownerNames: string[];
  /** Period of report, else the earliest transaction date, else the first signature date. */
  filingDate: string | null;
  /** Every date the filing reports (period and transaction dates), sorted, unique. */
  dates: string[];
  /** Transaction codes used in the tables, sorted, unique. */
  transactionCodes: string[];
  /** Titles of the securities in the tables ("Common Stock", "Stock Option (right to buy)"), unique, in order. */
  securityTitles: string[];
  rowCount: number;
  warningCount: number;
}

export function summarize(record: LibraryRecord): RecordSummary {
  const { filing } = record;
  const dates = reportedDates(filing);
  return {
    id: record.id,
    fileName: record.fileName,
    fileType: record.fileType,
    byteLength: record.byteLength,
    addedAt: record.addedAt,
    documentType: filing.documentType,
    issuerName: filing.issuer.name,
    ticker: filing.issuer.tradingSymbol,
    ownerNames: filing.reportingOwners.map((owner) => owner.name),
    filingDate:
      filing.periodOfReport ?? earliestTransactionDate(filing) ?? filing.signatures[0]?.date ?? null,
    dates,
    transactionCodes: transactionCodes(filing),
    securityTitles: [
      ...new Set(
        allRows(filing)
          .map((row) => row.securityTitle)
          .filter(Boolean),
      ),
    ],
    rowCount: TABLE_KEYS.reduce((sum, key) => sum + filing[key].length, 0),
    warningCount: filing.warnings.length,
  };
}

function allRows(filing: Filing): (NonDerivativeRow | DerivativeRow)[] {
  return TABLE_KEYS.flatMap((key): (NonDerivativeRow | DerivativeRow)[] => filing[key]);
}

function earliestTransactionDate(filing: Filing): string | null {
  let earliest: string | null = null;
  for (const row of allRows(filing)) {
    if (row.transactionDate && (earliest === null || row.transactionDate < earliest))
      earliest = row.transactionDate;
  }
  return earliest;
}

function reportedDates(filing: Filing): string[] {
  const dates = new Set<string>();
  if (filing.periodOfReport) dates.add(filing.periodOfReport);
  for (const row of allRows(filing)) if (row.transactionDate) dates.add(row.transactionDate);
  return [...dates].sort();
}

function transactionCodes(filing: Filing): string[] {
  const codes = new Set<string>();
  for (const row of allRows(filing)) if (row.transactionCode) codes.add(row.transactionCode);
  return [...codes].sort();
}
