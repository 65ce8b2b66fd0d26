/**
 * The totals across the library under the list, with a note while they lag
 * it. A chunk of its own (with the worker client and the insights view),
 * loaded once the library has filings, so the page's first download stays small.
 */
import { useMemo } from 'preact/hooks';
import type { Library } from '../../../core/library/library';
import type { SummaryIndex } from '../../../core/library/search';
import type { StorageState } from '../../../storage/open-library';
import { LibraryInsights } from '../../insights/LibraryInsights';
import { RenderGuard } from '../RenderGuard';
import { useLibraryTotals } from './use-library-totals';

interface LibraryTotalsProps {
  library: Promise<Library>;
  index: SummaryIndex;
  storage: StorageState | null;
}

export function LibraryTotals({ library, index, storage }: LibraryTotalsProps) {
  const { totals, catchingUp, error, chart } = useLibraryTotals(library, index, storage);
  // Drawn again only when the totals change, not on every keystroke in the search box.
  const insights = useMemo(
    () =>
      totals && (
        <RenderGuard what="The totals across your library">
          <LibraryInsights totals={totals} chart={chart} />
        </RenderGuard>
      ),
    [totals, chart],
  );
  return (
    <>
      {totals && catchingUp && (
        <p class="totals-note muted">Bringing the totals below up to date with the list…</p>
      )}
      {error && (
        <p class="totals-note muted">The totals across the library could not be worked out ({error}).</p>
      )}
      {insights}
    </>
  );
}
