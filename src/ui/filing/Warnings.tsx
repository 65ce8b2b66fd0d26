/**
 * What the reader flagged for a check by eye, each with a button that brings
 * the value it is about into view (the same warning is also shown on that
 * cell, and read with it).
 */
import type { Warning } from '../../core/filing';
import { useFilingContext } from './context';
import { describePath, warningTextId } from './paths';

export function Warnings({ warnings }: { warnings: Warning[] }) {
  const { idPrefix, focusPath } = useFilingContext();
  if (warnings.length === 0) return null;
  return (
    <section class="warnings" aria-labelledby={`${idPrefix}-warnings-title`}>
      <h3 id={`${idPrefix}-warnings-title`}>
        {warnings.length} {warnings.length === 1 ? 'thing' : 'things'} to check by eye
      </h3>
      <ul>
        {warnings.map((w, i) => (
          <li key={i} data-warning={w.code} data-warning-path={w.path ?? undefined}>
            <span id={warningTextId(idPrefix, i)}>{w.message}</span>{' '}
            {w.path && (
              <button type="button" class="link" onClick={() => focusPath(w.path!)}>
                Show {describePath(w.path)}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
