/**
 * The contract's field order (../shared/docs/filing-json.md), one list per
 * object, for everything that walks a Filing field by field: the JSON export
 * writes keys in this order, restoreFiling reads footnote references by it.
 * The compiler checks that each list names every field of its type, so a
 * field added to filing.ts cannot be forgotten here.
 */
import type {
  DerivativeRow,
  Filing,
  Footnote,
  Issuer,
  NonDerivativeRow,
  ReportingOwner,
  Signature,
  Warning,
} from './filing';

/** Returns `list` unchanged; a list that leaves out a field of T does not compile. */
const everyFieldOf =
  <T>() =>
  <const L extends readonly (keyof T & string)[]>(
    list: L &
      ([Exclude<keyof T, L[number]>] extends [never] ? unknown : { missing: Exclude<keyof T, L[number]> }),
  ): L =>
    list;

export const FILING_FIELDS = everyFieldOf<Filing>()([
  'schemaVersion',
  'documentType',
  'periodOfReport',
  'dateOfOriginalSubmission',
  'notSubjectToSection16',
  'aff10b5One',
  'noSecuritiesOwned',
  'issuer',
  'reportingOwners',
  'nonDerivativeTransactions',
  'nonDerivativeHoldings',
  'derivativeTransactions',
  'derivativeHoldings',
  'footnotes',
  'remarks',
  'signatures',
  'warnings',
]);

export const ISSUER_FIELDS = everyFieldOf<Issuer>()(['name', 'tradingSymbol', 'cik']);

export const OWNER_FIELDS = everyFieldOf<ReportingOwner>()([
  'name',
  'street1',
  'street2',
  'city',
  'state',
  'zip',
  'isDirector',
  'isOfficer',
  'isTenPercentOwner',
  'isOther',
  'officerTitle',
  'otherText',
  'cik',
]);

/** Table I row fields; `footnotes` last, as the contract lists it. */
export const NON_DERIVATIVE_FIELDS = everyFieldOf<NonDerivativeRow>()([
  'securityTitle',
  'transactionDate',
  'deemedExecutionDate',
  'transactionCode',
  'voluntarilyReported',
  'shares',
  'acquiredDisposedCode',
  'pricePerShare',
  'sharesOwnedFollowingTransaction',
  'valueOwnedFollowingTransaction',
  'directOrIndirectOwnership',
  'natureOfOwnership',
  'footnotes',
]);

/** Table II row fields; `footnotes` last, as the contract lists it. */
export const DERIVATIVE_FIELDS = everyFieldOf<DerivativeRow>()([
  'securityTitle',
  'conversionOrExercisePrice',
  'transactionDate',
  'deemedExecutionDate',
  'transactionCode',
  'voluntarilyReported',
  'shares',
  'acquiredDisposedCode',
  'exerciseDate',
  'expirationDate',
  'underlyingSecurityTitle',
  'underlyingSecurityShares',
  'pricePerShare',
  'sharesOwnedFollowingTransaction',
  'directOrIndirectOwnership',
  'natureOfOwnership',
  'footnotes',
]);

export const FOOTNOTE_FIELDS = everyFieldOf<Footnote>()(['id', 'text']);
export const SIGNATURE_FIELDS = everyFieldOf<Signature>()(['name', 'date']);
export const WARNING_FIELDS = everyFieldOf<Warning>()(['code', 'message', 'path']);

/** The fields of a row that carry a value, and so may carry footnote references. */
export function valueFields<F extends string>(fields: readonly F[]): Exclude<F, 'footnotes'>[] {
  return fields.filter((f): f is Exclude<F, 'footnotes'> => f !== 'footnotes');
}

/** A footnote id as the contract and EDGAR write it: "F1" to "F9999". */
export const FOOTNOTE_ID = /^F[1-9][0-9]{0,3}$/;
