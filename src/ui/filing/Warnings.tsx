/** What the reader flagged for a check by eye, with the field it is about. */
import type { Warning } from '../../core/filing';

export function Warnings({ warnings }: { warnings: Warning[] }) {
  if (warnings.length === 0) return null;
  return (
    <section class="warnings" role="note" aria-label="Warnings">
      <h3>
        {warnings.length} {warnings.length === 1 ? 'thing' : 'things'} to check
      </h3>
      <ul>
        {warnings.map((w, i) => (
          <li key={i}>
            {w.message}
            <span class="muted">
              {' '}
              ({w.code}
              {w.path && ` · ${w.path}`})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
