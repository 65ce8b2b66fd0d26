/**
 * The interchange contract (../shared/docs/filing-json.md, version 1).
 * Every input ends in a Filing and every output starts from one. Field names
 * follow the SEC's ownership XML so an XML filing converts field by field.
 */

export const FILING_SCHEMA_VERSION = 1 as const;

export type DocumentType = '3' | '3/A' | '4' | '4/A' | '5' | '5/A';
export const DOCUMENT_TYPES: readonly DocumentType[] = ['3', '3/A', '4', '4/A', '5', '5/A'];

/** "YYYY-MM-DD" */
export type IsoDate = string;

export type AcquiredDisposed = 'A' | 'D';
export type DirectIndirect = 'D' | 'I';

/** Field name of a row → footnote ids ("F1", "F2", …) on that cell. */
export type FootnoteRefs = Record<string, string[]>;

export interface Issuer {
  name: string;
  tradingSymbol: string | null;
  cik: string | null;
}

export interface ReportingOwner {
  name: string;
  street1: string | null;
  street2: string | null;
  city: string | null;
  state: string | null;
  zip: string | null;
  isDirector: boolean;
  isOfficer: boolean;
  isTenPercentOwner: boolean;
  isOther: boolean;
  officerTitle: string | null;
  otherText: string | null;
  cik: string | null;
}

export interface NonDerivativeRow {
  securityTitle: string;
  transactionDate: IsoDate | null;
  deemedExecutionDate: IsoDate | null;
  transactionCode: string | null;
  voluntarilyReported: boolean | null;
  shares: number | null;
  acquiredDisposedCode: AcquiredDisposed | null;
  pricePerShare: number | null;
  sharesOwnedFollowingTransaction: number | null;
  valueOwnedFollowingTransaction: number | null;
  directOrIndirectOwnership: DirectIndirect | null;
  natureOfOwnership: string | null;
  footnotes: FootnoteRefs;
}

export interface DerivativeRow {
  securityTitle: string;
  conversionOrExercisePrice: number | null;
  transactionDate: IsoDate | null;
  deemedExecutionDate: IsoDate | null;
  transactionCode: string | null;
  voluntarilyReported: boolean | null;
  shares: number | null;
  acquiredDisposedCode: AcquiredDisposed | null;
  exerciseDate: IsoDate | null;
  expirationDate: IsoDate | null;
  underlyingSecurityTitle: string | null;
  underlyingSecurityShares: number | null;
  pricePerShare: number | null;
  sharesOwnedFollowingTransaction: number | null;
  directOrIndirectOwnership: DirectIndirect | null;
  natureOfOwnership: string | null;
  footnotes: FootnoteRefs;
}

export interface Footnote {
  id: string;
  text: string;
}

export interface Signature {
  name: string;
  date: IsoDate | null;
}

export interface Warning {
  /** Stable machine-readable code, e.g. "owned-after-chain", "unknown-footnote". */
  code: string;
  message: string;
  /** Field path the warning is about, e.g. "nonDerivativeTransactions[2].shares". */
  path: string | null;
}

export interface Filing {
  schemaVersion: typeof FILING_SCHEMA_VERSION;
  documentType: DocumentType;
  periodOfReport: IsoDate | null;
  dateOfOriginalSubmission: IsoDate | null;
  notSubjectToSection16: boolean | null;
  aff10b5One: boolean | null;
  noSecuritiesOwned: boolean | null;
  issuer: Issuer;
  reportingOwners: ReportingOwner[];
  nonDerivativeTransactions: NonDerivativeRow[];
  nonDerivativeHoldings: NonDerivativeRow[];
  derivativeTransactions: DerivativeRow[];
  derivativeHoldings: DerivativeRow[];
  footnotes: Footnote[];
  remarks: string | null;
  signatures: Signature[];
  warnings: Warning[];
}

export type TableKey =
  'nonDerivativeTransactions' | 'nonDerivativeHoldings' | 'derivativeTransactions' | 'derivativeHoldings';

export const TABLE_KEYS: readonly TableKey[] = [
  'nonDerivativeTransactions',
  'nonDerivativeHoldings',
  'derivativeTransactions',
  'derivativeHoldings',
];

export function emptyNonDerivativeRow(securityTitle = ''): NonDerivativeRow {
  return {
    securityTitle,
    transactionDate: null,
    deemedExecutionDate: null,
    transactionCode: null,
    voluntarilyReported: null,
    shares: null,
    acquiredDisposedCode: null,
    pricePerShare: null,
    sharesOwnedFollowingTransaction: null,
    valueOwnedFollowingTransaction: null,
    directOrIndirectOwnership: null,
    natureOfOwnership: null,
    footnotes: {},
  };
}

export function emptyDerivativeRow(securityTitle = ''): DerivativeRow {
  return {
    securityTitle,
    conversionOrExercisePrice: null,
    transactionDate: null,
    deemedExecutionDate: null,
    transactionCode: null,
    voluntarilyReported: null,
    shares: null,
    acquiredDisposedCode: null,
    exerciseDate: null,
    expirationDate: null,
    underlyingSecurityTitle: null,
    underlyingSecurityShares: null,
    pricePerShare: null,
    sharesOwnedFollowingTransaction: null,
    directOrIndirectOwnership: null,
    natureOfOwnership: null,
    footnotes: {},
  };
}

export function emptyReportingOwner(name = ''): ReportingOwner {
  return {
    name,
    street1: null,
    street2: null,
    city: null,
    state: null,
    zip: null,
    isDirector: false,
    isOfficer: false,
    isTenPercentOwner: false,
    isOther: false,
    officerTitle: null,
    otherText: null,
    cik: null,
  };
}

export function emptyFiling(documentType: DocumentType = '4'): Filing {
  return {
    schemaVersion: FILING_SCHEMA_VERSION,
    documentType,
    periodOfReport: null,
    dateOfOriginalSubmission: null,
    notSubjectToSection16: null,
    aff10b5One: null,
    noSecuritiesOwned: null,
    issuer: { name: '', tradingSymbol: null, cik: null },
    reportingOwners: [],
    nonDerivativeTransactions: [],
    nonDerivativeHoldings: [],
    derivativeTransactions: [],
    derivativeHoldings: [],
    footnotes: [],
    remarks: null,
    signatures: [],
    warnings: [],
  };
}
