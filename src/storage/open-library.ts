/**
 * The page's entry to the library: IndexedDB when the probe says it works,
 * memory otherwise, with the state the UI shows ("nothing will be kept").
 */
import { Library } from '../core/library/library';
import { createMemoryBackend } from '../core/library/memory-backend';
import { withChangeAnnouncements } from './changes';
import { createIdbBackend } from './idb-backend';
import { probeStorage, type StorageState } from './probe';

export interface OpenedLibrary {
  library: Library;
  storage: StorageState;
}

export async function openLibrary(): Promise<OpenedLibrary> {
  // createStore opens nothing until first use, so this is safe even where indexedDB does not exist.
  const backend = createIdbBackend();
  const storage = await probeStorage(backend);
  if (storage.kind === 'persistent') {
    const library = new Library(withChangeAnnouncements(backend));
    // Leftovers of an interrupted write are invisible; clearing them is housekeeping that may fail quietly.
    void library.sweepOrphanFiles().catch(() => 0);
    return { library, storage };
  }
  return { library: new Library(createMemoryBackend()), storage };
}

export type { StorageState } from './probe';
