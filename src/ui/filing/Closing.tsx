/** The end of the form: remarks and signatures. */
import type { Signature } from '../../core/filing';
import { formatDate } from './format';

export function Closing({ remarks, signatures }: { remarks: string | null; signatures: Signature[] }) {
  if (!remarks && signatures.length === 0) return null;
  return (
    <section class="closing">
      {remarks && (
        <div>
          <h3>Remarks</h3>
          <p class="remarks">{remarks}</p>
        </div>
      )}
      {signatures.length > 0 && (
        <div>
          <h3>Signatures</h3>
          <ul class="signatures">
            {signatures.map((s, i) => (
              <li key={i}>
                <span class="signature-name">{s.name}</span>
                {s.date && <span class="muted"> · {formatDate(s.date)}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
