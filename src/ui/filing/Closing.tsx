/** The end of the form: remarks and signatures, each selectable like a cell. */
import type { Signature } from '../../core/filing';
import { formatDate } from './format';
import { Value } from './Value';

export function Closing({ remarks, signatures }: { remarks: string | null; signatures: Signature[] }) {
  if (!remarks && signatures.length === 0) return null;
  return (
    <section class="filing-section closing">
      {remarks && (
        <div>
          <h3>Remarks</h3>
          <p class="remarks">
            <Value path="remarks">{remarks}</Value>
          </p>
        </div>
      )}
      {signatures.length > 0 && (
        <div>
          <h3>Signatures</h3>
          <ul class="signatures">
            {signatures.map((s, i) => (
              <li key={i}>
                <Value path={`signatures[${i}].name`} class="signature-name">
                  {s.name}
                </Value>
                {s.date && (
                  <>
                    {' · '}
                    <Value path={`signatures[${i}].date`} class="muted">
                      {formatDate(s.date)}
                    </Value>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
