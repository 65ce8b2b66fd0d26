/** Footnote markers in cells, and the "Explanation of Responses" they point to. */
import type { Footnote } from '../../core/filing';
import { footnoteLabel } from './format';

export function footnoteAnchor(idPrefix: string, id: string): string {
  return `${idPrefix}-${id}`;
}

export function FootnoteMarks({ ids, idPrefix }: { ids: string[]; idPrefix: string }) {
  if (ids.length === 0) return null;
  return (
    <sup class="fn-marks">
      {ids.map((id) => (
        <a key={id} href={`#${footnoteAnchor(idPrefix, id)}`}>
          {footnoteLabel(id)}
        </a>
      ))}
    </sup>
  );
}

export function FootnoteList({ footnotes, idPrefix }: { footnotes: Footnote[]; idPrefix: string }) {
  if (footnotes.length === 0) return null;
  return (
    <section>
      <h3>Explanation of Responses</h3>
      <ol class="footnotes">
        {footnotes.map((note) => (
          <li key={note.id} id={footnoteAnchor(idPrefix, note.id)}>
            <span class="fn-id">{footnoteLabel(note.id)}</span> {note.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
