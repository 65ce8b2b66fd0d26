/**
 * Beside one filing: the reporting person's holdings in this issuer over
 * every stored filing, when the library holds at least two of them.
 */
import { useMemo } from 'preact/hooks';
import { createIdentityResolver, holdingsTimeline, type LibraryEntry } from '../../core/insights';
import type { Filing } from '../../core/filing';
import { HoldingsChart } from './HoldingsChart';

/** Several owners on one form (funds and their managers) would make a wall of charts. */
const MAX_CHARTS = 2;

export function InsiderHistory(props: {
  filing: Filing;
  entryId: string | undefined;
  library: readonly LibraryEntry[];
  idPrefix: string;
}) {
  const { filing, entryId, library, idPrefix } = props;
  const entries = useMemo(
    () =>
      library.some((entry) => entry.id === entryId || entry.filing === filing)
        ? library
        : [...library, { id: entryId ?? 'shown-filing', filing }],
    [library, filing, entryId],
  );
  const charts = useMemo(() => chartsFor(filing, entries), [filing, entries]);
  if (charts.length === 0) return null;
  return (
    <section class="insider-history" aria-labelledby={`${idPrefix}-history-title`}>
      <h3 id={`${idPrefix}-history-title`}>Holdings over time</h3>
      {charts.map((who, i) => (
        <HoldingsChart key={who.ownerKey} entries={entries} {...who} idPrefix={`${idPrefix}-history-${i}`} />
      ))}
    </section>
  );
}

/** People on this filing whose holdings in its issuer were reported by two or more stored filings. */
function chartsFor(filing: Filing, entries: readonly LibraryEntry[]) {
  const resolver = createIdentityResolver(entries.map((entry) => entry.filing));
  const issuerKey = resolver.issuerKey(filing);
  return [...new Set(filing.reportingOwners.map((owner) => resolver.ownerKey(owner)))]
    .filter((ownerKey) => holdingsTimeline(entries, { ownerKey, issuerKey }).filings >= 2)
    .slice(0, MAX_CHARTS)
    .map((ownerKey) => ({ ownerKey, issuerKey }));
}
