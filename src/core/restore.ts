/**
 * Validation of an untrusted Filing (share link, stored record, backup),
 * after Excalidraw's restore.ts: every field is checked against the contract
 * (../shared/docs/filing-json.md), missing optional fields get their default
 * with a note, unknown fields are dropped, and sizes are capped so a hostile
 * payload cannot make the view allocate without bound. Never throws.
 */
import {
  DOCUMENT_TYPES,
  FILING_SCHEMA_VERSION,
  type AcquiredDisposed,
  type DerivativeRow,
  type DirectIndirect,
  type DocumentType,
  type Filing,
  type Footnote,
  type FootnoteRefs,
  type Issuer,
  type NonDerivativeRow,
  type ReportingOwner,
  type Signature,
  type Warning,
} from './filing';
import { DERIVATIVE_FIELDS, FOOTNOTE_ID, NON_DERIVATIVE_FIELDS, valueFields } from './filing-fields';
import {
  FieldReader,
  InvalidData,
  describeType,
  joinPath,
  ownValue,
  type PlainObject,
} from './library/untrusted';

export type RestoreErrorCode = 'invalid-filing' | 'newer-version';

export interface RestoreError {
  code: RestoreErrorCode;
  message: string;
  /** Field path of the first problem ("nonDerivativeTransactions[2].shares"), when there is one. */
  path: string | null;
}

export type RestoreResult =
  { ok: true; filing: Filing; repaired: string[] } | { ok: false; error: RestoreError };

/** Generous for any real filing, small enough that a hostile one stays cheap to show. */
export const FILING_LIMITS = {
  shortText: 1_000,
  longText: 50_000,
  reportingOwners: 100,
  rowsPerTable: 5_000,
  footnotes: 2_000,
  signatures: 100,
  warnings: 10_000,
  refsPerField: 100,
} as const;

const TRANSACTION_CODE = /^[A-Z]$/;
const ACQUIRED_DISPOSED: readonly AcquiredDisposed[] = ['A', 'D'];
const DIRECT_INDIRECT: readonly DirectIndirect[] = ['D', 'I'];

/** Fields whose footnote references are read: every value field, in contract order. */
const NON_DERIVATIVE_REF_FIELDS = valueFields(NON_DERIVATIVE_FIELDS);
const DERIVATIVE_REF_FIELDS = valueFields(DERIVATIVE_FIELDS);

export function restoreFiling(input: unknown): RestoreResult {
  const reader = new FieldReader();
  try {
    const raw = reader.object(input, '');
    const versionProblem = checkSchemaVersion(raw);
    if (versionProblem) return { ok: false, error: versionProblem };
    return { ok: true, filing: readFiling(reader, raw), repaired: reader.repaired };
  } catch (err) {
    return { ok: false, error: toRestoreError(err) };
  }
}

function toRestoreError(err: unknown): RestoreError {
  if (err instanceof InvalidData) {
    return {
      code: 'invalid-filing',
      message: `This filing data is not valid: ${err.message}.`,
      path: err.path || null,
    };
  }
  // Only a hostile object (a throwing getter, a revoked proxy) gets here.
  const detail = err instanceof Error ? err.message : String(err);
  return { code: 'invalid-filing', message: `This filing data could not be read (${detail}).`, path: null };
}

function checkSchemaVersion(raw: PlainObject): RestoreError | null {
  const version = ownValue(raw, 'schemaVersion');
  if (version === FILING_SCHEMA_VERSION) return null;
  if (typeof version === 'number' && Number.isInteger(version) && version > FILING_SCHEMA_VERSION) {
    return {
      code: 'newer-version',
      message:
        `This filing was made by a newer version of this app (filing format ${version}; this version reads ` +
        `format ${FILING_SCHEMA_VERSION}). Reload the page to update the app, then open it again.`,
      path: 'schemaVersion',
    };
  }
  const found = version === undefined ? 'it is missing' : `found ${describeType(version)} ${String(version)}`;
  return {
    code: 'invalid-filing',
    message: `This is not filing data this app understands: schemaVersion should be ${FILING_SCHEMA_VERSION}, ${found}.`,
    path: 'schemaVersion',
  };
}

function readFiling(reader: FieldReader, raw: PlainObject): Filing {
  const limits = FILING_LIMITS;
  return {
    schemaVersion: FILING_SCHEMA_VERSION,
    documentType: readDocumentType(raw),
    periodOfReport: reader.nullableDate(raw, 'periodOfReport', ''),
    dateOfOriginalSubmission: reader.nullableDate(raw, 'dateOfOriginalSubmission', ''),
    notSubjectToSection16: reader.nullableBoolean(raw, 'notSubjectToSection16', ''),
    aff10b5One: reader.nullableBoolean(raw, 'aff10b5One', ''),
    noSecuritiesOwned: reader.nullableBoolean(raw, 'noSecuritiesOwned', ''),
    issuer: readIssuer(reader, raw),
    reportingOwners: reader.list(raw, 'reportingOwners', '', limits.reportingOwners, (item, path) =>
      readOwner(reader, item, path),
    ),
    nonDerivativeTransactions: readNonDerivativeTable(reader, raw, 'nonDerivativeTransactions'),
    nonDerivativeHoldings: readNonDerivativeTable(reader, raw, 'nonDerivativeHoldings'),
    derivativeTransactions: readDerivativeTable(reader, raw, 'derivativeTransactions'),
    derivativeHoldings: readDerivativeTable(reader, raw, 'derivativeHoldings'),
    footnotes: reader.list(raw, 'footnotes', '', limits.footnotes, (item, path) =>
      readFootnote(reader, item, path),
    ),
    remarks: reader.nullableText(raw, 'remarks', '', limits.longText),
    signatures: reader.list(raw, 'signatures', '', limits.signatures, (item, path) =>
      readSignature(reader, item, path),
    ),
    warnings: reader.list(raw, 'warnings', '', limits.warnings, (item, path) =>
      readWarning(reader, item, path),
    ),
  };
}

function readDocumentType(raw: PlainObject): DocumentType {
  const value = ownValue(raw, 'documentType');
  const known = DOCUMENT_TYPES.find((type) => type === value);
  if (known) return known;
  const found = value === undefined ? 'it is missing' : `found ${describeType(value)}`;
  throw new InvalidData('documentType', `should be one of ${DOCUMENT_TYPES.join(', ')}; ${found}`);
}

function readIssuer(reader: FieldReader, raw: PlainObject): Issuer {
  const issuer = reader.object(ownValue(raw, 'issuer'), 'issuer');
  const short = FILING_LIMITS.shortText;
  return {
    name: reader.text(issuer, 'name', 'issuer', short, ''),
    tradingSymbol: reader.nullableText(issuer, 'tradingSymbol', 'issuer', short),
    cik: reader.nullableText(issuer, 'cik', 'issuer', short),
  };
}

function readOwner(reader: FieldReader, item: unknown, path: string): ReportingOwner {
  const owner = reader.object(item, path);
  const short = FILING_LIMITS.shortText;
  const text = (key: string) => reader.nullableText(owner, key, path, short);
  return {
    name: reader.text(owner, 'name', path, short, ''),
    street1: text('street1'),
    street2: text('street2'),
    city: text('city'),
    state: text('state'),
    zip: text('zip'),
    isDirector: reader.boolean(owner, 'isDirector', path, false),
    isOfficer: reader.boolean(owner, 'isOfficer', path, false),
    isTenPercentOwner: reader.boolean(owner, 'isTenPercentOwner', path, false),
    isOther: reader.boolean(owner, 'isOther', path, false),
    officerTitle: text('officerTitle'),
    otherText: text('otherText'),
    cik: text('cik'),
  };
}

/** The fields both tables share, read in one place so their rules cannot drift apart. */
function readCommonRowFields(reader: FieldReader, row: PlainObject, path: string) {
  const short = FILING_LIMITS.shortText;
  return {
    securityTitle: reader.text(row, 'securityTitle', path, short, ''),
    transactionDate: reader.nullableDate(row, 'transactionDate', path),
    deemedExecutionDate: reader.nullableDate(row, 'deemedExecutionDate', path),
    transactionCode: reader.nullablePattern(
      row,
      'transactionCode',
      path,
      TRANSACTION_CODE,
      'one capital letter',
    ),
    voluntarilyReported: reader.nullableBoolean(row, 'voluntarilyReported', path),
    shares: reader.nullableNumber(row, 'shares', path),
    acquiredDisposedCode: reader.nullableEnum(row, 'acquiredDisposedCode', path, ACQUIRED_DISPOSED),
    pricePerShare: reader.nullableNumber(row, 'pricePerShare', path),
    sharesOwnedFollowingTransaction: reader.nullableNumber(row, 'sharesOwnedFollowingTransaction', path),
    directOrIndirectOwnership: reader.nullableEnum(row, 'directOrIndirectOwnership', path, DIRECT_INDIRECT),
    natureOfOwnership: reader.nullableText(row, 'natureOfOwnership', path, short),
  };
}

function readNonDerivativeTable(reader: FieldReader, raw: PlainObject, key: string): NonDerivativeRow[] {
  return reader.list(raw, key, '', FILING_LIMITS.rowsPerTable, (item, path) => {
    const row = reader.object(item, path);
    return {
      ...readCommonRowFields(reader, row, path),
      valueOwnedFollowingTransaction: reader.nullableNumber(row, 'valueOwnedFollowingTransaction', path),
      footnotes: readFootnoteRefs(reader, row, path, NON_DERIVATIVE_REF_FIELDS),
    };
  });
}

function readDerivativeTable(reader: FieldReader, raw: PlainObject, key: string): DerivativeRow[] {
  const short = FILING_LIMITS.shortText;
  return reader.list(raw, key, '', FILING_LIMITS.rowsPerTable, (item, path) => {
    const row = reader.object(item, path);
    return {
      ...readCommonRowFields(reader, row, path),
      conversionOrExercisePrice: reader.nullableNumber(row, 'conversionOrExercisePrice', path),
      exerciseDate: reader.nullableDate(row, 'exerciseDate', path),
      expirationDate: reader.nullableDate(row, 'expirationDate', path),
      underlyingSecurityTitle: reader.nullableText(row, 'underlyingSecurityTitle', path, short),
      underlyingSecurityShares: reader.nullableNumber(row, 'underlyingSecurityShares', path),
      footnotes: readFootnoteRefs(reader, row, path, DERIVATIVE_REF_FIELDS),
    };
  });
}

/**
 * Only the row's own field names are read, in contract order: refs under
 * names we do not know are ignored like any unknown field, and keys such as
 * "__proto__" are never copied.
 */
function readFootnoteRefs(
  reader: FieldReader,
  row: PlainObject,
  rowPath: string,
  fields: readonly string[],
): FootnoteRefs {
  const path = joinPath(rowPath, 'footnotes');
  if (!reader.has(row, 'footnotes')) {
    reader.noteDefault(path, 'no footnote references');
    return {};
  }
  const refs = reader.object(row.footnotes, path);
  const result: FootnoteRefs = {};
  for (const field of fields) {
    if (!reader.has(refs, field)) continue;
    result[field] = readFootnoteIdList(refs[field], joinPath(path, field));
  }
  return result;
}

function readFootnoteIdList(value: unknown, path: string): string[] {
  if (!Array.isArray(value))
    throw new InvalidData(path, `should be a list of footnote ids, found ${describeType(value)}`);
  if (value.length > FILING_LIMITS.refsPerField) {
    throw new InvalidData(path, `has ${value.length} footnote ids, more than ${FILING_LIMITS.refsPerField}`);
  }
  return value.map((id, i) => {
    if (typeof id !== 'string' || !FOOTNOTE_ID.test(id)) {
      throw new InvalidData(
        joinPath(path, i),
        `should be a footnote id like "F1", found ${describeType(id)}`,
      );
    }
    return id;
  });
}

function readFootnote(reader: FieldReader, item: unknown, path: string): Footnote {
  const footnote = reader.object(item, path);
  const id = reader.text(footnote, 'id', path, FILING_LIMITS.shortText);
  if (!FOOTNOTE_ID.test(id)) throw new InvalidData(joinPath(path, 'id'), `should be a footnote id like "F1"`);
  return { id, text: reader.text(footnote, 'text', path, FILING_LIMITS.longText, '') };
}

function readSignature(reader: FieldReader, item: unknown, path: string): Signature {
  const signature = reader.object(item, path);
  return {
    name: reader.text(signature, 'name', path, FILING_LIMITS.shortText, ''),
    date: reader.nullableDate(signature, 'date', path),
  };
}

function readWarning(reader: FieldReader, item: unknown, path: string): Warning {
  const warning = reader.object(item, path);
  return {
    code: reader.text(warning, 'code', path, FILING_LIMITS.shortText),
    message: reader.text(warning, 'message', path, FILING_LIMITS.longText, ''),
    path: reader.nullableText(warning, 'path', path, FILING_LIMITS.shortText),
  };
}
