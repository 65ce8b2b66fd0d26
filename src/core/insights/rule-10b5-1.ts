/**
 * Trades under a Rule 10b5-1 plan (a plan set up in advance, so the timing was
 * not chosen on the day). Forms from 2023 have a box for it (aff10b5One);
 * older filings, and many new ones, say it in a footnote attached to the rows.
 */
import type { Filing, TableKey } from '../filing';
import { rowsOf, type RowRef } from './rows';

export interface Rule10b5OneFootnote {
  id: string;
  /** The footnote says the trade was NOT under such a plan ("not made pursuant to a Rule 10b5-1 plan"). */
  negated: boolean;
  /** Referenced by at least one transaction row. */
  referenced: boolean;
}

export interface Rule10b5OneRow {
  row: RowRef;
  /** The footnotes on this row that mention a plan. */
  footnoteIds: string[];
}

export interface Rule10b5One {
  /** The form's 10b5-1 box: true ticked, false printed and empty, null where the form has no box. */
  box: boolean | null;
  /** Every footnote mentioning Rule 10b5-1. */
  footnotes: Rule10b5OneFootnote[];
  /** Transaction rows tied to a plan by a (non-negated) footnote. */
  rows: Rule10b5OneRow[];
  /**
   * 'rows' when footnotes name the rows; 'form' when only the box or an
   * unattached footnote says so (the form does not say which rows); 'none'.
   */
  scope: 'rows' | 'form' | 'none';
}

/** "10b5-1", "10b5–1", "10b-5-1", "10 b5-1", "10B5-1(c)". */
const MENTION = /10\s*b\s*-?\s*5\s*[-–‑]\s*1/i;
/** A negation in the same sentence, before the mention. */
const NEGATED = /\b(?:not|no|neither|nor|without)\b[^.;]{0,100}?10\s*b\s*-?\s*5\s*[-–‑]\s*1/i;

export function mentions10b5One(text: string): boolean {
  return MENTION.test(text);
}

/** True when every sentence that mentions the rule denies it. */
export function isNegated10b5One(text: string): boolean {
  const sentences = text.split(/(?<=[.;])\s+/).filter((sentence) => MENTION.test(sentence));
  return sentences.length > 0 && sentences.every((sentence) => NEGATED.test(sentence));
}

const TRANSACTION_TABLES: readonly TableKey[] = ['nonDerivativeTransactions', 'derivativeTransactions'];

export function findRule10b5One(filing: Filing): Rule10b5One {
  const planNotes = filing.footnotes
    .filter((note) => mentions10b5One(note.text))
    .map((note) => ({ id: note.id, negated: isNegated10b5One(note.text), referenced: false }));
  const affirming = new Set(planNotes.filter((note) => !note.negated).map((note) => note.id));
  const referenced = new Set<string>();
  const rows: Rule10b5OneRow[] = [];
  for (const table of TRANSACTION_TABLES) {
    for (const { row, ref } of rowsOf(filing, table)) {
      const ids = [...new Set(Object.values(row.footnotes).flat())];
      ids.forEach((id) => referenced.add(id));
      const footnoteIds = ids.filter((id) => affirming.has(id));
      if (footnoteIds.length > 0) rows.push({ row: ref, footnoteIds });
    }
  }
  const footnotes = planNotes.map((note) => ({ ...note, referenced: referenced.has(note.id) }));
  const formWide = filing.aff10b5One === true || footnotes.some((note) => !note.negated && !note.referenced);
  return {
    box: filing.aff10b5One,
    footnotes,
    rows,
    scope: rows.length > 0 ? 'rows' : formWide ? 'form' : 'none',
  };
}
