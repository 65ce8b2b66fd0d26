/**
 * The library's storage when IndexedDB is unavailable (private browsing,
 * blocked by settings): everything works for this page's lifetime and is
 * gone on reload. Values are cloned in and out like IndexedDB does, and a
 * byte budget stands in for a quota so a long session cannot eat all memory.
 */
import { StorageFailure, type KeyValueArea, type LibraryBackend } from './backend';

export const DEFAULT_MEMORY_BUDGET_BYTES = 256 * 1024 * 1024;

/** Rough size of a stored value: byte arrays by length, everything else by its JSON length. */
function estimateSize(value: unknown): number {
  if (value instanceof Uint8Array) return value.byteLength;
  if (typeof value === 'object' && value !== null && 'bytes' in value && value.bytes instanceof Uint8Array) {
    return value.bytes.byteLength + 64;
  }
  return (JSON.stringify(value) ?? '').length * 2;
}

class Budget {
  used = 0;
  constructor(readonly limit: number) {}
}

class MemoryArea implements KeyValueArea {
  private readonly values = new Map<string, { value: unknown; size: number }>();
  constructor(private readonly budget: Budget) {}

  async get(key: string): Promise<unknown> {
    const entry = this.values.get(key);
    return entry ? structuredClone(entry.value) : undefined;
  }

  async set(key: string, value: unknown): Promise<void> {
    this.store(key, value);
  }

  async getMany(keys: readonly string[]): Promise<unknown[]> {
    return keys.map((key) => {
      const entry = this.values.get(key);
      return entry ? structuredClone(entry.value) : undefined;
    });
  }

  async getEach(keys: readonly string[], each: (key: string, value: unknown) => void): Promise<void> {
    for (const key of keys) {
      const entry = this.values.get(key);
      each(key, entry ? structuredClone(entry.value) : undefined);
    }
  }

  /** No await between reading and writing: atomic, as an IndexedDB readwrite transaction is. */
  async update(keys: readonly string[], change: (key: string, current: unknown) => unknown): Promise<void> {
    const changed = keys.map((key): [string, unknown] => {
      const entry = this.values.get(key);
      return [key, change(key, entry ? structuredClone(entry.value) : undefined)];
    });
    // All or nothing, like a transaction: the budget is checked for every value before any is kept.
    const sizes = changed.map(([key, next]) =>
      next === null ? 0 : estimateSize(next) - (this.values.get(key)?.size ?? 0),
    );
    if (this.budget.used + sizes.reduce((a, b) => a + b, 0) > this.budget.limit) {
      throw new StorageFailure('quota-exceeded', 'The in-memory library is full.');
    }
    for (const [key, next] of changed) if (next !== null) this.store(key, next);
  }

  private store(key: string, value: unknown): void {
    const size = estimateSize(value);
    const replaced = this.values.get(key)?.size ?? 0;
    if (this.budget.used - replaced + size > this.budget.limit) {
      throw new StorageFailure('quota-exceeded', 'The in-memory library is full.');
    }
    this.values.set(key, { value: structuredClone(value), size });
    this.budget.used += size - replaced;
  }

  async delete(key: string): Promise<void> {
    const entry = this.values.get(key);
    if (!entry) return;
    this.values.delete(key);
    this.budget.used -= entry.size;
  }

  async keys(): Promise<string[]> {
    return [...this.values.keys()];
  }

  async entries(): Promise<[string, unknown][]> {
    return [...this.values].map(([key, entry]) => [key, structuredClone(entry.value)]);
  }

  async clear(): Promise<void> {
    for (const key of [...this.values.keys()]) await this.delete(key);
  }
}

export function createMemoryBackend(budgetBytes = DEFAULT_MEMORY_BUDGET_BYTES): LibraryBackend {
  const budget = new Budget(budgetBytes);
  return {
    files: new MemoryArea(budget),
    records: new MemoryArea(budget),
    summaries: new MemoryArea(budget),
    meta: new MemoryArea(budget),
  };
}
