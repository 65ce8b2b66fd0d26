/**
 * One insider's holdings in one issuer over time, across stored filings, as
 * the small step chart the insights core draws (an SVG string: no chart
 * library, no inline styles, colours from insights.css, a <title> and <desc>
 * for screen readers). HoldingsFigure draws a chart already computed (the
 * library totals get theirs from a worker); HoldingsChart computes it here.
 */
import { useMemo } from 'preact/hooks';
import type { LibraryEntry } from '../../core/insights';
import { computeHoldingsChart, type HoldingsChartView } from './library-totals';
import './insights.css';

export interface HoldingsChartProps {
  entries: readonly LibraryEntry[];
  ownerKey: string;
  issuerKey: string;
  idPrefix: string;
}

export function HoldingsChart({ entries, ownerKey, issuerKey, idPrefix }: HoldingsChartProps) {
  const view = useMemo(
    () => computeHoldingsChart(entries, { ownerKey, issuerKey }, idPrefix),
    [entries, ownerKey, issuerKey, idPrefix],
  );
  return <HoldingsFigure view={view} />;
}

export function HoldingsFigure({ view }: { view: HoldingsChartView }) {
  if (!view.drawable)
    return (
      <p class="muted" data-testid="holdings-chart-empty">
        {view.ownerName || 'This person'} has one dated report of holdings in{' '}
        {view.issuerName || 'this issuer'} among the stored filings: nothing to draw over time yet.
      </p>
    );
  const superseded = view.supersededCount;
  return (
    <figure class="holdings-figure" data-testid="holdings-chart">
      <div class="holdings-svg" dangerouslySetInnerHTML={{ __html: view.svg }} />
      <figcaption class="muted small">
        {view.ownerName} in {view.issuerName}: owned after each reported transaction, from {view.filings}{' '}
        {view.filings === 1 ? 'filing' : 'filings'}
        {superseded > 0 &&
          `; ${superseded} original${superseded === 1 ? '' : 's'} replaced by ${superseded === 1 ? 'its amendment' : 'their amendments'}`}
        .
      </figcaption>
    </figure>
  );
}
