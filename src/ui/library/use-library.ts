/**
 * The library as page state: opened once (IndexedDB, or memory when the
 * browser keeps nothing) from the stored summaries alone, then checked
 * against the records after the first paint (damaged entries, summaries an
 * older app or an interrupted write left out), and kept in step by the
 * changes this page makes and those other tabs announce. Filtering works on
 * the index only; no record is read until one is opened.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DamagedEntry, Library, LibraryListing, ListProgress } from '../../core/library/library';
import { buildSummaryIndex, withChanges, type SummaryIndex } from '../../core/library/search';
import type { RecordSummary } from '../../core/library/summary';
import { onLibraryChangedElsewhere } from '../../storage/changes';
import { openLibraryWithListing, type FirstPage, type StorageState } from '../../storage/open-library';
import { useChangesElsewhere } from './use-changes-elsewhere';
import { ROWS_PER_PAGE } from './filters';
import { afterPaintWhenIdle, afterPaintWhenIdleOrSoon, yieldToPage } from './yield-to-page';

export interface LibraryView {
  /** Resolves once storage has been probed; the queue waits on it. */
  library: Promise<Library>;
  storage: StorageState | null;
  loading: boolean;
  index: SummaryIndex;
  damaged: DamagedEntry[];
  /** Listing the store failed: what to tell the person. */
  loadError: string | null;
  /** Summaries being built from the records (once, for a library kept before they existed). */
  preparing: { done: number; total: number } | null;
  /**
   * Set while the index holds only the list's first page (the rest is being checked, a frame or
   * two): the number of filings stored, for the count line. Still `loading` then.
   */
  storedCount: number | null;
}

type ViewState = Omit<LibraryView, 'library'>;

/** Most the rest of the list waits for the first page to be painted and the page to be idle. */
const FIRST_PAGE_WAIT_MS = 200;

const describeError = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function useLibrary() {
  const [{ opened: opening, quickListing, firstPage }] = useState(() =>
    openLibraryWithListing({
      size: ROWS_PER_PAGE,
      pause: () => afterPaintWhenIdleOrSoon(FIRST_PAGE_WAIT_MS),
    }),
  );
  const [library] = useState(() => opening.then((opened) => opened.library));
  const [view, setView] = useState<ViewState>({
    storage: null,
    loading: true,
    index: buildSummaryIndex([]),
    damaged: [],
    loadError: null,
    preparing: null,
    storedCount: null,
  });

  // What this page added or removed since the listing being read began: put back on top of it.
  const sinceListing = useRef(new LocalChanges());
  const listed = useCallback((storage: StorageState | null, listing: LibraryListing): ViewState => {
    const view = shown(storage, listing);
    return { ...view, index: sinceListing.current.applyTo(view.index) };
  }, []);

  const fail = useCallback((storage: StorageState, err: unknown) => {
    const loadError = `The library could not be read from your browser's storage (${describeError(err)}). Files you add are still read.`;
    setView((current) => ({ ...current, storage, loading: false, preparing: null, loadError }));
  }, []);

  /** Lists the whole store again, checked against the records (after a bulk change). */
  const relist = useCallback(async () => {
    const { library: opened, storage } = await opening;
    sinceListing.current = new LocalChanges();
    const onProgress = ({ done, total, listing }: ListProgress) =>
      setView({ ...listed(storage, listing), loading: done < total, preparing: { done, total } });
    try {
      const listing = await opened.list({ pause: yieldToPage, onProgress });
      setView(listed(storage, listing));
    } catch (err) {
      fail(storage, err);
    }
  }, [opening, fail, listed]);

  useEffect(() => {
    let gone = false;
    // The first page is drawn the moment the stored summaries are read; the whole list follows.
    void firstPage.then((page) => {
      // An empty library has no first page: it shows as empty once the listing is in.
      if (gone || page.summaries.length === 0) return;
      setView((current) => (isUntouched(current) ? firstPageShown(current, page) : current));
    });
    // Shown as soon as it is read, without waiting for the storage probe (which can only take it away).
    void quickListing.then((quick) => {
      if (gone || !quick) return;
      setView((current) =>
        current.storage?.kind === 'memory-only' ? current : listed(current.storage, quick),
      );
    });
    void (async () => {
      const { library: opened, storage } = await opening;
      // Where storage is unusable the quick read may never answer: it is only awaited where it works.
      const quick = storage.kind === 'persistent' ? await quickListing : null;
      if (gone) return;
      if (!quick) return relist();
      setView((current) => ({ ...current, storage }));
      // After the list is on screen: records without a summary, summaries without a record, damage.
      await afterPaintWhenIdle();
      const checked = await opened.list({ from: quick, pause: yieldToPage }).catch(() => null);
      if (!gone && checked) setView((current) => withCheck(current, quick, checked));
    })();
    return () => {
      gone = true;
    };
  }, [opening, quickListing, firstPage, relist, listed]);

  const showAdded = useCallback((summary: RecordSummary) => {
    sinceListing.current.added(summary);
    setView((current) => ({ ...current, index: withChanges(current.index, { add: [summary] }) }));
  }, []);

  const hideRemoved = useCallback((id: string) => {
    sinceListing.current.removed(id);
    setView((current) => ({ ...current, index: withChanges(current.index, { remove: [id] }) }));
  }, []);

  const indexNow = useRef(view.index);
  indexNow.current = view.index;
  useChangesElsewhere(library, indexNow, { showAdded, hideRemoved, relist }, onLibraryChangedElsewhere);

  // One object per change, so what is drawn from it can skip re-rendering when nothing changed.
  const libraryView = useMemo((): LibraryView => ({ ...view, library }), [view, library]);
  return { view: libraryView, showAdded, hideRemoved, relist };
}

/** Adds and removals this page made while a listing was being read (which may not include them). */
class LocalChanges {
  private readonly add = new Map<string, RecordSummary>();
  private readonly remove = new Set<string>();

  added(summary: RecordSummary): void {
    this.add.set(summary.id, summary);
    this.remove.delete(summary.id);
  }

  removed(id: string): void {
    this.remove.add(id);
    this.add.delete(id);
  }

  applyTo(index: SummaryIndex): SummaryIndex {
    if (this.add.size === 0 && this.remove.size === 0) return index;
    return withChanges(index, { add: [...this.add.values()], remove: [...this.remove] });
  }
}

function shown(storage: StorageState | null, listing: LibraryListing): ViewState {
  return {
    storage,
    loading: false,
    index: buildSummaryIndex(listing.summaries),
    damaged: listing.damaged,
    loadError: null,
    preparing: null,
    storedCount: null,
  };
}

/** Nothing has been listed yet, nor added or removed by this page, and storage is not known to be unusable. */
const isUntouched = (view: ViewState) =>
  view.loading && view.index.entries.length === 0 && view.storage?.kind !== 'memory-only';

function firstPageShown(current: ViewState, page: FirstPage): ViewState {
  return { ...current, index: buildSummaryIndex(page.summaries), storedCount: page.storedCount };
}

/**
 * The check's findings applied to what is shown now (which may already have files added or
 * removed since the quick list): summaries it built are added, those it dropped are removed.
 */
function withCheck(current: ViewState, quick: LibraryListing, checked: LibraryListing): ViewState {
  const before = new Set(quick.summaries.map((summary) => summary.id));
  const after = new Set(checked.summaries.map((summary) => summary.id));
  const add = checked.summaries.filter((summary) => !before.has(summary.id));
  const remove = [...before].filter((id) => !after.has(id));
  if (add.length === 0 && remove.length === 0 && checked.damaged.length === 0) return current;
  return { ...current, index: withChanges(current.index, { add, remove }), damaged: checked.damaged };
}
