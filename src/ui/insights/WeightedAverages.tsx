/** Each weighted-average price beside the low and high its footnote gives, and whether it lies between them. */
import { formatPrice, type WeightedAveragePrice } from '../../core/insights';
import { footnoteLabel } from '../filing/format';
import { RowLinks } from './RowLinks';

export function WeightedAverages({ found }: { found: WeightedAveragePrice[] }) {
  return (
    <ul class="insight-list">
      {found.map((entry) => (
        <li key={entry.row.path} data-testid="weighted-average">
          <RowLinks rows={[entry.row]} />:{' '}
          <strong>
            {entry.weightedAverage === null ? 'no price printed' : formatPrice(entry.weightedAverage)}
          </strong>{' '}
          weighted average
          {entry.low !== null && entry.high !== null ? (
            <>
              {', '}range <strong>{formatPrice(entry.low)}</strong> to{' '}
              <strong>{formatPrice(entry.high)}</strong>{' '}
              <span class="muted">(footnote {footnoteLabel(entry.footnoteId)})</span>{' '}
              <RangeVerdict within={entry.withinRange} />
            </>
          ) : (
            <span class="muted"> · footnote {footnoteLabel(entry.footnoteId)} gives no price range</span>
          )}
          {entry.low !== null && entry.high !== null && entry.weightedAverage !== null && (
            <RangeBar low={entry.low} high={entry.high} value={entry.weightedAverage} />
          )}
        </li>
      ))}
    </ul>
  );
}

function RangeVerdict({ within }: { within: boolean | null }) {
  if (within === null) return null;
  return within ? (
    <span class="verdict ok">within the range</span>
  ) : (
    <span class="verdict bad">outside the range: check it</span>
  );
}

/** Where the average sits between low and high, drawn as a small SVG (no styles needed to read it). */
function RangeBar({ low, high, value }: { low: number; high: number; value: number }) {
  const span = high - low;
  const at = span === 0 ? 50 : Math.max(0, Math.min(100, ((value - low) / span) * 100));
  return (
    <svg class="range-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
      <line x1="0" y1="5" x2="100" y2="5" class="range-line" />
      <line x1={at} y1="0" x2={at} y2="10" class="range-mark" />
    </svg>
  );
}
