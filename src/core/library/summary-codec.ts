/**
 * One record summary as stored: a flat list of its fields in a fixed order
 * (no field names: ten thousand of them are read on every open, and the names
 * were 40 % of the bytes). Read back it is untrusted like any stored value:
 * every field is checked, and an entry that fails is dropped (the library
 * rebuilds it from its record), never shown half-right.
 */
import { DOCUMENT_TYPES, type DocumentType } from '../filing';
import { MAX_FILE_NAME_LENGTH, type FileType } from './record';
import type { RecordSummary } from './summary';
import { isIsoDate } from './untrusted';

export type StoredSummary = [
  id: string,
  fileName: string,
  fileType: FileType,
  byteLength: number,
  addedAt: string,
  documentType: DocumentType,
  issuerName: string,
  ticker: string | null,
  ownerNames: string[],
  filingDate: string | null,
  dates: string[],
  transactionCodes: string[],
  securityTitles: string[],
  rowCount: number,
  warningCount: number,
];

const FIELD_COUNT = 15;
/** Bounds no real filing comes near (restoreFiling's own limits), so a hostile entry stays small. */
const LIMITS = { text: 1_000, owners: 100, dates: 20_000, titles: 20_000, count: 40_000 } as const;
const HEX_SHA256 = /^[0-9a-f]{64}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const MAX_FILE_BYTES = 2 ** 31;

export function encodeSummary(s: RecordSummary): StoredSummary {
  return [
    s.id,
    s.fileName,
    s.fileType,
    s.byteLength,
    s.addedAt,
    s.documentType,
    s.issuerName,
    s.ticker,
    s.ownerNames,
    s.filingDate,
    s.dates,
    s.transactionCodes,
    s.securityTitles,
    s.rowCount,
    s.warningCount,
  ];
}

const textAt = (row: unknown, index: number): string => {
  const value = Array.isArray(row) ? (row[index] as unknown) : undefined;
  return typeof value === 'string' ? value : '';
};

/**
 * Stored rows in the list's first order (search.ts latestFilingFirst: latest filing date first,
 * undated last, then newest added, then id), so that a listing read from the shards is a few sorted
 * runs and sorts in one pass. Works on unchecked rows: a damaged one just sorts somewhere.
 */
export function compareStoredRows(a: unknown, b: unknown): number {
  const [da, db] = [textAt(a, 9), textAt(b, 9)];
  if (da !== db) {
    if (!da) return 1;
    if (!db) return -1;
    return da > db ? -1 : 1;
  }
  const [aa, ab] = [textAt(a, 4), textAt(b, 4)];
  if (aa !== ab) return aa > ab ? -1 : 1;
  const [ia, ib] = [textAt(a, 0), textAt(b, 0)];
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;
const isCount = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;

/**
 * Checks shared by every summary read in one go. Ten thousand filings report a few thousand
 * distinct dates, so each date is checked once, not once per filing that reports it.
 */
export class SummaryDecoder {
  private readonly validDates = new Map<string, boolean>();

  private isDate(value: unknown): value is string {
    if (typeof value !== 'string') return false;
    let valid = this.validDates.get(value);
    if (valid === undefined) this.validDates.set(value, (valid = isIsoDate(value)));
    return valid;
  }

  private isDateList(value: unknown): value is string[] {
    if (!Array.isArray(value) || value.length > LIMITS.dates) return false;
    for (let i = 0; i < value.length; i++) if (!this.isDate(value[i])) return false;
    return true;
  }

  /** The summary a stored entry describes, or null when any field is missing or wrong. */
  decode(value: unknown): RecordSummary | null {
    if (!Array.isArray(value) || value.length !== FIELD_COUNT) return null;
    // Indexed reads, not destructuring: this runs ten thousand times while the page opens, mostly
    // before the engine has optimised it, and destructuring goes through the iterator protocol.
    const row = value as unknown[];
    const id = row[0];
    const fileName = row[1];
    const fileType = row[2];
    const byteLength = row[3];
    const addedAt = row[4];
    const documentType = row[5];
    const issuerName = row[6];
    const ticker = row[7];
    const ownerNames = row[8];
    const filingDate = row[9];
    const dates = row[10];
    const transactionCodes = row[11];
    const securityTitles = row[12];
    const rowCount = row[13];
    const warningCount = row[14];
    const valid =
      typeof id === 'string' &&
      HEX_SHA256.test(id) &&
      isText(fileName, MAX_FILE_NAME_LENGTH) &&
      (fileType === 'pdf' || fileType === 'xml') &&
      isCount(byteLength, MAX_FILE_BYTES) &&
      byteLength > 0 &&
      typeof addedAt === 'string' &&
      ISO_INSTANT.test(addedAt) &&
      DOCUMENT_TYPES.includes(documentType as DocumentType) &&
      isText(issuerName, LIMITS.text) &&
      (ticker === null || isText(ticker, LIMITS.text)) &&
      isTextList(ownerNames, LIMITS.owners) &&
      (filingDate === null || this.isDate(filingDate)) &&
      this.isDateList(dates) &&
      isCodeList(transactionCodes) &&
      isTextList(securityTitles, LIMITS.titles) &&
      isCount(rowCount, LIMITS.count) &&
      isCount(warningCount, LIMITS.count);
    if (!valid) return null;
    return {
      id,
      fileName,
      fileType,
      byteLength,
      addedAt,
      documentType: documentType as DocumentType,
      issuerName,
      ticker,
      ownerNames,
      filingDate,
      dates,
      transactionCodes,
      securityTitles,
      rowCount,
      warningCount,
    };
  }
}

// Indexed loops: for-of goes through the iterator protocol, slow before the engine optimises.
function isTextList(value: unknown, max: number): value is string[] {
  if (!Array.isArray(value) || value.length > max) return false;
  for (let i = 0; i < value.length; i++) if (!isText(value[i], LIMITS.text)) return false;
  return true;
}

function isCodeList(value: unknown): value is string[] {
  if (!Array.isArray(value) || value.length > 26) return false;
  for (let i = 0; i < value.length; i++) {
    const code: unknown = value[i];
    if (typeof code !== 'string' || code.length !== 1 || code < 'A' || code > 'Z') return false;
  }
  return true;
}

/** One entry on its own (see SummaryDecoder for many). */
export function decodeSummary(value: unknown): RecordSummary | null {
  return new SummaryDecoder().decode(value);
}
