/**
 * Across every stored filing: what each person and each issuer bought and
 * sold, by code, counting an amended filing once (as amended), and one
 * person's holdings in one issuer over time. The numbers come worked out
 * (src/ui/library/totals: in a worker for a stored library); this draws them.
 */
import { useEffect, useState } from 'preact/hooks';
import { CodeTotalsTable } from './CodeTotalsTable';
import { GroupTable } from './GroupTable';
import { HoldingsFigure } from './HoldingsChart';
import type { HoldingsChartView, LibraryTotals, PersonIssuerPair } from './library-totals';
import './insights.css';

export type ChartSource = (
  who: { ownerKey: string; issuerKey: string },
  idPrefix: string,
) => Promise<HoldingsChartView>;

export interface LibraryInsightsProps {
  totals: LibraryTotals;
  chart: ChartSource;
  idPrefix?: string;
}

export function LibraryInsights({ totals, chart, idPrefix = 'library' }: LibraryInsightsProps) {
  const { aggregates, pairs } = totals;
  const [chosen, setChosen] = useState(0);
  const pair = pairs[Math.min(chosen, pairs.length - 1)];
  if (aggregates.filingsCounted + aggregates.supersededIds.length === 0) return null;
  const superseded = aggregates.supersededIds.length;
  return (
    <section
      class="insights library-insights"
      aria-labelledby={`${idPrefix}-insights-title`}
      data-testid="library-insights"
    >
      <h2 id={`${idPrefix}-insights-title`}>Across your library</h2>
      <p class="muted">
        {aggregates.filingsCounted} {aggregates.filingsCounted === 1 ? 'filing' : 'filings'} counted
        {superseded > 0 &&
          `; ${superseded} original${superseded === 1 ? '' : 's'} left out because an amendment restates ${superseded === 1 ? 'it' : 'them'}`}
        .
      </p>
      <GroupTable title="By person" groups={aggregates.byOwner} />
      <GroupTable title="By issuer" groups={aggregates.byIssuer} />
      {aggregates.all.nonDerivative.byCode.length + aggregates.all.derivative.byCode.length > 0 && (
        <div class="insight">
          <h3>All filings, by code</h3>
          <CodeTotalsTable
            summary={aggregates.all.nonDerivative}
            caption="Table I: shares (non-derivative)"
          />
          <CodeTotalsTable summary={aggregates.all.derivative} caption="Table II: derivative securities" />
        </div>
      )}
      {pair && (
        <div class="insight">
          <h3>Holdings over time</h3>
          <label class="chart-pick">
            Person and issuer{' '}
            <select
              value={String(chosen)}
              onChange={(event) => setChosen(Number((event.target as HTMLSelectElement).value))}
            >
              {pairs.map((p, i) => (
                <option key={`${p.ownerKey}|${p.issuerKey}`} value={String(i)}>
                  {p.label} ({p.filings})
                </option>
              ))}
            </select>
          </label>
          <PairChart totals={totals} pair={pair} chart={chart} idPrefix={`${idPrefix}-chart`} />
        </div>
      )}
    </section>
  );
}

/** The chosen pair's chart, asked for again when the pair or the totals change. */
function PairChart(props: {
  totals: LibraryTotals;
  pair: PersonIssuerPair;
  chart: ChartSource;
  idPrefix: string;
}) {
  const { totals, pair, chart, idPrefix } = props;
  const [view, setView] = useState<HoldingsChartView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let stale = false;
    chart({ ownerKey: pair.ownerKey, issuerKey: pair.issuerKey }, idPrefix).then(
      (drawn) => !stale && (setView(drawn), setFailure(null)),
      (err: unknown) => !stale && setFailure(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      stale = true;
    };
  }, [totals, pair.ownerKey, pair.issuerKey, chart, idPrefix]);
  if (failure) return <p class="muted">The chart could not be drawn ({failure}).</p>;
  return view ? <HoldingsFigure view={view} /> : <p class="muted">Drawing the chart…</p>;
}
