/**
 * Where the library totals are computed: for a large library stored in
 * IndexedDB, in the library-totals worker (it reads the records itself);
 * otherwise on the page, reading the records a few at a time between turns,
 * which for a few hundred filings is a few milliseconds of work and spares
 * starting a worker. A worker that cannot start or fails hands over to the page.
 */
import type { Filing } from '../../../core/filing';
import type { LibraryEntry } from '../../../core/insights';
import type { Library } from '../../../core/library/library';
import {
  computeHoldingsChart,
  computeTotals,
  type HoldingsChartView,
  type LibraryTotals,
} from '../../insights/library-totals';
import { yieldToPage } from '../yield-to-page';
import { isTotalsResponse, type TotalsRequest, type TotalsResponse } from './protocol';

export interface Who {
  ownerKey: string;
  issuerKey: string;
}

export interface TotalsSource {
  /** The totals over these stored filings (ids in list order); `counted` of them could be read. */
  totals(ids: readonly string[]): Promise<{ totals: LibraryTotals; counted: number }>;
  /** One insider's holdings chart over the filings of the latest totals. */
  chart(who: Who, idPrefix: string): Promise<HoldingsChartView>;
  dispose(): void;
}

/** Records read at a time on the page: a few milliseconds of work, then the page gets a turn. */
const PAGE_CHUNK = 20;

export class PageTotals implements TotalsSource {
  private readonly filings = new Map<string, Filing>();
  private entries: LibraryEntry[] = [];

  constructor(private readonly library: Library) {}

  async totals(ids: readonly string[]) {
    const wanted = new Set(ids);
    for (const id of [...this.filings.keys()]) if (!wanted.has(id)) this.filings.delete(id);
    const missing = ids.filter((id) => !this.filings.has(id));
    for (let start = 0; start < missing.length; start += PAGE_CHUNK) {
      if (start > 0) await yieldToPage();
      const chunk = missing.slice(start, start + PAGE_CHUNK);
      const found = await this.library.getMany(chunk);
      found.forEach((lookup, i) => {
        if (lookup.status === 'found') this.filings.set(chunk[i], lookup.record.filing);
      });
    }
    this.entries = ids.flatMap((id) => {
      const filing = this.filings.get(id);
      return filing ? [{ id, filing }] : [];
    });
    await yieldToPage();
    return { totals: computeTotals(this.entries), counted: this.entries.length };
  }

  async chart(who: Who, idPrefix: string) {
    return computeHoldingsChart(this.entries, who, idPrefix);
  }

  dispose() {
    this.filings.clear();
  }
}

export function startTotalsWorker(): Worker {
  return new Worker(new URL('./totals-worker.ts', import.meta.url), {
    type: 'module',
    name: 'form4-reader-totals',
  });
}

type Pending = { resolve: (response: TotalsResponse) => void; reject: (err: Error) => void };

export class WorkerTotals implements TotalsSource {
  private readonly pending = new Map<number, Pending>();
  private next = 1;
  private worker: Worker | null = null;
  private failure: Error | null = null;

  constructor(private readonly start: () => Worker = startTotalsWorker) {}

  async totals(ids: readonly string[]) {
    const response = await this.ask({ kind: 'totals', request: this.next++, ids: [...ids] });
    if (response.kind !== 'totals') throw new Error('the totals worker answered out of turn');
    return { totals: response.totals, counted: response.counted };
  }

  async chart(who: Who, idPrefix: string) {
    const request = this.next++;
    const response = await this.ask({ kind: 'chart', request, ...who, idPrefix });
    if (response.kind !== 'chart') throw new Error('the totals worker answered out of turn');
    return response.chart;
  }

  dispose() {
    this.worker?.terminate();
    this.worker = null;
    this.fail(new Error('the library totals were closed'));
  }

  /** Whether the worker failed for good (it could not start, or crashed): the page computes then. */
  get failed(): boolean {
    return this.failure !== null;
  }

  private ask(message: TotalsRequest): Promise<TotalsResponse> {
    if (this.failure) return Promise.reject(this.failure);
    const worker = this.ensureWorker();
    return new Promise<TotalsResponse>((resolve, reject) => {
      this.pending.set(message.request, { resolve, reject });
      worker.postMessage(message);
    }).then((response) => {
      if (response.kind === 'failed') throw new Error(response.message);
      return response;
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.start();
    worker.onmessage = (event: MessageEvent<unknown>) => {
      if (!isTotalsResponse(event.data)) return;
      const pending = this.pending.get(event.data.request);
      this.pending.delete(event.data.request);
      // A totals request overtaken by a newer one gets no answer: it is simply dropped.
      for (const [request, waiting] of this.pending) {
        if (event.data.kind === 'totals' && request < event.data.request) {
          this.pending.delete(request);
          waiting.reject(new Error('overtaken by a newer request'));
        }
      }
      pending?.resolve(event.data);
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.worker?.terminate();
      this.worker = null;
      this.fail(new Error(`the library totals worker stopped (${event.message || 'no reason given'})`));
    };
    this.worker = worker;
    return worker;
  }

  private fail(err: Error) {
    this.failure = err;
    for (const waiting of this.pending.values()) waiting.reject(err);
    this.pending.clear();
  }
}
