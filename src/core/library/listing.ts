/**
 * Listing the library from its stored summaries, and checking them against
 * the records they summarise. The check reads only the records' keys; a
 * record without a summary (a library kept before summaries existed, a write
 * cut short, an older app in another tab) is read, validated and summarised
 * again, in small chunks with a pause between them so the page stays
 * responsive; a summary whose record is gone is hidden and deleted.
 */
import type { KeyValueArea } from './backend';
import { restoreRecord } from './restore-record';
import { latestFilingFirst } from './search';
import { summarize, type RecordSummary } from './summary';
import type { SummarySnapshot, SummaryStore } from './summary-store';

export interface DamagedEntry {
  id: string;
  error: { code: 'invalid-record' | 'newer-version'; message: string };
}

export interface LibraryListing {
  /** Latest filing date first (undated last), then newest added: the list's default order. */
  summaries: RecordSummary[];
  /** Stored entries that failed validation: shown as such, never as filings. */
  damaged: DamagedEntry[];
}

export interface ListProgress {
  /** Records summarised again so far, of `total`. */
  done: number;
  total: number;
  /** What can be listed so far. */
  listing: LibraryListing;
}

export interface ListOptions {
  /** Awaited between chunks of work; the page passes one that gives the browser a turn. */
  pause?: () => Promise<void>;
  /** Reported while records are summarised again (a library from before summaries: once). */
  onProgress?: (progress: ListProgress) => void;
}

/** Records read, checked and summarised per chunk: about 5 ms of work on a slow machine. */
const REBUILD_CHUNK = 20;
/** Rebuilt summaries are stored (and progress reported) after this many, in one transaction. */
const FLUSH_EVERY = 1000;

export function listingOf(summaries: Iterable<RecordSummary>, damaged: DamagedEntry[] = []): LibraryListing {
  return { summaries: [...summaries].sort(latestFilingFirst), damaged };
}

const WRONG_ID: DamagedEntry['error'] = {
  code: 'invalid-record',
  message: 'This library entry is stored under the wrong id.',
};

/** The record's summary, or why it cannot be listed. */
export function summarizeStored(id: string, value: unknown): RecordSummary | DamagedEntry {
  const restored = restoreRecord(value);
  if (!restored.ok) return { id, error: { code: restored.error.code, message: restored.error.message } };
  if (restored.record.id !== id) return { id, error: WRONG_ID };
  return summarize(restored.record);
}

interface Stores {
  records: KeyValueArea;
  summaries: SummaryStore;
}

/**
 * The snapshot checked against the records: summaries of records that are gone are dropped (and
 * deleted), records without one are summarised (and the summaries stored, unless a newer app owns
 * the store). Storing is best effort: a summary that cannot be kept is still listed, and built again
 * next time.
 */
export async function reconcile(
  stores: Stores,
  snapshot: SummarySnapshot,
  options: ListOptions = {},
): Promise<LibraryListing> {
  const pause = options.pause ?? (() => Promise.resolve());
  const recordIds = await stores.records.keys();
  const present = new Set(recordIds);
  const summaries = new Map(snapshot.summaries);
  const orphans = [...summaries.keys()].filter((id) => !present.has(id));
  for (const id of orphans) summaries.delete(id);
  const missing = recordIds.filter((id) => !summaries.has(id));
  const damaged: DamagedEntry[] = [];
  let unsaved: RecordSummary[] = [];
  let kept = !snapshot.newer;
  for (let start = 0; start < missing.length; start += REBUILD_CHUNK) {
    if (start > 0) await pause();
    const ids = missing.slice(start, start + REBUILD_CHUNK);
    const values = await stores.records.getMany(ids);
    ids.forEach((id, i) => {
      const result = summarizeStored(id, values[i]);
      if ('error' in result) {
        damaged.push(result);
      } else {
        summaries.set(id, result);
        unsaved.push(result);
      }
    });
    const done = start + ids.length;
    if (unsaved.length >= FLUSH_EVERY || done === missing.length) {
      if (kept) kept = await succeeds(stores.summaries.put(unsaved));
      unsaved = [];
      options.onProgress?.({ done, total: missing.length, listing: listingOf(summaries.values(), damaged) });
    }
  }
  if (!snapshot.newer) {
    if (orphans.length && kept) kept = await succeeds(stores.summaries.remove(orphans));
    if (kept && !snapshot.complete) await succeeds(stores.summaries.markComplete());
  }
  return listingOf(summaries.values(), damaged);
}

/** Storing summaries is best effort: a failure is not an error here, they are built again next time. */
function succeeds(write: Promise<void>): Promise<boolean> {
  return write.then(
    () => true,
    () => false,
  );
}
