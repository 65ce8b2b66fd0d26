/**
 * Filter and sort over record summaries. Each entry carries its lower-case,
 * accent-free search keys, computed once when the index is built, so a query
 * over ten thousand records is a linear scan of plain string tests plus one
 * sort on precomputed keys (measured by scripts/storage-bench-search.ts).
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

interface IndexEntry {
  summary: RecordSummary;
  text: string;
  issuer: string;
  ticker: string;
  owners: string;
  /** Sort keys; empty strings sort last whatever the direction. */
  ownerSort: string;
  dateSort: string;
}

export interface SummaryIndex {
  readonly entries: readonly IndexEntry[];
}

/** Lower case, accents removed, whitespace collapsed: "Société  Générale" → "societe generale". */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function indexEntry(summary: RecordSummary): IndexEntry {
  const issuer = normalizeForSearch(summary.issuerName);
  const ticker = normalizeForSearch(summary.ticker ?? '');
  const owners = summary.ownerNames.map(normalizeForSearch);
  const form = `form ${summary.documentType}`;
  const text = [
    issuer,
    ticker,
    ...owners,
    normalizeForSearch(summary.fileName),
    form,
    ...summary.transactionCodes.map((code) => code.toLowerCase()),
    ...summary.securityTitles.map(normalizeForSearch),
  ].join('\n');
  return {
    summary,
    text,
    issuer,
    ticker,
    owners: owners.join('\n'),
    ownerSort: owners[0] ?? '',
    dateSort: summary.filingDate ?? '',
  };
}

export function buildSummaryIndex(summaries: readonly RecordSummary[]): SummaryIndex {
  return { entries: summaries.map(indexEntry) };
}

/** The index with `summary` added, or replacing the entry with the same id. */
export function withSummary(index: SummaryIndex, summary: RecordSummary): SummaryIndex {
  return {
    entries: [...index.entries.filter((entry) => entry.summary.id !== summary.id), indexEntry(summary)],
  };
}

export function withoutRecord(index: SummaryIndex, id: string): SummaryIndex {
  return { entries: index.entries.filter((entry) => entry.summary.id !== id) };
}

type Predicate = (entry: IndexEntry) => boolean;

function predicates(query: LibraryQuery): Predicate[] {
  const tests: Predicate[] = [];
  const words = normalizeForSearch(query.text ?? '')
    .split(' ')
    .filter(Boolean);
  if (words.length) tests.push((e) => words.every((word) => e.text.includes(word)));
  const owner = normalizeForSearch(query.owner ?? '');
  if (owner) tests.push((e) => e.owners.includes(owner));
  const issuer = normalizeForSearch(query.issuer ?? '');
  if (issuer) tests.push((e) => e.issuer.includes(issuer));
  const ticker = normalizeForSearch(query.ticker ?? '');
  if (ticker) tests.push((e) => e.ticker === ticker);
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

function sortKeyOf(entry: IndexEntry, key: SortKey): string {
  if (key === 'date') return entry.dateSort;
  if (key === 'issuer') return entry.issuer;
  if (key === 'owner') return entry.ownerSort;
  return entry.summary.addedAt;
}

function compareEntries(key: SortKey, descending: boolean) {
  return (a: IndexEntry, b: IndexEntry): number => {
    const [ka, kb] = [sortKeyOf(a, key), sortKeyOf(b, key)];
    if (ka !== kb) {
      if (!ka) return 1;
      if (!kb) return -1;
      return (ka < kb ? -1 : 1) * (descending ? -1 : 1);
    }
    // Stable, total order: newest added first, then id.
    if (a.summary.addedAt !== b.summary.addedAt) return a.summary.addedAt > b.summary.addedAt ? -1 : 1;
    return a.summary.id < b.summary.id ? -1 : a.summary.id > b.summary.id ? 1 : 0;
  };
}

export function queryLibrary(index: SummaryIndex, query: LibraryQuery = {}): RecordSummary[] {
  const tests = predicates(query);
  const matches = index.entries.filter((entry) => tests.every((test) => test(entry)));
  const key = query.sort ?? 'added';
  const descending = query.descending ?? (key === 'added' || key === 'date');
  return matches.sort(compareEntries(key, descending)).map((entry) => entry.summary);
}
