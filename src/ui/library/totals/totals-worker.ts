/**
 * The library-totals worker: keeps every stored filing it has been asked
 * about (read from IndexedDB a chunk at a time, each record validated by the
 * library exactly as the page would), and computes the totals across the
 * library and holdings charts off the page's main thread, where ten thousand
 * filings would otherwise hold it for hundreds of milliseconds.
 */
import type { Filing } from '../../../core/filing';
import type { LibraryEntry } from '../../../core/insights';
import { Library } from '../../../core/library/library';
import { createIdbBackend } from '../../../storage/idb-backend';
import { computeHoldingsChart, computeTotals } from '../../insights/library-totals';
import type { TotalsRequest, TotalsResponse } from './protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<TotalsRequest>) => void) | null;
  postMessage(message: TotalsResponse): void;
}

const scope = globalThis as unknown as WorkerScope;
const library = new Library(createIdbBackend());
const READ_CHUNK = 100;

const filings = new Map<string, Filing>();
let entries: LibraryEntry[] = [];
/** Requests are handled one at a time, in order; a totals request overtaken by a newer one is skipped. */
let queue: Promise<void> = Promise.resolve();
let latestTotals = 0;

async function totals(ids: string[]): Promise<number> {
  const wanted = new Set(ids);
  for (const id of [...filings.keys()]) if (!wanted.has(id)) filings.delete(id);
  const missing = ids.filter((id) => !filings.has(id));
  for (let start = 0; start < missing.length; start += READ_CHUNK) {
    const chunk = missing.slice(start, start + READ_CHUNK);
    const found = await library.getMany(chunk);
    found.forEach((lookup, i) => {
      if (lookup.status === 'found') filings.set(chunk[i], lookup.record.filing);
    });
  }
  entries = ids.flatMap((id) => {
    const filing = filings.get(id);
    return filing ? [{ id, filing }] : [];
  });
  return entries.length;
}

async function handle(message: TotalsRequest): Promise<void> {
  try {
    if (message.kind === 'totals') {
      if (message.request < latestTotals) return;
      const counted = await totals(message.ids);
      if (message.request < latestTotals) return;
      scope.postMessage({
        kind: 'totals',
        request: message.request,
        totals: computeTotals(entries),
        counted,
      });
    } else {
      const chart = computeHoldingsChart(entries, message, message.idPrefix);
      scope.postMessage({ kind: 'chart', request: message.request, chart });
    }
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    scope.postMessage({ kind: 'failed', request: message.request, message: detail });
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.kind === 'totals') latestTotals = Math.max(latestTotals, message.request);
  queue = queue.then(() => handle(message));
};
