/**
 * Tells other tabs of the same app that the library changed, so their lists
 * refresh instead of showing filings removed elsewhere. Each record is its own
 * key, so no tab can overwrite another's write; this only keeps views fresh.
 */
import type { KeyValueArea, LibraryBackend } from '../core/library/backend';

export const CHANGES_CHANNEL = 'form4-reader-library';

export interface LibraryChange {
  kind: 'set' | 'delete' | 'clear';
  id: string | null;
}

function announcing(area: KeyValueArea, channel: BroadcastChannel): KeyValueArea {
  const post = (change: LibraryChange) => channel.postMessage(change);
  return {
    get: (key) => area.get(key),
    keys: () => area.keys(),
    entries: () => area.entries(),
    getMany: (keys) => area.getMany(keys),
    getEach: (keys, each) => area.getEach(keys, each),
    update: (keys, change) => area.update(keys, change),
    set: async (key, value) => {
      await area.set(key, value);
      post({ kind: 'set', id: key });
    },
    delete: async (key) => {
      await area.delete(key);
      post({ kind: 'delete', id: key });
    },
    clear: async () => {
      await area.clear();
      post({ kind: 'clear', id: null });
    },
  };
}

/** The backend with record changes announced to other tabs (when the browser has BroadcastChannel). */
export function withChangeAnnouncements(backend: LibraryBackend): LibraryBackend {
  if (typeof BroadcastChannel === 'undefined') return backend;
  return { ...backend, records: announcing(backend.records, new BroadcastChannel(CHANGES_CHANNEL)) };
}

/** Calls `listener` when another tab changes the library; returns the unsubscribe function. */
export function onLibraryChangedElsewhere(listener: (change: LibraryChange) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANGES_CHANNEL);
  channel.onmessage = (event: MessageEvent<LibraryChange>) => listener(event.data);
  return () => channel.close();
}
