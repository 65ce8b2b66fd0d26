/**
 * The page's entry to the library: IndexedDB when the probe says it works,
 * memory otherwise, with the state the UI shows ("nothing will be kept").
 */
import { Library, type FirstPageOptions, type LibraryListing } from '../core/library/library';
import type { RecordSummary } from '../core/library/summary';
import { withChangeAnnouncements } from './changes';
import { createIdbBackend } from './idb-backend';
import { probeStorage, type StorageState } from './probe';

export interface OpenedLibrary {
  library: Library;
  storage: StorageState;
}

export interface OpeningLibrary {
  /** The library once storage has been probed. */
  opened: Promise<OpenedLibrary>;
  /**
   * The list from the stored summaries, read at the same time as the probe so it can be shown
   * before the probe answers; null when there is none to show quickly (list() builds it then).
   * Where storage turns out unusable this fails or never settles, and `opened` says so.
   */
  quickListing: Promise<LibraryListing | null>;
  /**
   * The list's first page, as soon as the stored summaries are read and before all of them are
   * checked; quickListing follows once what was drawn from it is on screen. Never settles where
   * there is no quick listing, or no first page was asked for.
   */
  firstPage: Promise<FirstPage>;
}

export interface FirstPage {
  /** The first summaries of the list in its first order, exactly as the whole listing starts. */
  summaries: RecordSummary[];
  /** Filings stored: the count to show until the whole listing is in (which can only be lower). */
  storedCount: number;
}

/** The first page the list shows, and how to wait until it is on screen (the page decides both). */
export type FirstPageRequest = Omit<FirstPageOptions, 'show'>;

/** Housekeeping waits until the page has long settled: it lists every key, which competes with reads. */
const SWEEP_DELAY_MS = 20_000;

export function openLibraryWithListing(page?: FirstPageRequest): OpeningLibrary {
  // createStore opens nothing until first use, so this is safe even where indexedDB does not exist.
  const backend = createIdbBackend();
  const persistent = new Library(withChangeAnnouncements(backend));
  let showFirstPage!: (page: FirstPage) => void;
  const firstPage = new Promise<FirstPage>((resolve) => (showFirstPage = resolve));
  const quickListing = persistent
    .quickList(
      page && { ...page, show: (summaries, storedCount) => showFirstPage({ summaries, storedCount }) },
    )
    .catch(() => null);
  const opened = probeStorage(backend).then(async (storage): Promise<OpenedLibrary> => {
    if (storage.kind !== 'persistent') {
      // Only where the browser keeps nothing: not part of the page's first download.
      const { createMemoryBackend } = await import('../core/library/memory-backend');
      return { library: new Library(createMemoryBackend()), storage };
    }
    // Leftovers of an interrupted write are invisible; clearing them may fail quietly.
    setTimeout(() => void persistent.sweepOrphanFiles().catch(() => 0), SWEEP_DELAY_MS);
    return { library: persistent, storage };
  });
  return { opened, quickListing, firstPage };
}

export function openLibrary(): Promise<OpenedLibrary> {
  return openLibraryWithListing().opened;
}

export type { StorageState } from './probe';
