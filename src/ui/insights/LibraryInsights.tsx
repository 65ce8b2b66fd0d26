/**
 * Across every stored filing: what each person and each issuer bought and
 * sold, by code, counting an amended filing once (as amended), and one
 * person's holdings in one issuer over time.
 */
import { useMemo, useState } from 'preact/hooks';
import { aggregateLibrary, createIdentityResolver, type LibraryEntry } from '../../core/insights';
import { CodeTotalsTable } from './CodeTotalsTable';
import { GroupTable } from './GroupTable';
import { HoldingsChart } from './HoldingsChart';
import './insights.css';

export interface LibraryInsightsProps {
  entries: readonly LibraryEntry[];
  idPrefix?: string;
}

interface Pair {
  ownerKey: string;
  issuerKey: string;
  label: string;
  filings: number;
}

/** Every (person, issuer) pair with its filing count, most filings first. */
function personIssuerPairs(entries: readonly LibraryEntry[]): Pair[] {
  const resolver = createIdentityResolver(entries.map((entry) => entry.filing));
  const pairs = new Map<string, Pair>();
  for (const { filing } of entries) {
    const issuerKey = resolver.issuerKey(filing);
    const issuer = filing.issuer.tradingSymbol || filing.issuer.name;
    for (const owner of filing.reportingOwners) {
      const ownerKey = resolver.ownerKey(owner);
      const key = `${ownerKey}|${issuerKey}`;
      const pair = pairs.get(key) ?? { ownerKey, issuerKey, label: `${owner.name} — ${issuer}`, filings: 0 };
      pair.filings += 1;
      pairs.set(key, pair);
    }
  }
  return [...pairs.values()].sort((a, b) => b.filings - a.filings || a.label.localeCompare(b.label));
}

export function LibraryInsights({ entries, idPrefix = 'library' }: LibraryInsightsProps) {
  const aggregates = useMemo(() => aggregateLibrary(entries), [entries]);
  const pairs = useMemo(() => personIssuerPairs(entries), [entries]);
  const [chosen, setChosen] = useState(0);
  const pair = pairs[Math.min(chosen, pairs.length - 1)];
  if (entries.length === 0) return null;
  return (
    <section
      class="insights library-insights"
      aria-labelledby={`${idPrefix}-insights-title`}
      data-testid="library-insights"
    >
      <h2 id={`${idPrefix}-insights-title`}>Across your library</h2>
      <p class="muted">
        {aggregates.filingsCounted} {aggregates.filingsCounted === 1 ? 'filing' : 'filings'} counted
        {aggregates.supersededIds.length > 0 &&
          `; ${aggregates.supersededIds.length} original${aggregates.supersededIds.length === 1 ? '' : 's'} left out because an amendment restates ${aggregates.supersededIds.length === 1 ? 'it' : 'them'}`}
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
          <HoldingsChart
            entries={entries}
            ownerKey={pair.ownerKey}
            issuerKey={pair.issuerKey}
            idPrefix={`${idPrefix}-chart`}
          />
        </div>
      )}
    </section>
  );
}
