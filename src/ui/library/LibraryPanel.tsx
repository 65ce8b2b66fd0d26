/**
 * The library: search, filters, the sortable table and the backup controls.
 * Filtering runs over the precomputed summary index; only the first rows are
 * rendered, more on request, so ten thousand filings cost no more to show
 * than a hundred.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { queryLibrary } from '../../core/library/search';
import type { RecordSummary } from '../../core/library/summary';
import { lazyComponent } from '../lazy';
import { BackupControls } from './BackupControls';
import {
  NO_FILTERS,
  ROWS_PER_PAGE,
  describeShown,
  formatCount,
  isNarrowed,
  sortBy,
  toQuery,
  type LibraryFilters,
} from './filters';
import { LibraryFilterBar } from './LibraryFilterBar';
import { LibraryTable } from './LibraryTable';
import type { LibraryView } from './use-library';
import { useSearchWarmup } from './use-search-warmup';
import { afterPaintWhenIdle } from './yield-to-page';
import './library.css';

/** The totals across the library (their worker client and charts): a chunk of their own, loaded once there are filings. */
const LibraryTotals = lazyComponent(() =>
  import('./totals/LibraryTotals').then((module) => module.LibraryTotals),
);

interface LibraryPanelProps {
  view: LibraryView;
  openedId: string | null;
  onOpen: (id: string) => void;
  onDelete: (summary: RecordSummary) => void;
  onBulkChange: () => Promise<void>;
}

export function LibraryPanel({ view, openedId, onOpen, onDelete, onBulkChange }: LibraryPanelProps) {
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [limit, setLimit] = useState(ROWS_PER_PAGE);
  const matching = useMemo(() => queryLibrary(view.index, toQuery(filters)), [view.index, filters]);
  useSearchWarmup(view.index);
  const total = view.index.entries.length;
  const drawn = useFirstScreenful(total > 0);
  const pageSize = Math.min(limit, matching.length);
  const rows = matching.slice(0, Math.min(pageSize, drawn));
  const later = useAfterFirstPaint(total > 0);
  // Drawn again only when the library changes, not on every keystroke in the search box.
  const totals = useMemo(
    () => <LibraryTotals library={view.library} index={view.index} storage={view.storage} />,
    [view.library, view.index, view.storage],
  );
  const change = (next: LibraryFilters) => {
    setFilters(next);
    setLimit(ROWS_PER_PAGE);
  };

  return (
    <section class="library panel" aria-labelledby="library-title">
      <div class="library-head">
        <h2 id="library-title" tabIndex={-1}>
          Library
        </h2>
        <BackupControls library={view.library} count={total} onChanged={onBulkChange} />
      </div>
      {total > 0 && <LibraryFilterBar filters={filters} index={view.index} onChange={change} />}
      <p class="library-count muted" role="status" aria-atomic="true">
        {describeCount(view, filters, pageSize, matching.length)}
      </p>
      {!view.loading && total === 0 && <EmptyLibrary persistent={view.storage?.kind === 'persistent'} />}
      {total > 0 && matching.length === 0 && (
        <p class="empty">
          No filing matches {isNarrowed(filters) ? 'these filters' : 'this search'}.{' '}
          <button
            type="button"
            class="link-button"
            onClick={() => change({ ...NO_FILTERS, sort: filters.sort })}
          >
            Clear filters
          </button>
        </p>
      )}
      {rows.length > 0 && (
        <LibraryTable
          rows={rows}
          filters={filters}
          openedId={openedId}
          onSort={(key) => change(sortBy(filters, key))}
          onOpen={onOpen}
          onDelete={onDelete}
        />
      )}
      {pageSize < matching.length && (
        <button type="button" class="quiet show-more" onClick={() => setLimit(limit + ROWS_PER_PAGE)}>
          Show {Math.min(ROWS_PER_PAGE, matching.length - pageSize)} more
        </button>
      )}
      {total > 0 && later && view.storedCount === null && totals}
    </section>
  );
}

/** Rows in the list's first frame: more than a tall screen shows; the rest of the page follows a frame later. */
const FIRST_FRAME_ROWS = 30;

/**
 * How many rows to draw: a screenful in the frame that first shows the list (so it is on screen
 * sooner), then every row of the page from the next frame on.
 */
function useFirstScreenful(shown: boolean): number {
  const [first, setFirst] = useState(true);
  useEffect(() => {
    if (!shown || !first) return;
    const frame = requestAnimationFrame(() => setTimeout(() => setFirst(false), 0));
    return () => cancelAnimationFrame(frame);
  }, [shown, first]);
  return first ? FIRST_FRAME_ROWS : Infinity;
}

/** True once the list has been painted and the page is idle: the totals' chunk loads no sooner. */
function useAfterFirstPaint(shown: boolean): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (!shown || after) return;
    let gone = false;
    void afterPaintWhenIdle().then(() => !gone && setAfter(true));
    return () => {
      gone = true;
    };
  }, [shown, after]);
  return after;
}

/** The line above the table: what is being done, or how many filings are shown of how many. */
function describeCount(view: LibraryView, filters: LibraryFilters, shown: number, matching: number): string {
  if (view.preparing) return describePreparing(view.preparing);
  // The first page alone is in: its count is the whole library's while the list is as it opens.
  if (view.storedCount !== null && isAsOpened(filters))
    return describeShown(shown, view.storedCount, view.storedCount);
  if (view.loading) return 'Opening the library…';
  const total = view.index.entries.length;
  return total > 0 ? describeShown(shown, matching, total) : '';
}

const isAsOpened = (filters: LibraryFilters) =>
  !isNarrowed(filters) && filters.sort === NO_FILTERS.sort && filters.descending === NO_FILTERS.descending;

/** A library kept before summaries existed is summarised once; the list fills in meanwhile. */
function describePreparing({ done, total }: { done: number; total: number }): string {
  const of = `${formatCount(done)} of ${formatCount(total)}`;
  return `Preparing your library to open faster next time (once): ${of} filings…`;
}

function EmptyLibrary({ persistent }: { persistent: boolean }) {
  return (
    <p class="empty muted">
      No filings yet. Every file you read is {persistent ? 'kept here, on this device,' : 'listed here'} to
      search, sort and open again.
    </p>
  );
}
