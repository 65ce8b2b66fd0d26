/**
 * What every part of one filing view shares: the filing, where its values were
 * read, which value is selected, the floating note, and a way to bring any
 * field path into view and focus (used by warnings, footnote back-links and
 * insights).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Filing, Footnote } from '../../core/filing';
import type { Provenance } from '../../core/words';
import type { IndexedWarning, MarkerPlace } from './paths';
import type { TipControls } from './Tooltip';

export interface FilingContextValue {
  filing: Filing;
  provenance: Provenance;
  idPrefix: string;
  /** The field path whose source boxes are highlighted on the PDF page. */
  selected: string | null;
  select(path: string | null): void;
  tip: TipControls;
  warnings: Map<string, IndexedWarning[]>;
  footnotes: Map<string, Footnote>;
  markerPlaces: Map<string, MarkerPlace[]>;
  /** Show the tables if needed, then focus the element for `path` (or its row, or its nearest parent). */
  focusPath(path: string): void;
  /** Focus a footnote in "Explanation of Responses". */
  focusFootnote(id: string): void;
}

export const FilingContext = createContext<FilingContextValue | null>(null);

export function useFilingContext(): FilingContextValue {
  const value = useContext(FilingContext);
  if (!value) throw new Error('A filing view part was rendered outside FilingView.');
  return value;
}
