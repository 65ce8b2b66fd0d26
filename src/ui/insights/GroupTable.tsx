/**
 * Library totals per person or per issuer (Table I shares): filings, dates,
 * shares acquired and disposed, dollars. Each name opens that group's own
 * totals by transaction code, Table I and Table II.
 */
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { formatDollars, formatShares, type GroupTotals } from '../../core/insights';
import { formatDate } from '../filing/format';
import { CodeTotalsTable } from './CodeTotalsTable';

const COLUMNS = [
  'Name',
  'Filings',
  'From',
  'To',
  'Acquired',
  'Disposed',
  'Net shares',
  'Bought for',
  'Sold for',
];

export function GroupTable({ title, groups }: { title: string; groups: GroupTotals[] }) {
  const [open, setOpen] = useState<string | null>(null);
  if (groups.length === 0) return null;
  return (
    <div class="table-scroll">
      <table class="insight-table groups">
        <caption>{title}: Table I shares (a name opens its totals by code)</caption>
        <thead>
          <tr>
            {COLUMNS.map((label) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <Fragment key={group.key}>
              <GroupRow
                group={group}
                open={open === group.key}
                onToggle={() => setOpen(open === group.key ? null : group.key)}
              />
              {open === group.key && (
                <tr class="group-codes">
                  <td colSpan={COLUMNS.length}>
                    <CodeTotalsTable
                      summary={group.nonDerivative}
                      caption={`${group.name}: Table I by code`}
                    />
                    <CodeTotalsTable summary={group.derivative} caption={`${group.name}: Table II by code`} />
                    {group.nonDerivative.byCode.length + group.derivative.byCode.length === 0 && (
                      <p class="muted small">No transactions: holdings only.</p>
                    )}
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function GroupRow({ group, open, onToggle }: { group: GroupTotals; open: boolean; onToggle: () => void }) {
  const t = group.nonDerivative.total;
  return (
    <tr data-group={group.key}>
      <th scope="row">
        <button type="button" class="link" aria-expanded={open} onClick={onToggle}>
          {group.name}
        </button>
      </th>
      <td class="num">{group.filings}</td>
      <td>{formatDate(group.firstDate)}</td>
      <td>{formatDate(group.lastDate)}</td>
      <td class="num">{formatShares(t.sharesAcquired)}</td>
      <td class="num">{formatShares(t.sharesDisposed)}</td>
      <td class={`num ${t.netShares > 0 ? 'up' : t.netShares < 0 ? 'down' : ''}`}>
        {formatShares(t.netShares)}
      </td>
      <td class="num">{formatDollars(t.valueAcquired)}</td>
      <td class="num">{formatDollars(t.valueDisposed)}</td>
    </tr>
  );
}
