/**
 * Messages between the page and the library-totals worker. The page sends
 * the ids of the stored filings in list order; the worker reads and validates
 * the records it does not hold yet straight from IndexedDB (the page never
 * reads them for this), and answers with the totals, or a chart on request.
 */
import type { HoldingsChartView, LibraryTotals } from '../../insights/library-totals';

/**
 * From this many filings the totals are worked out in a worker: below it, reading and counting on
 * the page takes a few milliseconds at a time (aggregating 10,000 filings is one 100 ms task).
 */
export const WORKER_FROM_FILINGS = 500;

export type TotalsRequest =
  | { kind: 'totals'; request: number; ids: string[] }
  /** Over the filings of the latest totals request. */
  | { kind: 'chart'; request: number; ownerKey: string; issuerKey: string; idPrefix: string };

export type TotalsResponse =
  | { kind: 'totals'; request: number; totals: LibraryTotals; counted: number }
  | { kind: 'chart'; request: number; chart: HoldingsChartView }
  | { kind: 'failed'; request: number; message: string };

export function isTotalsResponse(value: unknown): value is TotalsResponse {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, request } = value as { kind?: unknown; request?: unknown };
  return typeof request === 'number' && (kind === 'totals' || kind === 'chart' || kind === 'failed');
}
