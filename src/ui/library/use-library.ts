/**
 * The library as page state: opened once (IndexedDB, or memory when the
 * browser keeps nothing), listed once into a summary index, then kept in step
 * by the changes this page makes and, when another tab changes the store, by
 * listing again. Filtering works on the index only; no record is read until
 * one is opened.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DamagedEntry, Library } from '../../core/library/library';
import { buildSummaryIndex, withSummary, withoutRecord, type SummaryIndex } from '../../core/library/search';
import type { RecordSummary } from '../../core/library/summary';
import { onLibraryChangedElsewhere, type LibraryChange } from '../../storage/changes';
import { openLibrary, type StorageState } from '../../storage/open-library';

export interface LibraryView {
  /** Resolves once storage has been probed; the queue waits on it. */
  library: Promise<Library>;
  storage: StorageState | null;
  loading: boolean;
  index: SummaryIndex;
  damaged: DamagedEntry[];
  /** Listing the store failed: what to tell the person. */
  loadError: string | null;
}

const RELIST_DELAY_MS = 250;

export function useLibrary() {
  const [opening] = useState(() => openLibrary());
  const [library] = useState(() => opening.then((opened) => opened.library));
  const [view, setView] = useState<Omit<LibraryView, 'library'>>({
    storage: null,
    loading: true,
    index: buildSummaryIndex([]),
    damaged: [],
    loadError: null,
  });

  const relist = useCallback(async () => {
    const { library: opened, storage } = await opening;
    try {
      const listing = await opened.list();
      setView({
        storage,
        loading: false,
        index: buildSummaryIndex(listing.summaries),
        damaged: listing.damaged,
        loadError: null,
      });
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      const loadError = `The library could not be read from your browser's storage (${detail}). Files you add are still read.`;
      setView((current) => ({ ...current, storage, loading: false, loadError }));
    }
  }, [opening]);

  // The change channel also carries this page's own writes; those are already in the index.
  const shown = useRef(view.index);
  shown.current = view.index;

  useEffect(() => {
    void relist();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const pending: LibraryChange[] = [];
    const stop = onLibraryChangedElsewhere((change) => {
      pending.push(change);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const changes = pending.splice(0);
        if (changes.some((c) => !alreadyShown(shown.current, c))) void relist();
      }, RELIST_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [relist]);

  const showAdded = useCallback((summary: RecordSummary) => {
    setView((current) => ({ ...current, index: withSummary(current.index, summary) }));
  }, []);

  const hideRemoved = useCallback((id: string) => {
    setView((current) => ({ ...current, index: withoutRecord(current.index, id) }));
  }, []);

  // One object per change, so what is drawn from it can skip re-rendering when nothing changed.
  const libraryView = useMemo((): LibraryView => ({ ...view, library }), [view, library]);
  return { view: libraryView, showAdded, hideRemoved, relist };
}

/** Whether the index already reflects a change (this page made it, or listed after it). */
function alreadyShown(index: SummaryIndex, change: LibraryChange): boolean {
  if (change.kind === 'clear') return index.entries.length === 0;
  const present = index.entries.some((entry) => entry.summary.id === change.id);
  return change.kind === 'set' ? present : !present;
}
