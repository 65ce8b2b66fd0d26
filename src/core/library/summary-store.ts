/**
 * The records' summaries as stored: what the library list needs to open
 * without reading a single record. Records stay the truth; a summary is a
 * cache of summarize(record), written right after its record, and anything
 * missing, damaged or from another format is rebuilt from the record.
 *
 * Summaries are grouped into 16 shards by the first hex digit of their id,
 * each one JSON text: IndexedDB pays per stored value (Chromium reads 10,000
 * summaries as 10,000 values in about 600 ms, as 256 values in 30 ms, as 16 in
 * 13 ms), and a shard (about 180 KB for 10,000 filings) is still quick to
 * rewrite on every add. A shard is rewritten in one atomic read-modify-write,
 * so two tabs adding at once lose nothing.
 */
import type { KeyValueArea } from './backend';
import { latestFilingFirst, mergeInListOrder } from './search';
import { SummaryDecoder, compareStoredRows, decodeSummary, encodeSummary } from './summary-codec';
import type { RecordSummary } from './summary';
import { isPlainObject, ownValue } from './untrusted';

/** Version of the stored layout (state, shard keys, shard text, summary fields). */
export const SUMMARY_FORMAT = 1;
export const STATE_KEY = 'state';
const SHARD_PREFIX = 'shard:';

/** Hex digits of the id that name its shard. */
const SHARD_DIGITS = 1;

export function shardKey(id: string): string {
  return SHARD_PREFIX + id.slice(0, SHARD_DIGITS);
}

/** Every key a shard can have: writes make no other (anything else in the store is never read). */
const SHARD_KEYS = Array.from({ length: 16 ** SHARD_DIGITS }, (_, n) =>
  shardKey(n.toString(16).padStart(SHARD_DIGITS, '0')),
);

interface StoreState {
  format: number;
  /** Every record had its summary when this was written (a full check finished). */
  complete: boolean;
}

export interface SummarySnapshot {
  /** Valid summaries by record id. */
  summaries: Map<string, RecordSummary>;
  /** The same summaries in the list's first order (search.ts latestFilingFirst). */
  inListOrder: RecordSummary[];
  /** The store holds a summary for every record (as of its last full check), in this app's format. */
  complete: boolean;
  /** A newer version of the app owns the store: nothing is read from it and nothing written. */
  newer: boolean;
}

function readState(value: unknown): StoreState | null {
  if (!isPlainObject(value)) return null;
  const format = ownValue(value, 'format');
  const complete = ownValue(value, 'complete');
  if (typeof format !== 'number' || !Number.isInteger(format) || typeof complete !== 'boolean') return null;
  return { format, complete };
}

/**
 * A shard's format and rows, or null when its text is damaged. A newer format's rows may be
 * anything: only the format is read from it.
 */
function parseShard(value: unknown): { format: number; rows: unknown[] } | null {
  if (typeof value !== 'string') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  if (!isPlainObject(parsed)) return null;
  const format = ownValue(parsed, 'format');
  const rows = ownValue(parsed, 'rows');
  if (typeof format !== 'number') return null;
  if (format > SUMMARY_FORMAT) return { format, rows: [] };
  return Array.isArray(rows) ? { format, rows } : null;
}

/**
 * One stored shard's rows, checked as far as asked: the list's first page needs only the first
 * rows of each shard, the rest are checked after it is shown. Rows are stored in the list's first
 * order, so any prefix of a shard's valid summaries is that shard's start of the list; a shard not
 * in order (damaged) is checked whole at once and sorted.
 */
class ShardRows {
  /** The valid summaries checked so far, in the list's first order. */
  readonly run: RecordSummary[] = [];
  private next = 0;

  private constructor(
    private readonly rows: unknown[],
    private readonly idStart: string,
  ) {}

  /** The readable rows of one stored value, or null (damaged, or another format's: rebuilt then). */
  static open(key: string, value: unknown): ShardRows | null {
    const shard = parseShard(value);
    if (!shard || shard.format !== SUMMARY_FORMAT) return null;
    return new ShardRows(shard.rows, key.slice(SHARD_PREFIX.length));
  }

  get storedRows(): number {
    return this.rows.length;
  }

  /**
   * Checks rows until `wanted` summaries are valid or none is left, adding each to `into` (the
   * first of an id stored twice counts).
   */
  check(wanted: number, decoder: SummaryDecoder, into: Map<string, RecordSummary>): void {
    if (this.next === 0 && wanted < this.rows.length && !inStoredOrder(this.rows)) wanted = Infinity;
    const { rows, run } = this;
    let ordered = true;
    for (; this.next < rows.length && run.length < wanted; this.next++) {
      const summary = decoder.decode(rows[this.next]);
      // A summary filed under another shard is not where writes look for it: rebuilt instead.
      if (!summary?.id.startsWith(this.idStart) || into.has(summary.id)) continue;
      into.set(summary.id, summary);
      if (run.length > 0 && latestFilingFirst(run[run.length - 1], summary) > 0) ordered = false;
      run.push(summary);
    }
    if (!ordered) run.sort(latestFilingFirst);
  }
}

/** The stored rows are in the list's first order (what every write leaves). */
function inStoredOrder(rows: unknown[]): boolean {
  for (let i = 1; i < rows.length; i++) if (compareStoredRows(rows[i - 1], rows[i]) > 0) return false;
  return true;
}

/**
 * For showing the list's first page as soon as the shards are read, before the rest of every
 * shard is checked (a library of 10,000 filings checks ~1,600 summaries first, not 10,000).
 */
export interface FirstPageOptions {
  /** Summaries on the page. */
  size: number;
  /**
   * Called once, only where the store is complete, with the first `size` summaries in the list's
   * first order (exactly those the whole listing starts with) and the number of rows stored, which
   * the checked listing can only lower (by rows found damaged or stored twice).
   */
  show(page: RecordSummary[], storedRows: number): void;
  /** Resolves once what `show` drew is on screen; the rest is checked after it. */
  pause(): Promise<void>;
}

const rowId = (row: unknown): string | null =>
  Array.isArray(row) && typeof row[0] === 'string' ? (row[0] as string) : null;

export class SummaryStore {
  constructor(private readonly area: KeyValueArea) {}

  async read(firstPage?: FirstPageOptions): Promise<SummarySnapshot> {
    const summaries = new Map<string, RecordSummary>();
    let state: StoreState | null = null;
    const newer = () => state !== null && state.format > SUMMARY_FORMAT;
    const decoder = new SummaryDecoder();
    const shards: ShardRows[] = [];
    const firstRows = firstPage?.size ?? Infinity;
    // The state first, then each shard checked as soon as it is read, while the next is being read.
    await this.area.getEach([STATE_KEY, ...SHARD_KEYS], (key, value) => {
      if (key === STATE_KEY) state = readState(value);
      else if (value !== undefined && !newer()) {
        const shard = ShardRows.open(key, value);
        shard?.check(firstRows, decoder, summaries);
        if (shard) shards.push(shard);
      }
    });
    if (newer()) return { summaries: new Map(), inListOrder: [], complete: false, newer: true };
    const { format, complete } = state ?? { format: 0, complete: false };
    const usable = format === SUMMARY_FORMAT && complete;
    if (firstPage && usable) {
      const page = mergeInListOrder(shards.map((shard) => shard.run)).slice(0, firstPage.size);
      firstPage.show(
        page,
        shards.reduce((sum, shard) => sum + shard.storedRows, 0),
      );
      await firstPage.pause();
    }
    for (const shard of shards) shard.check(Infinity, decoder, summaries);
    const inListOrder = mergeInListOrder(shards.map((shard) => shard.run));
    return { summaries, inListOrder, complete: usable, newer: false };
  }

  /** One record's stored summary, or null (absent, damaged, or the store is a newer app's). */
  async readOne(id: string): Promise<RecordSummary | null> {
    const [stateValue, shardValue] = await this.area.getMany([STATE_KEY, shardKey(id)]);
    const state = readState(stateValue);
    const shard = parseShard(shardValue);
    if ((state && state.format > SUMMARY_FORMAT) || !shard || shard.format !== SUMMARY_FORMAT) return null;
    const row = shard.rows.find((candidate) => rowId(candidate) === id);
    return row === undefined ? null : decodeSummary(row);
  }

  /** Adds or replaces these summaries (one transaction, whatever the number of shards). */
  put(summaries: readonly RecordSummary[]): Promise<void> {
    const added = groupByShard(summaries.map(encodeSummary), (row) => row[0]);
    return this.rewrite(added, (rows, adding) => {
      const ids = new Set(adding.map((row) => row[0]));
      return [...rows.filter((row) => !ids.has(rowId(row) ?? '')), ...adding];
    });
  }

  remove(ids: readonly string[]): Promise<void> {
    return this.rewrite(
      groupByShard(ids, (id) => id),
      (rows, removing) => {
        const gone = new Set(removing);
        return rows.filter((row) => !gone.has(rowId(row) ?? ''));
      },
    );
  }

  /** Says every record now has its summary, so the next open can trust the store alone. */
  async markComplete(): Promise<void> {
    await this.area.update([STATE_KEY], (_key, current) => {
      const state = readState(current);
      if (state && state.format > SUMMARY_FORMAT) return null;
      return { format: SUMMARY_FORMAT, complete: true } satisfies StoreState;
    });
  }

  /** Empties the store; an empty library is completely summarised. */
  async clear(): Promise<void> {
    await this.area.clear();
    await this.markComplete();
  }

  private async rewrite<T>(
    byShard: ReadonlyMap<string, T[]>,
    change: (rows: unknown[], items: T[]) => unknown[],
  ): Promise<void> {
    if (byShard.size === 0) return;
    await this.area.update([...byShard.keys()], (key, current) => {
      const shard = current === undefined ? { format: SUMMARY_FORMAT, rows: [] } : parseShard(current);
      if (shard && shard.format > SUMMARY_FORMAT) return null; // a newer app's shard: left as it is
      // A damaged shard starts again empty: the summaries it held are rebuilt from their records.
      const kept = shard && shard.format === SUMMARY_FORMAT ? shard.rows.filter((row) => rowId(row)) : [];
      const rows = change(kept, byShard.get(key) ?? []).sort(compareStoredRows);
      return JSON.stringify({ format: SUMMARY_FORMAT, rows });
    });
  }
}

function groupByShard<T>(items: readonly T[], idOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = shardKey(idOf(item));
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
