/**
 * Filter and sort over record summaries. Each entry carries its lower-case,
 * accent-free search keys, worked out once (when first needed, or ahead of
 * time with prepareSearch while the page is idle), so a query over ten
 * thousand records is a linear scan of plain string tests plus one sort on
 * ready keys (measured by scripts/storage-bench-search.ts).
 */
import type { DocumentType } from '../filing';
import type { RecordSummary } from './summary';

export type SortKey = 'date' | 'issuer' | 'owner' | 'added';

export interface LibraryQuery {
  /** Every word must appear in the issuer, ticker, owners, file name, form type, codes or security titles. */
  text?: string;
  /** Part of any reporting owner's name. */
  owner?: string;
  /** Part of the issuer's name. */
  issuer?: string;
  /** The trading symbol, whole (case does not matter). */
  ticker?: string;
  formTypes?: readonly DocumentType[];
  /** The filing has at least one row with this transaction code. */
  transactionCode?: string;
  /** Inclusive "YYYY-MM-DD" bounds: a filing matches if any date it reports falls inside. */
  dateFrom?: string;
  dateTo?: string;
  sort?: SortKey;
  /** Default: newest/last first for dates, A→Z for names. */
  descending?: boolean;
}

/** What a search compares, lower case and accent-free; worked out once per summary, when first needed. */
interface SearchKeys {
  text: string;
  issuer: string;
  ticker: string;
  owners: string;
  /** Sort key; empty strings sort last whatever the direction. */
  ownerSort: string;
}

interface IndexEntry {
  readonly summary: RecordSummary;
  /** Null until a search or a sort by name needs it (opening the list does not), then kept. */
  keys: SearchKeys | null;
}

export interface SummaryIndex {
  readonly entries: readonly IndexEntry[];
  /** The entries are in the list's first order (latestFilingFirst): the default sort has nothing to do. */
  readonly inListOrder: boolean;
}

/** Printable ASCII needs no Unicode normalisation: most names are, so the fast path matters. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const LOOSE_SPACE = /\s\s|^\s|\s$/;

/** Lower case, accents removed, whitespace collapsed: "Société  Générale" → "societe generale". */
export function normalizeForSearch(text: string): string {
  if (PLAIN_ASCII.test(text)) {
    const lower = text.toLowerCase();
    return LOOSE_SPACE.test(lower) ? lower.replace(/\s+/g, ' ').trim() : lower;
  }
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function searchKeys(summary: RecordSummary): SearchKeys {
  const issuer = normalizeForSearch(summary.issuerName);
  const ticker = normalizeForSearch(summary.ticker ?? '');
  const owners = summary.ownerNames.map(normalizeForSearch);
  const text = [
    issuer,
    ticker,
    ...owners,
    normalizeForSearch(summary.fileName),
    `form ${summary.documentType}`,
    ...summary.transactionCodes.map((code) => code.toLowerCase()),
    ...summary.securityTitles.map(normalizeForSearch),
  ].join('\n');
  return { text, issuer, ticker, owners: owners.join('\n'), ownerSort: owners[0] ?? '' };
}

function keysOf(entry: IndexEntry): SearchKeys {
  return (entry.keys ??= searchKeys(entry.summary));
}

/** Cheap: nothing is normalised until a search needs it (see prepareSearch). */
export function buildSummaryIndex(summaries: readonly RecordSummary[]): SummaryIndex {
  let inListOrder = true;
  for (let i = 1; i < summaries.length && inListOrder; i++)
    inListOrder = latestFilingFirst(summaries[i - 1], summaries[i]) <= 0;
  return { entries: summaries.map((summary) => ({ summary, keys: null })), inListOrder };
}

/**
 * Works out the search keys of up to `count` entries from `start`, so the first search does not
 * pay for all of them at once; returns where to go on from (entries.length once all are ready).
 * An index derived from this one shares its entries, so the work carries over.
 */
export function prepareSearch(index: SummaryIndex, start: number, count: number): number {
  const end = Math.min(index.entries.length, start + count);
  for (let i = start; i < end; i++) keysOf(index.entries[i]);
  return end;
}

/** The index with these summaries added (replacing entries with the same id) and these ids removed. */
export function withChanges(
  index: SummaryIndex,
  changes: { add?: readonly RecordSummary[]; remove?: readonly string[] },
): SummaryIndex {
  const add = changes.add ?? [];
  const gone = new Set([...(changes.remove ?? []), ...add.map((summary) => summary.id)]);
  const kept = gone.size ? index.entries.filter((entry) => !gone.has(entry.summary.id)) : index.entries;
  return {
    entries: [...kept, ...add.map((summary) => ({ summary, keys: null }))],
    // Removing keeps the order; an added entry goes at the end, wherever it belongs.
    inListOrder: index.inListOrder && add.length === 0,
  };
}

type Predicate = (entry: IndexEntry) => boolean;

function predicates(query: LibraryQuery): Predicate[] {
  const tests: Predicate[] = [];
  const words = normalizeForSearch(query.text ?? '')
    .split(' ')
    .filter(Boolean);
  if (words.length) tests.push((e) => words.every((word) => keysOf(e).text.includes(word)));
  const owner = normalizeForSearch(query.owner ?? '');
  if (owner) tests.push((e) => keysOf(e).owners.includes(owner));
  const issuer = normalizeForSearch(query.issuer ?? '');
  if (issuer) tests.push((e) => keysOf(e).issuer.includes(issuer));
  const ticker = normalizeForSearch(query.ticker ?? '');
  if (ticker) tests.push((e) => keysOf(e).ticker === ticker);
  if (query.formTypes?.length) {
    const forms = new Set<string>(query.formTypes);
    tests.push((e) => forms.has(e.summary.documentType));
  }
  const code = (query.transactionCode ?? '').trim().toUpperCase();
  if (code) tests.push((e) => e.summary.transactionCodes.includes(code));
  const from = query.dateFrom || '';
  const to = query.dateTo || '';
  if (from || to)
    tests.push((e) => e.summary.dates.some((date) => (!from || date >= from) && (!to || date <= to)));
  return tests;
}

const sortKeys: Record<SortKey, (entry: IndexEntry) => string> = {
  date: (entry) => entry.summary.filingDate ?? '',
  issuer: (entry) => keysOf(entry).issuer,
  owner: (entry) => keysOf(entry).ownerSort,
  added: (entry) => entry.summary.addedAt,
};

/**
 * The comparison for a sort. The list's first order (by date, newest first) compares the
 * summaries directly: it runs over the whole library as the page opens, before the engine has
 * optimised anything, so it makes no calls and no arrays per comparison.
 */
function compareEntries(key: SortKey, descending: boolean): (a: IndexEntry, b: IndexEntry) => number {
  if (key === 'date' && descending) return (a, b) => latestFilingFirst(a.summary, b.summary);
  const keyOf = sortKeys[key];
  const direction = descending ? -1 : 1;
  return (a, b) => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    if (ka !== kb) {
      if (!ka) return 1;
      if (!kb) return -1;
      return (ka < kb ? -1 : 1) * direction;
    }
    return newestAddedFirst(a.summary, b.summary);
  };
}

/** Stable, total order among equals: newest added first, then id. */
function newestAddedFirst(a: RecordSummary, b: RecordSummary): number {
  if (a.addedAt !== b.addedAt) return a.addedAt > b.addedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The list's first order (latest filing date first, undated last, then newest added): a listing
 * sorted so makes the first query's sort a single pass. No calls, no arrays (see compareEntries).
 */
export function latestFilingFirst(a: RecordSummary, b: RecordSummary): number {
  const da = a.filingDate || '';
  const db = b.filingDate || '';
  if (da !== db) {
    if (!da) return 1;
    if (!db) return -1;
    return da > db ? -1 : 1;
  }
  if (a.addedAt !== b.addedAt) return a.addedAt > b.addedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Runs each in the list's first order (latestFilingFirst) merged into one, in pairs: n log(runs)
 * comparisons made here, where the engine can optimise them, not called from a built-in sort.
 */
export function mergeInListOrder(runs: readonly RecordSummary[][]): RecordSummary[] {
  let level = runs.filter((run) => run.length > 0);
  if (level.length === 0) return [];
  while (level.length > 1) {
    const next: RecordSummary[][] = [];
    for (let i = 0; i < level.length; i += 2)
      next.push(i + 1 < level.length ? mergeTwo(level[i], level[i + 1]) : level[i]);
    level = next;
  }
  return level[0];
}

function mergeTwo(a: readonly RecordSummary[], b: readonly RecordSummary[]): RecordSummary[] {
  const merged: RecordSummary[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(latestFilingFirst(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) merged.push(a[i++]);
  while (j < b.length) merged.push(b[j++]);
  return merged;
}

export function queryLibrary(index: SummaryIndex, query: LibraryQuery = {}): RecordSummary[] {
  const tests = predicates(query);
  const matches = tests.length
    ? index.entries.filter((entry) => tests.every((test) => test(entry)))
    : index.entries.slice();
  const key = query.sort ?? 'added';
  const descending = query.descending ?? (key === 'added' || key === 'date');
  // The list as it opens: already in this order, filtered or not.
  if (key === 'date' && descending && index.inListOrder) return matches.map((entry) => entry.summary);
  return matches.sort(compareEntries(key, descending)).map((entry) => entry.summary);
}
