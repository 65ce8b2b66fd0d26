/**
 * One insider's holdings in one issuer over time, across stored filings, as
 * the small step chart the insights core draws (an SVG string: no chart
 * library, no inline styles, colours from insights.css, a <title> and <desc>
 * for screen readers).
 */
import { useMemo } from 'preact/hooks';
import { holdingsChartSvg, holdingsTimeline, type LibraryEntry } from '../../core/insights';
import './insights.css';

export interface HoldingsChartProps {
  entries: readonly LibraryEntry[];
  ownerKey: string;
  issuerKey: string;
  idPrefix: string;
}

export function HoldingsChart({ entries, ownerKey, issuerKey, idPrefix }: HoldingsChartProps) {
  const timeline = useMemo(
    () => holdingsTimeline(entries, { ownerKey, issuerKey }),
    [entries, ownerKey, issuerKey],
  );
  const svg = useMemo(
    () => holdingsChartSvg(timeline, { idPrefix: `${idPrefix}-chart` }),
    [timeline, idPrefix],
  );
  const drawable = timeline.series.some((series) => series.unit === 'shares' && series.points.length > 1);
  if (!drawable)
    return (
      <p class="muted" data-testid="holdings-chart-empty">
        {timeline.ownerName || 'This person'} has one dated report of holdings in{' '}
        {timeline.issuerName || 'this issuer'} among the stored filings: nothing to draw over time yet.
      </p>
    );
  return (
    <figure class="holdings-figure" data-testid="holdings-chart">
      <div class="holdings-svg" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption class="muted small">
        {timeline.ownerName} in {timeline.issuerName}: owned after each reported transaction, from{' '}
        {timeline.filings} {timeline.filings === 1 ? 'filing' : 'filings'}
        {timeline.supersededIds.length > 0 &&
          `; ${timeline.supersededIds.length} original${timeline.supersededIds.length === 1 ? '' : 's'} replaced by ${timeline.supersededIds.length === 1 ? 'its amendment' : 'their amendments'}`}
        .
      </figcaption>
    </figure>
  );
}
