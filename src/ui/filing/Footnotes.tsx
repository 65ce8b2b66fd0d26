/**
 * Footnotes both ways: a marker in a cell shows its text on hover or focus and
 * jumps to the note when pressed; each note in "Explanation of Responses"
 * lists the cells that carry its marker, and pressing one brings that cell
 * back into view with focus.
 */
import type { Footnote } from '../../core/filing';
import { useFilingContext } from './context';
import { footnoteLabel } from './format';
import { footnoteItemId, footnoteTextId } from './paths';

export function FootnoteMarks({ ids, tabbable }: { ids: string[]; tabbable: boolean }) {
  if (ids.length === 0) return null;
  return (
    <sup class="fn-marks">
      {ids.map((id) => (
        <FootnoteMark key={id} id={id} tabbable={tabbable} />
      ))}
    </sup>
  );
}

function FootnoteMark({ id, tabbable }: { id: string; tabbable: boolean }) {
  const { footnotes, idPrefix, tip, focusFootnote } = useFilingContext();
  const note = footnotes.get(id);
  const show = (event: Event) => tip.show(event.currentTarget as HTMLElement, <FootnoteTip ids={[id]} />);
  const hide = (event: Event) => tip.hide(event.currentTarget as HTMLElement);
  return (
    <button
      type="button"
      class={`fn-mark${note ? '' : ' missing'}`}
      tabIndex={tabbable ? 0 : -1}
      data-footnote={id}
      aria-label={`Footnote ${footnoteLabel(id)}`}
      aria-describedby={note ? footnoteTextId(idPrefix, id) : undefined}
      onMouseEnter={show}
      onFocus={show}
      onMouseLeave={hide}
      onBlur={hide}
      onClick={(event) => {
        event.stopPropagation();
        focusFootnote(id);
      }}
    >
      {footnoteLabel(id)}
    </button>
  );
}

/** The text of one or more footnotes, for the floating note. */
export function FootnoteTip({ ids }: { ids: string[] }) {
  const { footnotes } = useFilingContext();
  return (
    <>
      {ids.map((id) => (
        <p key={id} class="tip-footnote">
          <strong>{footnoteLabel(id)}</strong>{' '}
          {footnotes.get(id)?.text ?? 'This footnote is not in the filing.'}
        </p>
      ))}
    </>
  );
}

export function FootnoteList({ notes }: { notes: Footnote[] }) {
  const { idPrefix, markerPlaces, focusPath, select } = useFilingContext();
  if (notes.length === 0) return null;
  return (
    <section class="filing-section" aria-labelledby={`${idPrefix}-footnotes-title`}>
      <h3 id={`${idPrefix}-footnotes-title`}>Explanation of Responses</h3>
      <ol class="footnote-list">
        {notes.map((note, index) => {
          const places = markerPlaces.get(note.id) ?? [];
          const path = `footnotes[${index}].text`;
          return (
            <li
              key={note.id}
              id={footnoteItemId(idPrefix, note.id)}
              tabIndex={-1}
              data-path={path}
              onFocus={(event) => event.target === event.currentTarget && select(path)}
            >
              <span class="fn-id" aria-hidden="true">
                {footnoteLabel(note.id)}
              </span>
              <div>
                <p id={footnoteTextId(idPrefix, note.id)} class="fn-text">
                  <span class="visually-hidden">Footnote {footnoteLabel(note.id)}: </span>
                  {note.text}
                </p>
                {places.length > 0 && (
                  <p class="fn-places">
                    <span class="muted">Marked on </span>
                    {places.map((place, i) => (
                      <span key={place.path}>
                        {i > 0 && ', '}
                        <button type="button" class="link" onClick={() => focusPath(place.path)}>
                          {place.label}
                        </button>
                      </span>
                    ))}
                  </p>
                )}
                {places.length === 0 && <p class="fn-places muted">Not marked on any table cell.</p>}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
