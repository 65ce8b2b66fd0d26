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
const TRANSACTION_CODE = /^[A-Z]$/;
const FILE_TYPES: readonly string[] = ['pdf', 'xml'];

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

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;
const isCount = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
const isDate = (value: unknown): value is string => typeof value === 'string' && isIsoDate(value);

function isList<T>(value: unknown, max: number, isItem: (item: unknown) => item is T): value is T[] {
  return Array.isArray(value) && value.length <= max && value.every(isItem);
}

/** The summary a stored entry describes, or null when any field is missing or wrong. */
export function decodeSummary(value: unknown): RecordSummary | null {
  if (!Array.isArray(value) || value.length !== FIELD_COUNT) return null;
  const [id, fileName, fileType, byteLength, addedAt, documentType, issuerName, ticker] = value as unknown[];
  const [ownerNames, filingDate, dates, transactionCodes, securityTitles, rowCount, warningCount] = (
    value as unknown[]
  ).slice(8);
  const valid =
    typeof id === 'string' &&
    HEX_SHA256.test(id) &&
    isText(fileName, MAX_FILE_NAME_LENGTH) &&
    FILE_TYPES.includes(fileType as string) &&
    typeof byteLength === 'number' &&
    Number.isInteger(byteLength) &&
    byteLength > 0 &&
    typeof addedAt === 'string' &&
    ISO_INSTANT.test(addedAt) &&
    DOCUMENT_TYPES.includes(documentType as DocumentType) &&
    isText(issuerName, LIMITS.text) &&
    (ticker === null || isText(ticker, LIMITS.text)) &&
    isList(ownerNames, LIMITS.owners, (name) => isText(name, LIMITS.text)) &&
    (filingDate === null || isDate(filingDate)) &&
    isList(dates, LIMITS.dates, isDate) &&
    isList(
      transactionCodes,
      26,
      (code): code is string => typeof code === 'string' && TRANSACTION_CODE.test(code),
    ) &&
    isList(securityTitles, LIMITS.titles, (title) => isText(title, LIMITS.text)) &&
    isCount(rowCount, LIMITS.count) &&
    isCount(warningCount, LIMITS.count);
  if (!valid) return null;
  return {
    id,
    fileName,
    fileType: fileType as FileType,
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
