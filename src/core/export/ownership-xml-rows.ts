/**
 * Table I and II rows → ownership XML elements, in the X0508 element order.
 * Footnote references go back onto the element the reader takes them from
 * (transactionCode refs onto <transactionCoding>, V-cell refs onto
 * <transactionTimeliness>). A number the reader flagged as a dollar value
 * ("xml-value-not-shares") is written back as the value element it came from.
 */
import type { DerivativeRow, Filing, FootnoteRefs, NonDerivativeRow, TableKey } from '../filing';
import { formatDecimal, type XmlWriter } from './xml-writer';

type AnyRow = NonDerivativeRow | DerivativeRow;

interface RowContext {
  writer: XmlWriter;
  /** Transaction form type for <transactionCoding>: the document's form number. */
  formType: string;
  /** Fields the reader flagged as holding a dollar value rather than shares. */
  valueFields: ReadonlySet<string>;
}

const refs = (footnotes: FootnoteRefs, field: string): string[] => footnotes[field] ?? [];
const decimal = (value: number | null): string | null => (value === null ? null : formatDecimal(value));

function numberField(writer: XmlWriter, name: string, value: number | null, footnoteIds: string[]): void {
  writer.field(name, decimal(value), footnoteIds);
}

/** Shares, or its dollar-value twin when the reader flagged the cell as a value. */
function sharesOrValue(
  ctx: RowContext,
  row: AnyRow,
  field: 'shares' | 'underlyingSecurityShares' | 'sharesOwnedFollowingTransaction',
  names: [shares: string, value: string],
): void {
  const value = (row as unknown as Record<string, number | null>)[field];
  const name = ctx.valueFields.has(field) ? names[1] : names[0];
  numberField(ctx.writer, name, value, refs(row.footnotes, field));
}

function writeCoding(ctx: RowContext, row: AnyRow, isTransaction: boolean): void {
  const codeRefs = refs(row.footnotes, 'transactionCode');
  if (!isTransaction && codeRefs.length === 0) return;
  const { writer } = ctx;
  writer.open('transactionCoding');
  writer.leaf('transactionFormType', isTransaction ? ctx.formType : '3');
  if (isTransaction) {
    writer.leaf('transactionCode', row.transactionCode ?? '');
    writer.leaf('equitySwapInvolved', '0');
  }
  for (const id of codeRefs) writer.emptyWithAttribute('footnoteId', 'id', id);
  writer.close();
  if (!isTransaction) return;
  const timeliness = row.voluntarilyReported === true ? 'E' : null;
  writer.field('transactionTimeliness', timeliness, refs(row.footnotes, 'voluntarilyReported'));
}

function writeTransactionDates(writer: XmlWriter, row: AnyRow): void {
  writer.field('transactionDate', row.transactionDate, refs(row.footnotes, 'transactionDate'));
  writer.field('deemedExecutionDate', row.deemedExecutionDate, refs(row.footnotes, 'deemedExecutionDate'));
}

function writeAmounts(ctx: RowContext, row: AnyRow): void {
  const { writer } = ctx;
  writer.open('transactionAmounts');
  sharesOrValue(ctx, row, 'shares', ['transactionShares', 'transactionTotalValue']);
  numberField(writer, 'transactionPricePerShare', row.pricePerShare, refs(row.footnotes, 'pricePerShare'));
  writer.field(
    'transactionAcquiredDisposedCode',
    row.acquiredDisposedCode,
    refs(row.footnotes, 'acquiredDisposedCode'),
  );
  writer.close();
}

function writeOwnershipNature(writer: XmlWriter, row: AnyRow): void {
  writer.open('ownershipNature');
  writer.field(
    'directOrIndirectOwnership',
    row.directOrIndirectOwnership,
    refs(row.footnotes, 'directOrIndirectOwnership'),
  );
  writer.field('natureOfOwnership', row.natureOfOwnership, refs(row.footnotes, 'natureOfOwnership'));
  writer.close();
}

function writeNonDerivativeRow(ctx: RowContext, row: NonDerivativeRow, isTransaction: boolean): void {
  const { writer } = ctx;
  writer.open(isTransaction ? 'nonDerivativeTransaction' : 'nonDerivativeHolding');
  writer.field('securityTitle', row.securityTitle, refs(row.footnotes, 'securityTitle'));
  if (isTransaction) writeTransactionDates(writer, row);
  writeCoding(ctx, row, isTransaction);
  if (isTransaction) writeAmounts(ctx, row);
  writer.open('postTransactionAmounts');
  numberField(
    writer,
    'sharesOwnedFollowingTransaction',
    row.sharesOwnedFollowingTransaction,
    refs(row.footnotes, 'sharesOwnedFollowingTransaction'),
  );
  numberField(
    writer,
    'valueOwnedFollowingTransaction',
    row.valueOwnedFollowingTransaction,
    refs(row.footnotes, 'valueOwnedFollowingTransaction'),
  );
  writer.close();
  writeOwnershipNature(writer, row);
  writer.close();
}

function writeDerivativeRow(ctx: RowContext, row: DerivativeRow, isTransaction: boolean): void {
  const { writer } = ctx;
  writer.open(isTransaction ? 'derivativeTransaction' : 'derivativeHolding');
  writer.field('securityTitle', row.securityTitle, refs(row.footnotes, 'securityTitle'));
  numberField(
    writer,
    'conversionOrExercisePrice',
    row.conversionOrExercisePrice,
    refs(row.footnotes, 'conversionOrExercisePrice'),
  );
  if (isTransaction) writeTransactionDates(writer, row);
  writeCoding(ctx, row, isTransaction);
  if (isTransaction) writeAmounts(ctx, row);
  writer.field('exerciseDate', row.exerciseDate, refs(row.footnotes, 'exerciseDate'));
  writer.field('expirationDate', row.expirationDate, refs(row.footnotes, 'expirationDate'));
  writer.open('underlyingSecurity');
  writer.field(
    'underlyingSecurityTitle',
    row.underlyingSecurityTitle,
    refs(row.footnotes, 'underlyingSecurityTitle'),
  );
  sharesOrValue(ctx, row, 'underlyingSecurityShares', [
    'underlyingSecurityShares',
    'underlyingSecurityValue',
  ]);
  writer.close();
  writer.open('postTransactionAmounts');
  sharesOrValue(ctx, row, 'sharesOwnedFollowingTransaction', [
    'sharesOwnedFollowingTransaction',
    'valueOwnedFollowingTransaction',
  ]);
  writer.close();
  writeOwnershipNature(writer, row);
  writer.close();
}

function valueFieldsOf(filing: Filing, table: TableKey, index: number): Set<string> {
  const prefix = `${table}[${index}].`;
  const fields = new Set<string>();
  for (const warning of filing.warnings) {
    if (warning.code === 'xml-value-not-shares' && warning.path?.startsWith(prefix)) {
      fields.add(warning.path.slice(prefix.length));
    }
  }
  return fields;
}

export function writeTables(writer: XmlWriter, filing: Filing): void {
  const formType = filing.documentType.charAt(0);
  const context = (table: TableKey, index: number): RowContext => ({
    writer,
    formType,
    valueFields: valueFieldsOf(filing, table, index),
  });
  const { nonDerivativeTransactions, nonDerivativeHoldings, derivativeTransactions, derivativeHoldings } =
    filing;
  if (nonDerivativeTransactions.length + nonDerivativeHoldings.length > 0) {
    writer.open('nonDerivativeTable');
    nonDerivativeTransactions.forEach((row, i) =>
      writeNonDerivativeRow(context('nonDerivativeTransactions', i), row, true),
    );
    nonDerivativeHoldings.forEach((row, i) =>
      writeNonDerivativeRow(context('nonDerivativeHoldings', i), row, false),
    );
    writer.close();
  }
  if (derivativeTransactions.length + derivativeHoldings.length > 0) {
    writer.open('derivativeTable');
    derivativeTransactions.forEach((row, i) =>
      writeDerivativeRow(context('derivativeTransactions', i), row, true),
    );
    derivativeHoldings.forEach((row, i) => writeDerivativeRow(context('derivativeHoldings', i), row, false));
    writer.close();
  }
}
