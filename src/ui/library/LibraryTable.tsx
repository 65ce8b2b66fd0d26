/**
 * The stored filings as a real table: column headers that sort (with
 * aria-sort), the issuer as each row's header and the button that opens it.
 */
import { Component } from 'preact';
import { describeCode } from '../../core/codes';
import type { SortKey } from '../../core/library/search';
import type { RecordSummary } from '../../core/library/summary';
import { SORT_LABELS, type LibraryFilters } from './filters';

interface LibraryTableProps {
  rows: readonly RecordSummary[];
  filters: LibraryFilters;
  openedId: string | null;
  onSort: (key: SortKey) => void;
  onOpen: (id: string) => void;
  onDelete: (summary: RecordSummary) => void;
}

export function LibraryTable({ rows, filters, openedId, onSort, onOpen, onDelete }: LibraryTableProps) {
  const direction = filters.descending ? 'descending' : 'ascending';
  return (
    <div class="table-scroll library-scroll" tabIndex={0} role="region" aria-labelledby="library-caption">
      <table class="library-table">
        <caption id="library-caption" class="visually-hidden">
          Stored filings, sorted by {SORT_LABELS[filters.sort].toLowerCase()}, {direction}
        </caption>
        <thead>
          <tr>
            <SortHeader column="date" filters={filters} onSort={onSort} />
            <th scope="col" class="col-form">
              Form
            </th>
            <SortHeader column="issuer" filters={filters} onSort={onSort} />
            <SortHeader column="owner" filters={filters} onSort={onSort} />
            <th scope="col" class="col-codes">
              Codes
            </th>
            <SortHeader column="added" filters={filters} onSort={onSort} />
            <th scope="col" class="col-actions">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <LibraryRow
              key={row.id}
              row={row}
              opened={row.id === openedId}
              onOpen={onOpen}
              onDelete={onDelete}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SortHeader(props: { column: SortKey; filters: LibraryFilters; onSort: (key: SortKey) => void }) {
  const { column, filters, onSort } = props;
  const active = filters.sort === column;
  const sort = active ? (filters.descending ? 'descending' : 'ascending') : undefined;
  return (
    <th scope="col" class={`col-${column}`} aria-sort={sort}>
      <button type="button" class="sort-button" onClick={() => onSort(column)}>
        {SORT_LABELS[column]}
        <span class="sort-mark" aria-hidden="true">
          {active ? (filters.descending ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  );
}

interface RowProps {
  row: RecordSummary;
  opened: boolean;
  onOpen: (id: string) => void;
  onDelete: (summary: RecordSummary) => void;
}

/** A row draws again only when what it shows changes, not for every file added to the library. */
class LibraryRow extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    const now = this.props;
    return (
      next.row !== now.row ||
      next.opened !== now.opened ||
      next.onOpen !== now.onOpen ||
      next.onDelete !== now.onDelete
    );
  }

  override render() {
    return <RowCells {...this.props} />;
  }
}

function RowCells({ row, opened, onOpen, onDelete }: RowProps) {
  const owners = row.ownerNames.filter(Boolean);
  return (
    <tr data-id={row.id} class={opened ? 'opened' : undefined}>
      <td class="col-date">{row.filingDate ?? '—'}</td>
      <td class="col-form">
        <span class="doc-type">{row.documentType}</span>
        {row.warningCount > 0 && (
          <span class="warn-badge" title={`${row.warningCount} to check by eye`}>
            <span aria-hidden="true">⚠</span>
            <span class="visually-hidden">, {row.warningCount} warnings</span>
          </span>
        )}
      </td>
      <th scope="row" class="col-issuer">
        <button
          type="button"
          class="link-button"
          title={`Open ${row.fileName}`}
          aria-current={opened ? 'true' : undefined}
          onClick={() => onOpen(row.id)}
        >
          {row.issuerName || 'Issuer not found'}
        </button>
        {row.ticker && <span class="ticker-small">{row.ticker}</span>}
        {/* Narrow screens show the owner here instead of in its own column (CSS shows exactly one). */}
        <span class="owner-inline">{owners.length ? ownerText(owners) : ''}</span>
      </th>
      <td class="col-owner" title={owners.length > 2 ? owners.join('; ') : undefined}>
        {owners.length ? ownerText(owners) : '—'}
      </td>
      <td class="col-codes" title={codeTitles(row.transactionCodes)}>
        {row.transactionCodes.join(' ')}
      </td>
      <td class="col-added">
        <time dateTime={row.addedAt}>{formatAdded(row.addedAt)}</time>
      </td>
      <td class="col-actions">
        <button
          type="button"
          class="quiet"
          aria-label={`Delete ${describeRow(row)}`}
          onClick={() => onDelete(row)}
        >
          Delete
        </button>
      </td>
    </tr>
  );
}

/** Long owner lists (a fund and its general partners) read as the first two and a count. */
function ownerText(owners: string[]): string {
  return owners.length <= 2 ? owners.join('; ') : `${owners.slice(0, 2).join('; ')} +${owners.length - 2}`;
}

/** "Form 4, Rocket Lab USA, Inc., Olson Jon A, 2024-11-19": what a Delete button deletes. */
export function describeRow(row: RecordSummary): string {
  const parts = [`Form ${row.documentType}`, row.issuerName || row.fileName];
  if (row.ownerNames[0]) parts.push(row.ownerNames[0]);
  if (row.filingDate) parts.push(row.filingDate);
  return parts.join(', ');
}

/** Local date and time, to the minute: "2025-03-04 14:07". */
function formatAdded(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "S: Open-market sale; M: Option exercise…" for the pointer; the cell itself stays dense. */
function codeTitles(codes: readonly string[]): string | undefined {
  if (codes.length === 0) return undefined;
  return codes.map((code) => `${code}: ${describeCode(code)?.label ?? 'unknown code'}`).join('; ');
}
