/**
 * What the library needs from storage: four key-value areas. The page backs
 * them with IndexedDB (src/storage/idb-backend.ts); when IndexedDB is missing
 * or blocked, with memory (memory-backend.ts), so the app still works and
 * says nothing will be kept. Values read back are untrusted.
 */

export type StorageFailureCode = 'quota-exceeded' | 'storage-failed';

/** What a backend throws: the only error type the library has to understand. */
export class StorageFailure extends Error {
  readonly code: StorageFailureCode;
  constructor(code: StorageFailureCode, message: string) {
    super(message);
    this.name = 'StorageFailure';
    this.code = code;
  }
}

export interface KeyValueArea {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  /** String keys only; anything else in the area is not ours and is skipped. */
  keys(): Promise<string[]>;
  entries(): Promise<[string, unknown][]>;
  /** Values of several keys in one go (undefined where absent), in the order asked. */
  getMany(keys: readonly string[]): Promise<unknown[]>;
  /**
   * Like getMany (one transaction, so one consistent state), but hands each value to `each` as
   * soon as it is read, in the order asked: work on one value overlaps the reading of the next.
   * Settles once every value has been handed over; fails if `each` throws.
   */
  getEach(keys: readonly string[], each: (key: string, value: unknown) => void): Promise<void>;
  /**
   * Reads and rewrites these values atomically (one transaction: no other write to the area comes
   * between): `change` gets each key's current value (undefined when absent) and returns the new
   * one, or null to leave it as it is.
   */
  update(keys: readonly string[], change: (key: string, current: unknown) => unknown): Promise<void>;
  clear(): Promise<void>;
}

export interface LibraryBackend {
  /** Original bytes by content id, as StoredFile. */
  readonly files: KeyValueArea;
  /** LibraryRecord by content id. */
  readonly records: KeyValueArea;
  /** The records' list summaries, grouped in shards (summary-store.ts): derived, rebuilt from records. */
  readonly summaries: KeyValueArea;
  /** Small app state (the storage probe's key). */
  readonly meta: KeyValueArea;
}

/** A file as kept: the time lets a cleanup tell an orphan from a file whose record another tab is still writing. */
export interface StoredFile {
  bytes: Uint8Array;
  storedAt: number;
}

export function readStoredFile(value: unknown): StoredFile | null {
  if (typeof value !== 'object' || value === null) return null;
  const { bytes, storedAt } = value as Partial<StoredFile>;
  if (!(bytes instanceof Uint8Array) || typeof storedAt !== 'number') return null;
  return { bytes, storedAt };
}
