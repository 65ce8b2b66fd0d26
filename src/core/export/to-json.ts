/**
 * Filing → the contract's JSON (../shared/docs/filing-json.md), pretty-printed
 * with fields in the contract's order whatever order the object was built in,
 * so two exports of the same filing are byte-identical. Fields a producer
 * added beyond the contract are kept, after the contract's own.
 */
import type { Filing } from '../filing';
import {
  DERIVATIVE_FIELDS,
  FILING_FIELDS,
  FOOTNOTE_FIELDS,
  ISSUER_FIELDS,
  NON_DERIVATIVE_FIELDS,
  OWNER_FIELDS,
  SIGNATURE_FIELDS,
  WARNING_FIELDS,
} from '../filing-fields';

type Json = Record<string, unknown>;

function ordered(source: object, keys: readonly string[]): Json {
  const record = source as Json;
  const out: Json = {};
  for (const key of keys) if (key in record) out[key] = record[key];
  for (const key of Object.keys(record)) if (!(key in out)) out[key] = record[key];
  return out;
}

function canonical(filing: Filing): Json {
  const top = ordered(filing, FILING_FIELDS);
  top.issuer = ordered(filing.issuer, ISSUER_FIELDS);
  top.reportingOwners = filing.reportingOwners.map((owner) => ordered(owner, OWNER_FIELDS));
  top.nonDerivativeTransactions = filing.nonDerivativeTransactions.map((row) =>
    ordered(row, NON_DERIVATIVE_FIELDS),
  );
  top.nonDerivativeHoldings = filing.nonDerivativeHoldings.map((row) => ordered(row, NON_DERIVATIVE_FIELDS));
  top.derivativeTransactions = filing.derivativeTransactions.map((row) => ordered(row, DERIVATIVE_FIELDS));
  top.derivativeHoldings = filing.derivativeHoldings.map((row) => ordered(row, DERIVATIVE_FIELDS));
  top.footnotes = filing.footnotes.map((footnote) => ordered(footnote, FOOTNOTE_FIELDS));
  top.signatures = filing.signatures.map((signature) => ordered(signature, SIGNATURE_FIELDS));
  top.warnings = filing.warnings.map((warning) => ordered(warning, WARNING_FIELDS));
  return top;
}

export function toJson(filing: Filing): string {
  return JSON.stringify(canonical(filing), null, 2) + '\n';
}
