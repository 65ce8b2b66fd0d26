/**
 * The totals across the library and one insider's holdings chart, as plain
 * data: computed in the library-totals worker (src/ui/library/totals-worker.ts)
 * for the stored library, or on the page where there is no worker or nothing
 * is stored. DOM-free; what crosses to the page is a structured-clone copy.
 */
import {
  aggregateLibrary,
  createIdentityResolver,
  holdingsChartSvg,
  holdingsTimeline,
  type LibraryAggregates,
  type LibraryEntry,
} from '../../core/insights';

/** A person and an issuer they report on, with how many stored filings do. */
export interface PersonIssuerPair {
  ownerKey: string;
  issuerKey: string;
  label: string;
  filings: number;
}

export interface LibraryTotals {
  aggregates: LibraryAggregates;
  /** Most filings first: the chart's choices. */
  pairs: PersonIssuerPair[];
}

/** What the holdings figure shows: the SVG and the words around it. */
export interface HoldingsChartView {
  svg: string;
  ownerName: string;
  issuerName: string;
  filings: number;
  supersededCount: number;
  /** At least two dated share amounts: something to draw over time. */
  drawable: boolean;
}

export function computeTotals(entries: readonly LibraryEntry[]): LibraryTotals {
  return { aggregates: aggregateLibrary(entries), pairs: personIssuerPairs(entries) };
}

/** Every (person, issuer) pair with its filing count, most filings first. */
function personIssuerPairs(entries: readonly LibraryEntry[]): PersonIssuerPair[] {
  const resolver = createIdentityResolver(entries.map((entry) => entry.filing));
  const pairs = new Map<string, PersonIssuerPair>();
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

export function computeHoldingsChart(
  entries: readonly LibraryEntry[],
  who: { ownerKey: string; issuerKey: string },
  idPrefix: string,
): HoldingsChartView {
  const timeline = holdingsTimeline(entries, who);
  return {
    svg: holdingsChartSvg(timeline, { idPrefix: `${idPrefix}-chart` }),
    ownerName: timeline.ownerName,
    issuerName: timeline.issuerName,
    filings: timeline.filings,
    supersededCount: timeline.supersededIds.length,
    drawable: timeline.series.some((series) => series.unit === 'shares' && series.points.length > 1),
  };
}
