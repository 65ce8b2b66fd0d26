/**
 * The library: filings a person has opened, kept with their original files.
 * Storage-independent (see backend.ts), so the same logic runs over IndexedDB
 * in the page and over memory in tests and private windows.
 *
 * Consistency without cross-store transactions (idb-keyval opens one database
 * per store): a file is written before its record and removed after it, so a
 * record always has its file; a failed record write deletes the file again;
 * a stray file is never shown. Each record is its own key, so two tabs never
 * overwrite each other's additions. The list opens from the summaries
 * (summary-store.ts), written after their record and removed after it; the
 * records stay the truth, and listing.ts rebuilds any summary that is missing.
 */
import type { RejectedEntry } from './backup';
import { StorageFailure, readStoredFile, type LibraryBackend } from './backend';
import { cleanFileName, contentId, recordWithId, type LibraryRecord, type NewRecordInput } from './record';
import { reconcile, type LibraryListing, type ListOptions } from './listing';
import { restoreRecord } from './restore-record';
import { summarize, type RecordSummary } from './summary';
import { SummaryStore, type FirstPageOptions } from './summary-store';

export type { DamagedEntry, LibraryListing, ListOptions, ListProgress } from './listing';
export type { FirstPageOptions } from './summary-store';

export type LibraryErrorCode =
  'quota-exceeded' | 'storage-failed' | 'invalid-record' | 'newer-version' | 'not-found' | 'file-damaged';

export interface LibraryError {
  code: LibraryErrorCode;
  message: string;
}

export type AddResult =
  | { status: 'added'; record: LibraryRecord; summary: RecordSummary }
  | { status: 'duplicate'; record: LibraryRecord; summary: RecordSummary; message: string }
  | { status: 'failed'; error: LibraryError };

export type RecordLookup =
  | { status: 'found'; record: LibraryRecord; repaired: string[] }
  | { status: 'missing' }
  | { status: 'damaged'; error: LibraryError };

export type FileLookup = { ok: true; bytes: Uint8Array } | { ok: false; error: LibraryError };

/** Everything needed to put a removed filing back (the "Undo" after Remove). */
export interface RemovedEntry {
  record: LibraryRecord;
  bytes: Uint8Array | null;
}

export interface BackupImportReport {
  added: number;
  alreadyPresent: number;
  rejected: RejectedEntry[];
  /** Set when storage failed part-way; entries before it were kept. */
  error: LibraryError | null;
}

/** Summaries stored at a time while importing a backup. */
const SUMMARY_BATCH = 500;
/** Records and files read at a time while exporting a backup. */
const EXPORT_CHUNK = 100;

/** Backups are rare: their code loads when one is made or read, not with the page. */
const loadBackup = () => import('./backup');

/** A file without a record younger than this may be another tab's add in progress. */
export const ORPHAN_GRACE_MS = 10 * 60 * 1000;

function storageError(err: unknown): LibraryError {
  if (err instanceof StorageFailure && err.code === 'quota-exceeded') {
    return {
      code: 'quota-exceeded',
      message:
        'Your browser has no room left to keep this file. Remove filings you no longer need, ' +
        'or export a backup and clear the library, then try again.',
    };
  }
  const detail = err instanceof Error ? err.message : String(err);
  return {
    code: 'storage-failed',
    message: `The library could not be saved to your browser's storage (${detail}).`,
  };
}

function lookUp(id: string, value: unknown): RecordLookup {
  if (value === undefined) return { status: 'missing' };
  const restored = restoreRecord(value);
  if (!restored.ok)
    return { status: 'damaged', error: { code: restored.error.code, message: restored.error.message } };
  if (restored.record.id !== id) {
    return {
      status: 'damaged',
      error: { code: 'invalid-record', message: 'This library entry is stored under the wrong id.' },
    };
  }
  return { status: 'found', record: restored.record, repaired: restored.repaired };
}

function describeAdded(record: LibraryRecord): string {
  return `${record.fileName} is already in your library (added ${record.addedAt.slice(0, 10)}).`;
}

export class Library {
  private readonly summaries: SummaryStore;

  constructor(
    private readonly backend: LibraryBackend,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.summaries = new SummaryStore(backend.summaries);
  }

  async add(input: Omit<NewRecordInput, 'now'>): Promise<AddResult> {
    try {
      const id = await contentId(input.bytes);
      const existing = await this.get(id);
      if (existing.status === 'found') {
        const { record } = existing;
        return { status: 'duplicate', record, summary: summarize(record), message: describeAdded(record) };
      }
      // A damaged entry is replaced by the fresh one; an entry a newer version wrote is left alone.
      if (existing.status === 'damaged' && existing.error.code === 'newer-version') {
        const message = `${cleanFileName(input.fileName)} is already in your library, saved by a newer version of this app. Reload the page to update the app.`;
        return { status: 'failed', error: { code: 'newer-version', message } };
      }
      const record = recordWithId({ ...input, now: this.clock() }, id);
      return await this.write(record, input.bytes);
    } catch (err) {
      return { status: 'failed', error: storageError(err) };
    }
  }

  /** Stores a record and its file, all or nothing. The record is checked exactly as a later read will check it. */
  private async write(
    candidate: LibraryRecord,
    bytes: Uint8Array,
    storeSummary: (summary: RecordSummary) => Promise<void> = (summary) => this.summaries.put([summary]),
  ): Promise<AddResult> {
    const checked = restoreRecord(candidate);
    if (!checked.ok) {
      const message = `This filing could not be kept in the library: ${checked.error.message}`;
      return { status: 'failed', error: { code: 'invalid-record', message } };
    }
    const record = checked.record;
    // A view over a larger buffer would store the whole buffer: keep exactly the file's bytes.
    const ownBytes =
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
    try {
      await this.backend.files.set(record.id, { bytes: ownBytes, storedAt: this.clock().getTime() });
    } catch (err) {
      return { status: 'failed', error: storageError(err) };
    }
    try {
      await this.backend.records.set(record.id, record);
    } catch (err) {
      await this.rollbackFile(record.id);
      return { status: 'failed', error: storageError(err) };
    }
    const summary = summarize(record);
    // The record is kept: a summary that cannot be stored is built again from it by the next list().
    await storeSummary(summary).catch(() => undefined);
    return { status: 'added', record, summary };
  }

  /** Deletes a file whose record write failed, unless another tab has meanwhile stored the record. */
  private async rollbackFile(id: string): Promise<void> {
    try {
      if ((await this.backend.records.get(id)) === undefined) await this.backend.files.delete(id);
    } catch {
      // The file stays as an orphan: invisible to reads, removed by sweepOrphanFiles.
    }
  }

  /**
   * Every filing, from the stored summaries checked against the records (see listing.ts). With
   * `from` (what quickList gave), the summaries are not read again: only the records' keys are.
   */
  async list(options: ListOptions & { from?: LibraryListing } = {}): Promise<LibraryListing> {
    const snapshot = options.from
      ? {
          summaries: new Map(options.from.summaries.map((s) => [s.id, s])),
          inListOrder: options.from.summaries,
          complete: true,
          newer: false,
        }
      : await this.summaries.read();
    return reconcile({ records: this.backend.records, summaries: this.summaries }, snapshot, options);
  }

  /**
   * Fast: the stored summaries alone, without reading a record or checking one exists; null when
   * they are not known to be complete (list() builds them then). Damaged records show up in list().
   * `firstPage` is shown the list's start as soon as the stored summaries are read.
   */
  async quickList(firstPage?: FirstPageOptions): Promise<LibraryListing | null> {
    const snapshot = await this.summaries.read(firstPage);
    return snapshot.complete ? { summaries: snapshot.inListOrder, damaged: [] } : null;
  }

  /** One filing's summary (another tab added it): the stored one, else built from its record. */
  async summaryOf(id: string): Promise<RecordSummary | null> {
    const stored = await this.summaries.readOne(id);
    if (stored) return stored;
    const found = await this.get(id);
    if (found.status !== 'found') return null;
    const summary = summarize(found.record);
    await this.summaries.put([summary]).catch(() => undefined);
    return summary;
  }

  async get(id: string): Promise<RecordLookup> {
    return lookUp(id, await this.backend.records.get(id));
  }

  /** Several records in one read (each validated like get's), in the order asked. */
  async getMany(ids: readonly string[]): Promise<RecordLookup[]> {
    const values = await this.backend.records.getMany(ids);
    return ids.map((id, i) => lookUp(id, values[i]));
  }

  /** The original bytes, checked against their content hash before anyone renders them. */
  async getFile(id: string): Promise<FileLookup> {
    return this.checkedFile(id, await this.backend.files.get(id));
  }

  private async checkedFile(id: string, value: unknown): Promise<FileLookup> {
    const stored = readStoredFile(value);
    if (!stored) {
      return {
        ok: false,
        error: { code: 'not-found', message: 'The original file of this filing is not in the library.' },
      };
    }
    if ((await contentId(stored.bytes)) !== id) {
      const message =
        'The original file kept for this filing is damaged (its contents changed). Add the file again.';
      return { ok: false, error: { code: 'file-damaged', message } };
    }
    return { ok: true, bytes: stored.bytes };
  }

  /** Removes record then file, returning what `undoRemove` needs; null when there was nothing to remove. */
  async remove(id: string): Promise<RemovedEntry | null> {
    const found = await this.get(id);
    const file = await this.getFile(id);
    await this.backend.records.delete(id);
    await this.summaries.remove([id]).catch(() => undefined); // a leftover is dropped by the next list()
    await this.backend.files.delete(id);
    if (found.status !== 'found') return null;
    return { record: found.record, bytes: file.ok ? file.bytes : null };
  }

  async undoRemove(removed: RemovedEntry): Promise<AddResult> {
    if (!removed.bytes) {
      const message = 'This filing cannot be put back: its original file was already missing.';
      return { status: 'failed', error: { code: 'not-found', message } };
    }
    const existing = await this.get(removed.record.id);
    if (existing.status === 'found') {
      const { record } = existing;
      return { status: 'duplicate', record, summary: summarize(record), message: describeAdded(record) };
    }
    return this.write(removed.record, removed.bytes);
  }

  /** Records first: if clearing stops half-way, what is left are invisible orphan files, not filings without files. */
  async clear(): Promise<void> {
    await this.backend.records.clear();
    await this.summaries.clear();
    await this.backend.files.clear();
  }

  async exportBackup(): Promise<Uint8Array> {
    const { summaries } = await this.list();
    const records: LibraryRecord[] = [];
    const files = new Map<string, Uint8Array>();
    for (let start = 0; start < summaries.length; start += EXPORT_CHUNK) {
      const ids = summaries.slice(start, start + EXPORT_CHUNK).map((summary) => summary.id);
      const [found, stored] = await Promise.all([this.getMany(ids), this.backend.files.getMany(ids)]);
      for (let i = 0; i < ids.length; i++) {
        const lookup = found[i];
        if (lookup.status !== 'found') continue;
        records.push(lookup.record);
        const file = await this.checkedFile(ids[i], stored[i]);
        if (file.ok) files.set(ids[i], file.bytes);
      }
    }
    const { exportBackup } = await loadBackup();
    return exportBackup(records, files, this.clock());
  }

  async importBackup(bytes: Uint8Array): Promise<BackupImportReport | { error: LibraryError }> {
    // Entries to keep: every readable record, and those a newer version wrote; a damaged one may be replaced.
    const { summaries, damaged } = await this.list();
    const newer = damaged.filter((entry) => entry.error.code === 'newer-version');
    const existing = new Set([...summaries, ...newer].map((entry) => entry.id));
    const { importBackup } = await loadBackup();
    const contents = await importBackup(bytes, existing);
    if (!contents.ok) {
      const code = contents.error.code === 'newer-version' ? 'newer-version' : 'invalid-record';
      return { error: { code, message: contents.error.message } };
    }
    const report: BackupImportReport = {
      added: 0,
      alreadyPresent: contents.alreadyPresent.length,
      rejected: contents.rejected,
      error: null,
    };
    // Summaries are stored a batch at a time: each batch rewrites every shard it touches once, where
    // one at a time would rewrite a shard for every filing of a large backup.
    const batch: RecordSummary[] = [];
    const storeBatch = () => this.summaries.put(batch.splice(0)).catch(() => undefined);
    for (const record of contents.records) {
      const bytes = contents.files.get(record.id) ?? new Uint8Array();
      const written = await this.write(record, bytes, async (summary) => void batch.push(summary));
      if (written.status === 'failed') {
        report.error = written.error;
        break;
      }
      report.added++;
      if (batch.length >= SUMMARY_BATCH) await storeBatch();
    }
    await storeBatch();
    return report;
  }

  /** Deletes files left without a record (an interrupted write or removal); returns how many. */
  async sweepOrphanFiles(): Promise<number> {
    const recordIds = new Set(await this.backend.records.keys());
    const cutoff = this.clock().getTime() - ORPHAN_GRACE_MS;
    let swept = 0;
    for (const id of await this.backend.files.keys()) {
      if (recordIds.has(id)) continue;
      const stored = readStoredFile(await this.backend.files.get(id));
      if (stored && stored.storedAt > cutoff) continue;
      await this.backend.files.delete(id);
      swept++;
    }
    return swept;
  }
}
