/**
 * Table I and Table II rows of ownership XML → contract rows. Footnote
 * references are recorded under the contract's field name for the cell they
 * sit on: refs on <transactionCoding> belong to the code cell, refs on
 * <transactionTimeliness> to the V cell. Where the XML gives a dollar value
 * in a column the contract only has a share count for (Table II
 * transactionTotalValue, underlyingSecurityValue, valueOwnedFollowingTransaction),
 * the number goes in that column, as the printed form shows it, with a warning.
 */
import {
  emptyDerivativeRow,
  emptyNonDerivativeRow,
  type AcquiredDisposed,
  type DerivativeRow,
  type DirectIndirect,
  type FootnoteRefs,
  type NonDerivativeRow,
} from '../filing';
import type { XmlElement } from './xml-tree';
import {
  isFootnoteId,
  quoteRaw,
  toChoice,
  toDate,
  toNumber,
  toTransactionCode,
  toVoluntarilyReported,
} from './field-values';
import { elementsWithin, fieldText, firstChild, footnoteIdsOf, warn, type ReadContext } from './xml-fields';

const ACQUIRED_DISPOSED: readonly AcquiredDisposed[] = ['A', 'D'];
const DIRECT_INDIRECT: readonly DirectIndirect[] = ['D', 'I'];

interface RowScope {
  ctx: ReadContext;
  /** Contract path of the row, e.g. "nonDerivativeTransactions[3]". */
  path: string;
  footnotes: FootnoteRefs;
  /** Elements whose footnote refs were recorded under a field. */
  placed: Set<XmlElement>;
}

function newScope(ctx: ReadContext, path: string): RowScope {
  return { ctx, path, footnotes: {}, placed: new Set() };
}

/** Records the element's footnote refs under `field`; an id the contract cannot hold is left out, with a warning. */
function note(scope: RowScope, field: string, element: XmlElement | undefined): void {
  if (element !== undefined) scope.placed.add(element);
  for (const id of footnoteIdsOf(element)) {
    if (!isFootnoteId(id)) {
      warn(
        scope.ctx,
        'xml-bad-footnote-id',
        `Footnote reference ${quoteRaw(id)} on this cell is not an id like F1, F2…; left out.`,
        `${scope.path}.${field}`,
      );
      continue;
    }
    const list = (scope.footnotes[field] ??= []);
    if (!list.includes(id)) list.push(id);
  }
}

function text(scope: RowScope, element: XmlElement | undefined, field: string): string | null {
  note(scope, field, element);
  return fieldText(element);
}

function num(scope: RowScope, element: XmlElement | undefined, field: string): number | null {
  return toNumber(text(scope, element, field), scope.ctx, `${scope.path}.${field}`);
}

function date(scope: RowScope, element: XmlElement | undefined, field: string): string | null {
  return toDate(text(scope, element, field), scope.ctx, `${scope.path}.${field}`);
}

/** A share-count column that may instead carry a dollar value element. */
function sharesOrValue(
  scope: RowScope,
  parent: XmlElement | undefined,
  sharesName: string,
  valueName: string,
  field: string,
): number | null {
  const shares = firstChild(parent, sharesName);
  const value = firstChild(parent, valueName);
  if (value === undefined || (shares !== undefined && fieldText(value) === null)) {
    note(scope, field, value);
    return num(scope, shares, field);
  }
  note(scope, field, shares);
  const amount = num(scope, value, field);
  if (amount !== null) {
    warn(
      scope.ctx,
      'xml-value-not-shares',
      `This cell is a dollar value (<${valueName}>), not a number of shares.`,
      `${scope.path}.${field}`,
    );
  }
  return amount;
}

interface TransactionPart {
  transactionDate: string | null;
  deemedExecutionDate: string | null;
  transactionCode: string | null;
  voluntarilyReported: boolean | null;
  shares: number | null;
  acquiredDisposedCode: AcquiredDisposed | null;
  pricePerShare: number | null;
}

/** The V column: the XML marks a voluntarily (early) reported transaction with timeliness "E". */
function voluntarilyReported(scope: RowScope, row: XmlElement, isTransaction: boolean): boolean | null {
  const timeliness = firstChild(row, 'transactionTimeliness');
  const value = text(scope, timeliness, 'voluntarilyReported');
  if (!isTransaction) return null;
  return toVoluntarilyReported(value, scope.ctx, `${scope.path}.voluntarilyReported`);
}

function readTransactionPart(scope: RowScope, row: XmlElement, isTransaction: boolean): TransactionPart {
  const coding = firstChild(row, 'transactionCoding');
  note(scope, 'transactionCode', coding);
  const amounts = firstChild(row, 'transactionAmounts');
  const adCode = text(scope, firstChild(amounts, 'transactionAcquiredDisposedCode'), 'acquiredDisposedCode');
  return {
    transactionDate: date(scope, firstChild(row, 'transactionDate'), 'transactionDate'),
    deemedExecutionDate: date(scope, firstChild(row, 'deemedExecutionDate'), 'deemedExecutionDate'),
    transactionCode: toTransactionCode(
      text(scope, firstChild(coding, 'transactionCode'), 'transactionCode'),
      scope.ctx,
      `${scope.path}.transactionCode`,
    ),
    voluntarilyReported: voluntarilyReported(scope, row, isTransaction),
    shares: sharesOrValue(scope, amounts, 'transactionShares', 'transactionTotalValue', 'shares'),
    acquiredDisposedCode: toChoice(
      adCode,
      ACQUIRED_DISPOSED,
      scope.ctx,
      `${scope.path}.acquiredDisposedCode`,
    ),
    pricePerShare: num(scope, firstChild(amounts, 'transactionPricePerShare'), 'pricePerShare'),
  };
}

function readOwnershipNature(
  scope: RowScope,
  row: XmlElement,
): { directOrIndirectOwnership: DirectIndirect | null; natureOfOwnership: string | null } {
  const nature = firstChild(row, 'ownershipNature');
  const form = text(scope, firstChild(nature, 'directOrIndirectOwnership'), 'directOrIndirectOwnership');
  return {
    directOrIndirectOwnership: toChoice(
      form,
      DIRECT_INDIRECT,
      scope.ctx,
      `${scope.path}.directOrIndirectOwnership`,
    ),
    natureOfOwnership: text(scope, firstChild(nature, 'natureOfOwnership'), 'natureOfOwnership'),
  };
}

/**
 * Footnote refs on an element no column reads (a container such as
 * <ownershipNature>, or an element of a later schema) would otherwise vanish:
 * say where they are so the reader checks them by eye.
 */
function warnUnplacedFootnotes(scope: RowScope, row: XmlElement): void {
  for (const element of elementsWithin(row)) {
    if (scope.placed.has(element)) continue;
    const ids = footnoteIdsOf(element);
    if (ids.length === 0) continue;
    warn(
      scope.ctx,
      'xml-unplaced-footnote',
      `Footnote ${ids.join(', ')} is attached to <${element.name}>, which has no column of its own here.`,
      scope.path,
    );
  }
}

function securityTitle(scope: RowScope, row: XmlElement): string {
  const title = text(scope, firstChild(row, 'securityTitle'), 'securityTitle');
  if (title === null) {
    warn(scope.ctx, 'xml-missing-title', 'This row has no title of security.', `${scope.path}.securityTitle`);
  }
  return title ?? '';
}

export function readNonDerivativeRow(
  ctx: ReadContext,
  row: XmlElement,
  path: string,
  isTransaction: boolean,
): NonDerivativeRow {
  const scope = newScope(ctx, path);
  const result = emptyNonDerivativeRow(securityTitle(scope, row));
  Object.assign(result, readTransactionPart(scope, row, isTransaction));
  const post = firstChild(row, 'postTransactionAmounts');
  result.sharesOwnedFollowingTransaction = num(
    scope,
    firstChild(post, 'sharesOwnedFollowingTransaction'),
    'sharesOwnedFollowingTransaction',
  );
  result.valueOwnedFollowingTransaction = num(
    scope,
    firstChild(post, 'valueOwnedFollowingTransaction'),
    'valueOwnedFollowingTransaction',
  );
  Object.assign(result, readOwnershipNature(scope, row));
  warnUnplacedFootnotes(scope, row);
  result.footnotes = scope.footnotes;
  return result;
}

export function readDerivativeRow(
  ctx: ReadContext,
  row: XmlElement,
  path: string,
  isTransaction: boolean,
): DerivativeRow {
  const scope = newScope(ctx, path);
  const result = emptyDerivativeRow(securityTitle(scope, row));
  result.conversionOrExercisePrice = num(
    scope,
    firstChild(row, 'conversionOrExercisePrice'),
    'conversionOrExercisePrice',
  );
  Object.assign(result, readTransactionPart(scope, row, isTransaction));
  result.exerciseDate = date(scope, firstChild(row, 'exerciseDate'), 'exerciseDate');
  result.expirationDate = date(scope, firstChild(row, 'expirationDate'), 'expirationDate');
  const underlying = firstChild(row, 'underlyingSecurity');
  result.underlyingSecurityTitle = text(
    scope,
    firstChild(underlying, 'underlyingSecurityTitle'),
    'underlyingSecurityTitle',
  );
  result.underlyingSecurityShares = sharesOrValue(
    scope,
    underlying,
    'underlyingSecurityShares',
    'underlyingSecurityValue',
    'underlyingSecurityShares',
  );
  const post = firstChild(row, 'postTransactionAmounts');
  result.sharesOwnedFollowingTransaction = sharesOrValue(
    scope,
    post,
    'sharesOwnedFollowingTransaction',
    'valueOwnedFollowingTransaction',
    'sharesOwnedFollowingTransaction',
  );
  Object.assign(result, readOwnershipNature(scope, row));
  warnUnplacedFootnotes(scope, row);
  result.footnotes = scope.footnotes;
  return result;
}
