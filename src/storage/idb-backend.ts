/**
 * The library's backend over IndexedDB, through idb-keyval. idb-keyval's
 * createStore opens one database per store (its upgrade handler creates only
 * the store it was given, see idb-keyval issues #31/#101), so the four areas
 * are four databases and no transaction spans two of them; the library's
 * write order (file, then record, then summary; rollback on failure) makes up
 * for that.
 */
import { clear, createStore, del, entries, get, getMany, keys, set, type UseStore } from 'idb-keyval';
import { StorageFailure, type KeyValueArea, type LibraryBackend } from '../core/library/backend';

export const DATABASE_PREFIX = 'form4-reader';
export const AREA_NAMES = {
  files: 'files',
  records: 'filings',
  summaries: 'summaries',
  meta: 'meta',
} as const;

/** Every IndexedDB error becomes a StorageFailure; running out of quota is told apart from the rest. */
export function toStorageFailure(err: unknown): StorageFailure {
  if (err instanceof StorageFailure) return err;
  const name = err instanceof DOMException || err instanceof Error ? err.name : '';
  const message = err instanceof Error || err instanceof DOMException ? err.message : String(err);
  if (name === 'QuotaExceededError')
    return new StorageFailure('quota-exceeded', message || 'Storage quota exceeded.');
  return new StorageFailure(
    'storage-failed',
    `${name || 'Error'}: ${message || 'IndexedDB request failed.'}`,
  );
}

async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (err) {
    throw toStorageFailure(err);
  }
}

class IdbArea implements KeyValueArea {
  constructor(private readonly store: UseStore) {}

  get(key: string): Promise<unknown> {
    return guarded(() => get<unknown>(key, this.store));
  }

  set(key: string, value: unknown): Promise<void> {
    return guarded(() => set(key, value, this.store));
  }

  delete(key: string): Promise<void> {
    return guarded(() => del(key, this.store));
  }

  getMany(keys: readonly string[]): Promise<unknown[]> {
    return guarded(() => getMany<unknown>([...keys], this.store));
  }

  getEach(keys: readonly string[], each: (key: string, value: unknown) => void): Promise<void> {
    return guarded(() => this.store('readonly', (store) => readEach(store, keys, each)));
  }

  /** One readwrite transaction: each value is read, changed and put back before it commits. */
  update(keys: readonly string[], change: (key: string, current: unknown) => unknown): Promise<void> {
    return guarded(() => this.store('readwrite', (store) => changeEach(store, keys, change)));
  }

  async keys(): Promise<string[]> {
    const all = await guarded(() => keys(this.store));
    return all.filter((key): key is string => typeof key === 'string');
  }

  async entries(): Promise<[string, unknown][]> {
    const all = await guarded(() => entries<IDBValidKey, unknown>(this.store));
    return all.filter((entry): entry is [string, unknown] => typeof entry[0] === 'string');
  }

  clear(): Promise<void> {
    return guarded(() => clear(this.store));
  }
}

/** One get per key in the same transaction; each value is handed over from its own success event. */
function readEach(
  store: IDBObjectStore,
  keys: readonly string[],
  each: (key: string, value: unknown) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let waiting = keys.length;
    if (waiting === 0) resolve();
    for (const key of keys) {
      const read = store.get(key);
      read.onsuccess = () => {
        try {
          each(key, read.result);
        } catch (err) {
          reject(err);
          return;
        }
        if (--waiting === 0) resolve();
      };
      read.onerror = () => reject(read.error);
    }
    store.transaction.onabort = () => reject(store.transaction.error);
  });
}

function changeEach(
  store: IDBObjectStore,
  keys: readonly string[],
  change: (key: string, current: unknown) => unknown,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let failure: unknown = null;
    const transaction = store.transaction;
    for (const key of keys) {
      const read = store.get(key);
      read.onsuccess = () => {
        if (failure !== null) return;
        try {
          const next = change(key, read.result);
          if (next !== null) store.put(next, key);
        } catch (err) {
          failure = err;
          transaction.abort(); // nothing of this update is kept
        }
      };
    }
    transaction.oncomplete = () => resolve();
    transaction.onabort = transaction.onerror = () => reject(failure ?? transaction.error);
  });
}

export function areaStore(area: keyof typeof AREA_NAMES): UseStore {
  const storeName = AREA_NAMES[area];
  return createStore(`${DATABASE_PREFIX}-${storeName}`, storeName);
}

export function createIdbBackend(): LibraryBackend {
  return {
    files: new IdbArea(areaStore('files')),
    records: new IdbArea(areaStore('records')),
    summaries: new IdbArea(areaStore('summaries')),
    meta: new IdbArea(areaStore('meta')),
  };
}
