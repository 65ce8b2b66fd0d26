/**
 * The reading queue: files go to the worker two at a time, each result is
 * stored in the library the moment it arrives, and every change is reported
 * so the page can show it. A file is hashed before it is read, so one that is
 * already in the library (or was given twice) is recognised without reading
 * it again. DOM-free apart from Blob, so it runs in Node against the real
 * parser and a memory library.
 */
import type { ParseError } from '../../core/errors';
import type { Library } from '../../core/library/library';
import { contentId } from '../../core/library/record';
import type { RecordSummary } from '../../core/library/summary';
import type { ParseOutput } from '../../core/parse-file';
import type { ParseResult } from '../../worker/api';
import { isCancellable, type QueueItem } from './queue-item';

/** A read in progress, as the worker client hands it out. */
export interface ReadingJob {
  readonly result: Promise<ParseResult>;
  cancel(): void;
}

export interface QueueInput {
  file: Blob;
  /** Name to show: the file name, or its path inside a dropped folder. */
  path: string;
}

export interface SkippedInput {
  path: string;
  reason: string;
}

export interface ReadQueueDeps {
  /** Reads bytes in the worker; the buffer is transferred. */
  parse(fileName: string, bytes: ArrayBuffer, password?: string): ReadingJob;
  library: Promise<Library>;
  onChange(items: readonly QueueItem[]): void;
  /** A record was added: the library list can show it at once, without listing the store again. */
  onStored(summary: RecordSummary): void;
  /** Files read at once. Two keeps the worker busy while one file is loaded and hashed. */
  concurrency?: number;
}

interface Work {
  file: Blob;
  bytes: Uint8Array | null;
  password: string | undefined;
  job: ReadingJob | null;
  cancelled: boolean;
}

type Known = { recordId: string; note: string };

/** A file read but not kept (the library was full or failed): shown from memory while the page is open. */
export interface UnsavedReading {
  output: ParseOutput;
  bytes: Uint8Array;
}

export class ReadQueue {
  #items: QueueItem[] = [];
  readonly #work = new Map<number, Work>();
  readonly #waiting: number[] = [];
  /** Content id → the key of the item in this page that is reading or has stored it. */
  readonly #readHere = new Map<string, number>();
  readonly #unsaved = new Map<number, UnsavedReading>();
  readonly #settleListeners = new Map<number, (() => void)[]>();
  /** Items claim their content id one after another, in the order they were given (see #claim). */
  #claims: Promise<unknown> = Promise.resolve();
  #running = 0;
  #nextKey = 1;
  #nextBatch = 1;

  constructor(private readonly deps: ReadQueueDeps) {}

  get items(): readonly QueueItem[] {
    return this.#items;
  }

  /** Queues files (and lists skipped ones); returns the batch number they share. */
  add(files: readonly QueueInput[], skipped: readonly SkippedInput[] = []): number {
    const batch = this.#nextBatch++;
    const added: QueueItem[] = [];
    for (const { file, path } of files) {
      const key = this.#nextKey++;
      added.push({ key, fileName: path, byteLength: file.size, batch, state: 'queued' });
      this.#work.set(key, { file, bytes: null, password: undefined, job: null, cancelled: false });
      this.#waiting.push(key);
    }
    for (const { path, reason } of skipped) {
      added.push({ key: this.#nextKey++, fileName: path, byteLength: 0, batch, state: 'skipped', reason });
    }
    this.#items = [...this.#items, ...added];
    this.#changed();
    this.#pump();
    return batch;
  }

  cancel(key: number): void {
    const item = this.#find(key);
    const work = this.#work.get(key);
    if (!item || !work || !isCancellable(item)) return;
    work.cancelled = true;
    work.job?.cancel();
    const waitingAt = this.#waiting.indexOf(key);
    if (waitingAt >= 0) this.#waiting.splice(waitingAt, 1);
    this.#release(key);
    this.#set(key, { state: 'cancelled' });
  }

  /** Tries a password-protected file again with the password the person typed. */
  retryWithPassword(key: number, password: string): void {
    const item = this.#find(key);
    const work = this.#work.get(key);
    if (item?.state !== 'needs-password' || !work) return;
    work.password = password;
    this.#waiting.unshift(key); // the person is waiting on this one: it goes first
    this.#set(key, { state: 'queued' });
    this.#pump();
  }

  /** Takes finished rows off the list (the library keeps what was stored). */
  clearFinished(): void {
    const keep = (item: QueueItem) => isCancellable(item) || item.state === 'saving';
    for (const item of this.#items) if (!keep(item)) this.#unsaved.delete(item.key);
    this.#items = this.#items.filter(keep);
    this.#changed();
  }

  /** The reading (and bytes) of a file read but not kept, while the page is open. */
  unsavedReading(key: number): UnsavedReading | null {
    return this.#unsaved.get(key) ?? null;
  }

  /** Stops everything still waiting or being read. */
  dispose(): void {
    for (const item of this.#items) this.cancel(item.key);
  }

  #pump(): void {
    const limit = this.deps.concurrency ?? 2;
    while (this.#running < limit && this.#waiting.length > 0) {
      const key = this.#waiting.shift() as number;
      this.#running++;
      void this.#process(key).finally(() => {
        this.#running--;
        this.#pump();
      });
    }
  }

  async #process(key: number): Promise<void> {
    const work = this.#work.get(key);
    const item = this.#find(key);
    if (!work || !item || work.cancelled) return;
    this.#set(key, { state: 'reading' });
    try {
      const { bytes, id, twin } = await this.#claim(key, work);
      if (work.cancelled) return;
      // The same bytes given twice: wait for the other one, then this one is a duplicate or is read after all.
      if (twin !== null) {
        await this.#settled(twin);
        if (work.cancelled) return;
        this.#readHere.set(id, key);
      }
      const library = await this.deps.library;
      const known = await this.#storedAlready(id, library);
      if (work.cancelled) return;
      if (known) {
        this.#readHere.delete(id);
        return this.#finish(key, { state: 'done', duplicate: true, ...known });
      }
      // The worker takes its copy's buffer; these bytes stay here for the library (and a password retry).
      work.job = this.deps.parse(item.fileName, bytes.slice().buffer, work.password);
      const result = await work.job.result;
      work.job = null;
      if (work.cancelled) return;
      if (!result.ok) return this.#notRead(key, id, result.error);
      await this.#store(key, id, bytes, result.output, library);
    } catch (err) {
      if (work.cancelled) return;
      const message = `${item.fileName} could not be read (${err instanceof Error ? err.message : String(err)}).`;
      this.#finish(key, { state: 'failed', error: { code: 'unreadable-file', message } });
    }
  }

  async #store(key: number, id: string, bytes: Uint8Array, output: ParseOutput, library: Library) {
    const fileName = this.#find(key)?.fileName ?? 'file';
    this.#set(key, { state: 'saving' });
    const stored = await library.add({ bytes, fileName, output });
    if (stored.status === 'failed') {
      this.#readHere.delete(id);
      this.#unsaved.set(key, { output, bytes });
      return this.#finish(key, { state: 'unsaved', message: stored.error.message });
    }
    if (stored.status === 'added') this.deps.onStored(stored.summary);
    const duplicate = stored.status === 'duplicate';
    const note = duplicate ? stored.message : null;
    this.#finish(key, { state: 'done', recordId: stored.record.id, duplicate, note });
  }

  /**
   * Reads the item's bytes and content id, and claims the id unless another item of this page is
   * reading the same bytes (its key is returned). Claims are made one at a time in the order the
   * items were started, so of two copies given together the first is read and kept, whichever
   * copy's bytes arrive first.
   */
  #claim(key: number, work: Work): Promise<{ bytes: Uint8Array; id: string; twin: number | null }> {
    const claimed = this.#claims.then(async () => {
      work.bytes ??= new Uint8Array(await work.file.arrayBuffer());
      const id = await contentId(work.bytes);
      const twin = this.#twinBeingRead(id, key);
      if (twin === null) this.#readHere.set(id, key);
      return { bytes: work.bytes, id, twin };
    });
    this.#claims = claimed.catch(() => undefined);
    return claimed;
  }

  /** The key of another item of this page reading the same bytes right now, if any. */
  #twinBeingRead(id: string, key: number): number | null {
    const other = this.#find(this.#readHere.get(id) ?? -1);
    if (!other || other.key === key || (other.state !== 'reading' && other.state !== 'saving')) return null;
    return other.key;
  }

  /** Resolves when the item stops reading: finished, or waiting for a password. */
  #settled(key: number): Promise<void> {
    return new Promise((resolve) => {
      const waiting = this.#settleListeners.get(key) ?? [];
      this.#settleListeners.set(key, [...waiting, resolve]);
    });
  }

  /** The same bytes already in the library. */
  async #storedAlready(id: string, library: Library): Promise<Known | null> {
    try {
      const found = await library.get(id);
      if (found.status !== 'found') return null;
      const { fileName, addedAt } = found.record;
      return {
        recordId: id,
        note: `Already in your library as ${fileName} (added ${addedAt.slice(0, 10)}).`,
      };
    } catch {
      return null; // storage trouble: read the file anyway; storing it will say what went wrong
    }
  }

  #notRead(key: number, id: string, error: ParseError): void {
    this.#readHere.delete(id);
    if (error.code === 'password-required' || error.code === 'wrong-password') {
      // Keep the bytes: the retry reads them again with the password.
      this.#set(key, { state: 'needs-password', wrongPassword: error.code === 'wrong-password' });
      return;
    }
    this.#finish(key, error.code === 'cancelled' ? { state: 'cancelled' } : { state: 'failed', error });
  }

  #finish(key: number, change: DistributiveOmit<QueueItem, 'key' | 'fileName' | 'byteLength' | 'batch'>) {
    this.#release(key);
    this.#set(key, change);
  }

  #release(key: number): void {
    this.#work.delete(key);
  }

  #find(key: number): QueueItem | undefined {
    return this.#items.find((item) => item.key === key);
  }

  #set(key: number, change: DistributiveOmit<QueueItem, 'key' | 'fileName' | 'byteLength' | 'batch'>): void {
    this.#items = this.#items.map((item) =>
      item.key === key
        ? ({
            key,
            fileName: item.fileName,
            byteLength: item.byteLength,
            batch: item.batch,
            ...change,
          } as QueueItem)
        : item,
    );
    this.#changed();
    if (change.state !== 'queued' && change.state !== 'reading' && change.state !== 'saving') {
      for (const resolve of this.#settleListeners.get(key) ?? []) resolve();
      this.#settleListeners.delete(key);
    }
  }

  #changed(): void {
    this.deps.onChange(this.#items);
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
