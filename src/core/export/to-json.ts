/**
 * Filing → the contract's JSON (../shared/docs/filing-json.md), pretty-printed
 * with fields in the contract's order whatever order the object was built in,
 * so two exports of the same filing are byte-identical. Fields a producer
 * added beyond the contract are kept, after the contract's own.
 */
import type { Filing } from '../filing';

const FILING_KEYS = [
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
];
const ISSUER_KEYS = ['name', 'tradingSymbol', 'cik'];
const OWNER_KEYS = [
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
];
const NON_DERIVATIVE_KEYS = [
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
];
const DERIVATIVE_KEYS = [
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
];

type Json = Record<string, unknown>;

function ordered(source: object, keys: readonly string[]): Json {
  const record = source as Json;
  const out: Json = {};
  for (const key of keys) if (key in record) out[key] = record[key];
  for (const key of Object.keys(record)) if (!(key in out)) out[key] = record[key];
  return out;
}

function canonical(filing: Filing): Json {
  const top = ordered(filing, FILING_KEYS);
  top.issuer = ordered(filing.issuer, ISSUER_KEYS);
  top.reportingOwners = filing.reportingOwners.map((owner) => ordered(owner, OWNER_KEYS));
  top.nonDerivativeTransactions = filing.nonDerivativeTransactions.map((row) =>
    ordered(row, NON_DERIVATIVE_KEYS),
  );
  top.nonDerivativeHoldings = filing.nonDerivativeHoldings.map((row) => ordered(row, NON_DERIVATIVE_KEYS));
  top.derivativeTransactions = filing.derivativeTransactions.map((row) => ordered(row, DERIVATIVE_KEYS));
  top.derivativeHoldings = filing.derivativeHoldings.map((row) => ordered(row, DERIVATIVE_KEYS));
  top.footnotes = filing.footnotes.map((footnote) => ordered(footnote, ['id', 'text']));
  top.signatures = filing.signatures.map((signature) => ordered(signature, ['name', 'date']));
  top.warnings = filing.warnings.map((warning) => ordered(warning, ['code', 'message', 'path']));
  return top;
}

export function toJson(filing: Filing): string {
  return JSON.stringify(canonical(filing), null, 2) + '\n';
}
