/**
 * An amendment and its original, both ways: on an amendment, the filing it
 * amends (if stored) and what it changed; on an original, the amendment that
 * replaces it. The link is made the way the insights core makes it: same
 * issuer, person, period and form, the original's date printed on the
 * amendment.
 */
import { useMemo } from 'preact/hooks';
import {
  describeAmendmentDiff,
  diffAmendment,
  findOriginal,
  isAmendment,
  type LibraryEntry,
} from '../../core/insights';
import type { Filing } from '../../core/filing';
import { footnoteLabel, formatDate } from '../filing/format';
import { diffWords } from './word-diff';

export interface AmendmentPanelProps {
  filing: Filing;
  entryId: string | undefined;
  library: readonly LibraryEntry[];
  onOpenEntry?: (id: string) => void;
  idPrefix: string;
}

interface Link {
  original: LibraryEntry;
  amendment: LibraryEntry;
  /** The filing shown is the amendment (true) or the original (false). */
  showingAmendment: boolean;
}

function findLink(
  filing: Filing,
  entryId: string | undefined,
  library: readonly LibraryEntry[],
): Link | null {
  const self: LibraryEntry = { id: entryId ?? '', filing };
  const others = library.filter((entry) => entry.id !== entryId && entry.filing !== filing);
  if (isAmendment(filing)) {
    const found = findOriginal(
      filing,
      others.map((entry) => entry.filing),
    );
    const original = found ? others[found.candidateIndex] : undefined;
    return original ? { original, amendment: self, showingAmendment: true } : null;
  }
  const amendment = others.find(
    (entry) => isAmendment(entry.filing) && findOriginal(entry.filing, [filing]) !== null,
  );
  return amendment ? { original: self, amendment, showingAmendment: false } : null;
}

export function AmendmentPanel({ filing, entryId, library, onOpenEntry, idPrefix }: AmendmentPanelProps) {
  const link = useMemo(() => findLink(filing, entryId, library), [filing, entryId, library]);
  const diff = useMemo(
    () => (link ? diffAmendment(link.original.filing, link.amendment.filing) : null),
    [link],
  );
  const lines = useMemo(() => (diff ? describeAmendmentDiff(diff) : []), [diff]);
  if (!link && !isAmendment(filing)) return null;
  const titleId = `${idPrefix}-amendment-title`;
  return (
    <section class="amendment-panel" aria-labelledby={titleId} data-testid="amendment-panel">
      <h3 id={titleId}>{isAmendment(filing) ? 'What this amendment changed' : 'This filing was amended'}</h3>
      {!link && (
        <p>
          This amends a Form {filing.documentType.replace('/A', '')} filed{' '}
          {formatDate(filing.dateOfOriginalSubmission) || 'earlier'}, which is not in your library. Add it to
          see what changed.
        </p>
      )}
      {link && <LinkSentence link={link} onOpenEntry={onOpenEntry} />}
      {link && lines.length > 0 && (
        <ul class="amendment-changes">
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      {diff?.footnotes
        .filter((note) => note.before !== null && note.after !== null)
        .map((note) => (
          <FootnoteWording key={note.id} id={note.id} before={note.before!} after={note.after!} />
        ))}
      {link && lines.length === 0 && (
        <p class="muted">The two filings say the same thing, field for field.</p>
      )}
    </section>
  );
}

function LinkSentence({ link, onOpenEntry }: { link: Link; onOpenEntry?: (id: string) => void }) {
  const other = link.showingAmendment ? link.original : link.amendment;
  const what = link.showingAmendment
    ? `Amends the Form ${other.filing.documentType} for ${formatDate(other.filing.periodOfReport)}, filed ${formatDate(link.amendment.filing.dateOfOriginalSubmission)}.`
    : `Amended by a Form ${other.filing.documentType} signed ${formatDate(other.filing.signatures[0]?.date ?? null) || 'later'}.`;
  return (
    <p>
      {what}{' '}
      {onOpenEntry && other.id && (
        <button type="button" class="link" onClick={() => onOpenEntry(other.id)}>
          Open the {link.showingAmendment ? 'original' : 'amendment'}
        </button>
      )}
    </p>
  );
}

/** A changed footnote, word by word: what the amendment took out and put in. */
function FootnoteWording({ id, before, after }: { id: string; before: string; after: string }) {
  const parts = useMemo(() => diffWords(before, after), [before, after]);
  return (
    <details class="wording-diff">
      <summary>Footnote {footnoteLabel(id)}: the words that changed</summary>
      <p>
        {parts.map((part, i) =>
          part.kind === 'same' ? (
            <span key={i}>{part.text} </span>
          ) : part.kind === 'removed' ? (
            <del key={i}>{part.text} </del>
          ) : (
            <ins key={i}>{part.text} </ins>
          ),
        )}
      </p>
    </details>
  );
}
