/**
 * The library list's controls as plain data: what the person typed and
 * picked, turned into the storage helper's LibraryQuery. DOM-free.
 */
import type { DocumentType } from '../../core/filing';
import type { LibraryQuery, SortKey, SummaryIndex } from '../../core/library/search';

export interface LibraryFilters {
  /** Words to find in owner, issuer, ticker (and file name, form type, codes). */
  text: string;
  formType: DocumentType | '';
  transactionCode: string;
  /** "YYYY-MM-DD" or empty. */
  dateFrom: string;
  dateTo: string;
  sort: SortKey;
  descending: boolean;
}

export const NO_FILTERS: LibraryFilters = {
  text: '',
  formType: '',
  transactionCode: '',
  dateFrom: '',
  dateTo: '',
  sort: 'date',
  descending: true,
};

export const SORT_LABELS: Record<SortKey, string> = {
  date: 'Date',
  issuer: 'Issuer',
  owner: 'Reporting owner',
  added: 'Added',
};

export function toQuery(filters: LibraryFilters): LibraryQuery {
  const [dateFrom, dateTo] =
    filters.dateFrom && filters.dateTo && filters.dateFrom > filters.dateTo
      ? [filters.dateTo, filters.dateFrom] // a range typed backwards still means the same days
      : [filters.dateFrom, filters.dateTo];
  return {
    text: filters.text,
    formTypes: filters.formType ? [filters.formType] : [],
    transactionCode: filters.transactionCode,
    dateFrom,
    dateTo,
    sort: filters.sort,
    descending: filters.descending,
  };
}

/** Whether anything narrows the list (sorting does not). */
export function isNarrowed(filters: LibraryFilters): boolean {
  return Boolean(
    filters.text.trim() || filters.formType || filters.transactionCode || filters.dateFrom || filters.dateTo,
  );
}

/** Dates newest first and names A→Z, the way each is usually read. */
export function defaultDescending(key: SortKey): boolean {
  return key === 'date' || key === 'added';
}

/** Clicking a column's header: the same column flips direction, another starts in its usual one. */
export function sortBy(filters: LibraryFilters, key: SortKey): LibraryFilters {
  const descending = filters.sort === key ? !filters.descending : defaultDescending(key);
  return { ...filters, sort: key, descending };
}

// Both run over the whole library in the render that first shows it: indexed loops, since for-of
// goes through the iterator protocol, slow before the engine has optimised the code.

/** Transaction codes that occur in the library, for the code filter's choices. */
export function codesInLibrary(index: SummaryIndex): string[] {
  const codes = new Set<string>();
  const entries = index.entries;
  for (let i = 0; i < entries.length; i++) {
    const used = entries[i].summary.transactionCodes;
    for (let j = 0; j < used.length; j++) codes.add(used[j]);
  }
  return [...codes].sort();
}

/** Form types that occur in the library, in the order 3, 3/A, 4, 4/A, 5, 5/A. */
export function formTypesInLibrary(index: SummaryIndex, order: readonly DocumentType[]): DocumentType[] {
  const present = new Set<DocumentType>();
  const entries = index.entries;
  for (let i = 0; i < entries.length; i++) present.add(entries[i].summary.documentType);
  return order.filter((type) => present.has(type));
}

/** One formatter for every count: toLocaleString builds a new one on each call. */
const COUNT_FORMAT = new Intl.NumberFormat('en-US');

/** Rows the list shows at first, and more at each "Show more". */
export const ROWS_PER_PAGE = 100;

/** "10,000": counts as the list and its status line write them. */
export const formatCount = (n: number): string => COUNT_FORMAT.format(n);

/** "Showing 1–100 of 523 filings" and its quieter forms. */
export function describeShown(shown: number, matching: number, total: number): string {
  const filings = (n: number) => (n === 1 ? '1 filing' : `${formatCount(n)} filings`);
  if (matching === total) {
    return shown < matching ? `Showing ${formatCount(shown)} of ${filings(total)}` : filings(total);
  }
  const base = `${formatCount(matching)} of ${filings(total)} ${matching === 1 ? 'matches' : 'match'}`;
  return shown < matching ? `${base}; showing ${formatCount(shown)}` : base;
}
