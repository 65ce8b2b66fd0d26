/**
 * The contract bounds sizes (restore.ts FILING_LIMITS) so that a stored or
 * shared filing stays cheap to show. A Filing read from XML must fit them
 * too, or it could be shown once and then refused when stored or shared.
 * No real filing comes near them: more entries than a list allows means a
 * damaged or hand-made file and is refused; an over-long text is cut and
 * the cut is named in a warning.
 */
import { ParseFailure } from '../errors';
import { TABLE_KEYS, type Filing, type Warning } from '../filing';
import { FILING_LIMITS } from '../restore';

function checkListSize(count: number, limit: number, what: string): void {
  if (count <= limit) return;
  throw new ParseFailure(
    'too-large',
    `This ownership XML has ${count.toLocaleString('en-US')} ${what}, more than the ` +
      `${limit.toLocaleString('en-US')} this app reads. No real filing has that many; the file is damaged or was not made by EDGAR.`,
  );
}

function checkListSizes(filing: Filing): void {
  checkListSize(filing.reportingOwners.length, FILING_LIMITS.reportingOwners, 'reporting owners');
  for (const table of TABLE_KEYS)
    checkListSize(filing[table].length, FILING_LIMITS.rowsPerTable, `rows in ${table}`);
  checkListSize(filing.footnotes.length, FILING_LIMITS.footnotes, 'footnotes');
  checkListSize(filing.signatures.length, FILING_LIMITS.signatures, 'signatures');
}

/** The first `limit` UTF-16 units, without splitting a surrogate pair. */
function cut(text: string, limit: number): string {
  const end = /[\uD800-\uDBFF]/.test(text.charAt(limit - 1)) ? limit - 1 : limit;
  return text.slice(0, end);
}

/** Cuts every text field of `object` to `limit`, adding a warning per cut to `cuts`. */
function cutTexts(object: object, path: string, limit: number, cuts: Warning[]): void {
  // Contract objects are plain records; their text fields are the string-valued ones.
  const fields = object as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value !== 'string' || value.length <= limit) continue;
    fields[key] = cut(value, limit);
    cuts.push({
      code: 'xml-text-too-long',
      message:
        `This text is ${value.length.toLocaleString('en-US')} characters long; only the first ` +
        `${limit.toLocaleString('en-US')} are kept. Read the rest on the filing.`,
      path: path === '' ? key : `${path}.${key}`,
    });
  }
}

function cutFootnoteRefs(refs: Record<string, string[]>, path: string, cuts: Warning[]): void {
  const limit = FILING_LIMITS.refsPerField;
  for (const [field, ids] of Object.entries(refs)) {
    if (ids.length <= limit) continue;
    refs[field] = ids.slice(0, limit);
    cuts.push({
      code: 'xml-too-many-footnote-refs',
      message: `This cell refers to ${ids.length} footnotes; only the first ${limit} are kept.`,
      path: `${path}.${field}`,
    });
  }
}

function cutAllTexts(filing: Filing, cuts: Warning[]): void {
  const { shortText, longText } = FILING_LIMITS;
  cutTexts(filing.issuer, 'issuer', shortText, cuts);
  filing.reportingOwners.forEach((owner, i) => cutTexts(owner, `reportingOwners[${i}]`, shortText, cuts));
  for (const table of TABLE_KEYS) {
    filing[table].forEach((row, i) => {
      cutTexts(row, `${table}[${i}]`, shortText, cuts);
      cutFootnoteRefs(row.footnotes, `${table}[${i}].footnotes`, cuts);
    });
  }
  filing.footnotes.forEach((footnote, i) => cutTexts(footnote, `footnotes[${i}]`, longText, cuts));
  filing.signatures.forEach((signature, i) => cutTexts(signature, `signatures[${i}]`, shortText, cuts));
  cutTexts(filing, '', longText, cuts);
}

/** Warnings quote what the file says, so a hostile file could make them long or many. */
function fitWarnings(warnings: Warning[]): void {
  for (const warning of warnings) {
    if (warning.message.length > FILING_LIMITS.longText)
      warning.message = cut(warning.message, FILING_LIMITS.longText);
  }
  const limit = FILING_LIMITS.warnings;
  if (warnings.length <= limit) return;
  const leftOut = warnings.length - (limit - 1);
  warnings.splice(limit - 1);
  warnings.push({
    code: 'xml-too-many-warnings',
    message: `${leftOut.toLocaleString('en-US')} more warnings about this file are not listed.`,
    path: null,
  });
}

/** Makes the Filing fit the contract's size limits (cuts, with warnings), or refuses it as too large. */
export function fitContractLimits(filing: Filing): void {
  checkListSizes(filing);
  const cuts: Warning[] = [];
  cutAllTexts(filing, cuts);
  for (const warning of cuts) filing.warnings.push(warning);
  fitWarnings(filing.warnings);
}
