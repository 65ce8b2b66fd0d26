/** Buttons naming table rows ("Table I row 3") that bring the row into view with focus. */
import type { RowRef } from '../../core/insights';
import { useFilingContext } from '../filing/context';

export function RowLinks({ rows }: { rows: readonly RowRef[] }) {
  const { focusPath } = useFilingContext();
  if (rows.length === 0) return null;
  return (
    <>
      {rows.map((ref, i) => (
        <span key={ref.path}>
          {i > 0 && ', '}
          <button type="button" class="link" onClick={() => focusPath(ref.path)}>
            {ref.label}
          </button>
        </span>
      ))}
    </>
  );
}
