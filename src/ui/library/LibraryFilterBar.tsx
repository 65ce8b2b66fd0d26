/** Search box and filters above the library list. Every control is a labelled native form control. */
import { useMemo } from 'preact/hooks';
import { describeCode } from '../../core/codes';
import { DOCUMENT_TYPES, type DocumentType } from '../../core/filing';
import type { SummaryIndex } from '../../core/library/search';
import { NO_FILTERS, codesInLibrary, formTypesInLibrary, isNarrowed, type LibraryFilters } from './filters';

interface FilterBarProps {
  filters: LibraryFilters;
  index: SummaryIndex;
  onChange: (filters: LibraryFilters) => void;
}

export function LibraryFilterBar({ filters, index, onChange }: FilterBarProps) {
  const set = (change: Partial<LibraryFilters>) => onChange({ ...filters, ...change });
  const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  const forms = useMemo(() => formTypesInLibrary(index, DOCUMENT_TYPES), [index]);
  const codes = useMemo(() => codesInLibrary(index), [index]);
  return (
    <div class="filter-bar" role="search" aria-label="Search and filter the library">
      <div class="field field-search">
        <label for="library-search">Search</label>
        <input
          id="library-search"
          type="search"
          placeholder="Owner, issuer or ticker"
          value={filters.text}
          onInput={(event) => set({ text: value(event) })}
        />
      </div>
      <div class="field">
        <label for="library-form">Form</label>
        <select
          id="library-form"
          value={filters.formType}
          onChange={(event) => set({ formType: value(event) as DocumentType | '' })}
        >
          <option value="">All</option>
          {forms.map((form) => (
            <option key={form} value={form}>
              Form {form}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="library-code">Code</label>
        <select
          id="library-code"
          value={filters.transactionCode}
          onChange={(event) => set({ transactionCode: value(event) })}
        >
          <option value="">All</option>
          {codes.map((code) => (
            <option key={code} value={code}>
              {codeLabel(code)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="library-from">From</label>
        <input
          id="library-from"
          type="date"
          value={filters.dateFrom}
          onInput={(event) => set({ dateFrom: value(event) })}
        />
      </div>
      <div class="field">
        <label for="library-to">To</label>
        <input
          id="library-to"
          type="date"
          value={filters.dateTo}
          onInput={(event) => set({ dateTo: value(event) })}
        />
      </div>
      {isNarrowed(filters) && (
        <button
          type="button"
          class="quiet reset"
          onClick={() => onChange({ ...NO_FILTERS, sort: filters.sort, descending: filters.descending })}
        >
          Clear filters
        </button>
      )}
    </div>
  );
}

/** "S — Open-market sale": the letter the form prints, then what it means. */
function codeLabel(code: string): string {
  const info = describeCode(code);
  return info ? `${code} — ${info.label}` : code;
}
