/**
 * The page's entry to the library: IndexedDB when the probe says it works,
 * memory otherwise, with the state the UI shows ("nothing will be kept").
 */
import { Library, type LibraryListing } from '../core/library/library';
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
}

/** Housekeeping waits until the page has long settled: it lists every key, which competes with reads. */
const SWEEP_DELAY_MS = 20_000;

export function openLibraryWithListing(): OpeningLibrary {
  // createStore opens nothing until first use, so this is safe even where indexedDB does not exist.
  const backend = createIdbBackend();
  const persistent = new Library(withChangeAnnouncements(backend));
  const quickListing = persistent.quickList().catch(() => null);
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
  return { opened, quickListing };
}

export function openLibrary(): Promise<OpenedLibrary> {
  return openLibraryWithListing().opened;
}

export type { StorageState } from './probe';
