/**
 * Shares and dollars acquired and disposed per transaction code, with the
 * net, as a real table. A dollar figure that leaves out rows without a price
 * says so, so a partial total never passes for a whole one.
 */
import { describeCode } from '../../core/codes';
import {
  formatDollars,
  formatShares,
  isValueComplete,
  type CodeTotals,
  type TableCodeSummary,
} from '../../core/insights';

export function CodeTotalsTable({ summary, caption }: { summary: TableCodeSummary; caption: string }) {
  if (summary.byCode.length === 0) return null;
  const rows = summary.byCode.length > 1 ? [...summary.byCode, summary.total] : summary.byCode;
  return (
    <div class="table-scroll">
      <table class="insight-table code-totals">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Rows</th>
            <th scope="col">Acquired</th>
            <th scope="col">Disposed</th>
            <th scope="col">Net shares</th>
            <th scope="col">Bought for</th>
            <th scope="col">Sold for</th>
            <th scope="col">Net value</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((totals) => (
            <tr
              key={totals.code}
              class={totals.code === '*' ? 'total-row' : undefined}
              data-code={totals.code}
            >
              <th scope="row" title={describeCode(totals.code)?.secWording}>
                {totals.code !== '*' && totals.code !== '' && <span class="code-letter">{totals.code}</span>}
                <span class="code-name">{totals.label}</span>
              </th>
              <td class="num">{totals.rows}</td>
              <td class="num">{formatShares(totals.sharesAcquired)}</td>
              <td class="num">{formatShares(totals.sharesDisposed)}</td>
              <td class={`num ${sign(totals.netShares)}`}>{signed(totals.netShares, formatShares)}</td>
              <td class="num">{formatDollars(totals.valueAcquired)}</td>
              <td class="num">{formatDollars(totals.valueDisposed)}</td>
              <td class={`num ${sign(totals.netValue)}`}>
                {signed(totals.netValue, formatDollars)}
                {!isValueComplete(totals) && <sup class="partial">*</sup>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <PartialNote totals={summary.total} />
      <DollarAmountNote totals={summary.total} />
    </div>
  );
}

function PartialNote({ totals }: { totals: CodeTotals }) {
  const notes: string[] = [];
  if (totals.rowsWithoutPrice > 0)
    notes.push(
      `${totals.rowsWithoutPrice} ${totals.rowsWithoutPrice === 1 ? 'row has' : 'rows have'} no price (${formatShares(totals.sharesWithoutPrice)} shares): not in the dollar figures`,
    );
  if (totals.rowsWithoutDirection > 0)
    notes.push(`${totals.rowsWithoutDirection} without (A) or (D): not counted`);
  if (totals.rowsWithoutShares > 0) notes.push(`${totals.rowsWithoutShares} without an amount: not counted`);
  if (notes.length === 0) return null;
  return <p class="muted small table-note">* {notes.join('; ')}.</p>;
}

/** Rows whose amount is a dollar value (notes by principal): say where they went and where not. */
function DollarAmountNote({ totals }: { totals: CodeTotals }) {
  const rows = totals.rowsStatedInDollars;
  if (rows === 0) return null;
  return (
    <p class="muted small table-note" data-testid="dollar-amount-note">
      {rows} {rows === 1 ? 'row states its amount' : 'rows state their amount'} in dollars, not shares (
      {formatDollars(totals.valueStatedInDollars)}, e.g. notes by principal): counted at that value in the
      dollar columns, not in the share columns.
    </p>
  );
}

function sign(value: number): string {
  return value > 0 ? 'up' : value < 0 ? 'down' : '';
}

function signed(value: number, format: (n: number) => string): string {
  return value > 0 ? `+${format(value)}` : format(value);
}
