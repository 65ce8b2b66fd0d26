/**
 * One insider's holdings in one issuer over time, from every stored filing
 * that reports them: each row's "owned following the reported transaction(s)"
 * (or a Form 3's stated amount) becomes a point, one series per security and
 * ownership form, sorted by date. Feeds the small SVG chart.
 */
import type { DirectIndirect, Filing, IsoDate, TableKey } from '../filing';
import { supersededOriginals } from './amendment';
import { createIdentityResolver } from './identity';
import { dollarCellsOf } from './dollar-cells';
import { amountAfter, holdingKey, type AmountBasis, type AmountUnit } from './holdings-after';
import { formatPrice } from './format';
import {
  isDerivativeRow,
  rowsOf,
  sideOf,
  type AnyRow,
  type LibraryEntry,
  type RowRef,
  type TableSide,
} from './rows';

export interface HoldingsPoint {
  date: IsoDate;
  amount: number;
  basis: AmountBasis;
  /** 'dollars' where the filing states a value, not shares; such points are never drawn as shares. */
  unit: AmountUnit;
  /** Transaction code of the row ('' for a holdings-only row). */
  code: string;
  entryId: string;
  row: RowRef;
}

export interface HoldingsSeries {
  key: string;
  table: TableSide;
  securityTitle: string;
  directOrIndirectOwnership: DirectIndirect | null;
  natureOfOwnership: string | null;
  /** 'dollars' for the rare rows that state a value owned instead of a number of shares. */
  unit: AmountUnit;
  /** "Common Stock, direct" or "Common Stock, indirect (By trust)" */
  label: string;
  points: HoldingsPoint[];
}

export interface HoldingsTimeline {
  ownerKey: string;
  issuerKey: string;
  ownerName: string;
  issuerName: string;
  /** Filings of this person and issuer that were read. */
  filings: number;
  series: HoldingsSeries[];
  /** Originals replaced by an amendment in the set (their points are not used). */
  supersededIds: string[];
  /** Rows stating an amount but no date the point could be placed at. */
  undatedRows: number;
}

export interface TimelineOptions {
  amendments?: 'prefer-amendment' | 'count-all';
}

const ORDER: readonly TableKey[] = [
  'nonDerivativeTransactions',
  'nonDerivativeHoldings',
  'derivativeTransactions',
  'derivativeHoldings',
];

/** A holdings-only row speaks as of the filing: its latest transaction date, else its period. */
function filingAsOf(filing: Filing): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const row of [...filing.nonDerivativeTransactions, ...filing.derivativeTransactions]) {
    if (row.transactionDate !== null && (latest === null || row.transactionDate > latest))
      latest = row.transactionDate;
  }
  return latest ?? filing.periodOfReport;
}

/** "Common Stock, direct"; "Stock Option (right to buy) at $1.94, expiring 2010-10-20, indirect (By trust)" */
function seriesLabel(row: AnyRow): string {
  const { securityTitle: title, directOrIndirectOwnership: form, natureOfOwnership: nature } = row;
  const terms = isDerivativeRow(row)
    ? [
        row.conversionOrExercisePrice ? ` at ${formatPrice(row.conversionOrExercisePrice)}` : '',
        row.expirationDate ? `, expiring ${row.expirationDate}` : '',
      ].join('')
    : '';
  if (form === 'D') return `${title}${terms}, direct`;
  if (form === 'I') return nature ? `${title}${terms}, indirect (${nature})` : `${title}${terms}, indirect`;
  return `${title}${terms}`;
}

interface Collected {
  series: Map<string, HoldingsSeries>;
  /** date, filing rank, row rank per point, for a stable sort. */
  order: Map<HoldingsPoint, [string, number, number]>;
  undated: number;
}

function collect(into: Collected, entry: LibraryEntry, rank: number): void {
  const asOf = filingAsOf(entry.filing);
  const dollarCells = dollarCellsOf(entry.filing);
  let rowRank = 0;
  for (const table of ORDER) {
    for (const { row, ref } of rowsOf(entry.filing, table)) {
      rowRank += 1;
      const found = amountAfter(row, ref, dollarCells);
      if (found === null) continue;
      const date = row.transactionDate ?? asOf;
      if (date === null) {
        into.undated += 1;
        continue;
      }
      const side = sideOf(table);
      const { unit } = found;
      const key = `${holdingKey(side, row, 'library')}|${unit}`;
      let series = into.series.get(key);
      if (series === undefined) {
        const { securityTitle, directOrIndirectOwnership: form, natureOfOwnership: nature } = row;
        const label = seriesLabel(row);
        series = {
          key,
          table: side,
          securityTitle,
          directOrIndirectOwnership: form,
          natureOfOwnership: nature,
          unit,
          label,
          points: [],
        };
        into.series.set(key, series);
      }
      const point = {
        date,
        ...found,
        code: (row.transactionCode ?? '').trim().toUpperCase(),
        entryId: entry.id,
        row: ref,
      };
      series.points.push(point);
      into.order.set(point, [date, rank, rowRank]);
    }
  }
}

function compareOrder(a: [string, number, number], b: [string, number, number]): number {
  return a[0].localeCompare(b[0]) || a[1] - b[1] || a[2] - b[2];
}

export function holdingsTimeline(
  entries: readonly LibraryEntry[],
  who: { ownerKey: string; issuerKey: string },
  options: TimelineOptions = {},
): HoldingsTimeline {
  const resolver = createIdentityResolver(entries.map((entry) => entry.filing));
  const superseded =
    options.amendments === 'count-all' ? new Set<string>() : supersededOriginals(entries, resolver);
  const mine = entries.filter(
    ({ filing }) =>
      resolver.issuerKey(filing) === who.issuerKey &&
      filing.reportingOwners.some((owner) => resolver.ownerKey(owner) === who.ownerKey),
  );
  const used = mine.filter((entry) => !superseded.has(entry.id));
  const ranked = used
    .map((entry, index) => ({ entry, index, asOf: filingAsOf(entry.filing) ?? '' }))
    .sort((a, b) => a.asOf.localeCompare(b.asOf) || a.index - b.index);
  const collected: Collected = { series: new Map(), order: new Map(), undated: 0 };
  ranked.forEach(({ entry }, rank) => collect(collected, entry, rank));
  for (const series of collected.series.values()) {
    series.points.sort((a, b) => compareOrder(collected.order.get(a)!, collected.order.get(b)!));
  }
  const latest = ranked.at(-1)?.entry.filing;
  const owner = latest?.reportingOwners.find((candidate) => resolver.ownerKey(candidate) === who.ownerKey);
  return {
    ...who,
    ownerName: owner?.name ?? '',
    issuerName: latest?.issuer.name ?? '',
    filings: used.length,
    series: [...collected.series.values()],
    supersededIds: mine.filter((entry) => superseded.has(entry.id)).map((entry) => entry.id),
    undatedRows: collected.undated,
  };
}
