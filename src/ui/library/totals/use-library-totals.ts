/**
 * The totals across the library, kept in step with the list: worked out once
 * the list is on screen and the page is idle, then again after each pause in
 * changes (while files stream in, once per pause, not once per file), by the
 * library-totals worker where there is one (see totals-source.ts).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Library } from '../../../core/library/library';
import type { SummaryIndex } from '../../../core/library/search';
import type { HoldingsChartView, LibraryTotals } from '../../insights/library-totals';
import type { StorageState } from '../../../storage/open-library';
import { afterPaintWhenIdle } from '../yield-to-page';
import { WORKER_FROM_FILINGS } from './protocol';
import { PageTotals, WorkerTotals, type TotalsSource, type Who } from './totals-source';

/** Waits this long after the last change before counting again. */
const SETTLE_MS = 300;

export interface LibraryTotalsState {
  totals: LibraryTotals | null;
  /** The list has changed since `totals` were worked out: they are about to be brought up to date. */
  catchingUp: boolean;
  /** Why the totals could not be worked out, if they could not. */
  error: string | null;
  chart(who: Who, idPrefix: string): Promise<HoldingsChartView>;
}

interface Computed {
  totals: LibraryTotals | null;
  index: SummaryIndex | null;
  error: string | null;
}

export function useLibraryTotals(
  library: Promise<Library>,
  index: SummaryIndex,
  storage: StorageState | null,
): LibraryTotalsState {
  const source = useTotalsSource(library, storage);
  const [computed, setComputed] = useState<Computed>({ totals: null, index: null, error: null });
  const started = useRef(false);

  useEffect(() => {
    if (!source || index.entries.length === 0) return;
    let stale = false;
    const count = async () => {
      if (!started.current) await afterPaintWhenIdle();
      started.current = true;
      if (stale) return;
      const ids = index.entries.map((entry) => entry.summary.id);
      // A second try goes to the page when the worker has failed (see useTotalsSource).
      const attempt = () => source.current(ids.length).totals(ids);
      try {
        const { totals } = await attempt().catch((err: unknown) => {
          if (stale) throw err;
          return attempt();
        });
        if (!stale) setComputed({ totals, index, error: null });
      } catch (err) {
        if (stale) return;
        const error = err instanceof Error ? err.message : String(err);
        setComputed((current) => ({ ...current, index, error }));
      }
    };
    const timer = setTimeout(() => void count(), started.current ? SETTLE_MS : 0);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [source, index]);

  const chart = useCallback(
    (who: Who, idPrefix: string) =>
      source
        ? source.current(index.entries.length).chart(who, idPrefix)
        : Promise.reject(new Error('no library yet')),
    [source, index],
  );
  const empty = index.entries.length === 0;
  return useMemo(
    () => ({
      totals: empty ? null : computed.totals,
      catchingUp: !empty && computed.index !== index,
      error: computed.error,
      chart,
    }),
    [computed, index, empty, chart],
  );
}

/** The worker for a large stored library, the page otherwise; the page again if the worker fails. */
function useTotalsSource(library: Promise<Library>, storage: StorageState | null) {
  const [opened, setOpened] = useState<Library | null>(null);
  useEffect(() => {
    let gone = false;
    void library.then((ready) => !gone && setOpened(() => ready));
    return () => {
      gone = true;
    };
  }, [library]);

  const source = useMemo(() => {
    if (!opened || !storage) return null;
    const canUseWorker = storage.kind === 'persistent' && typeof Worker === 'function';
    let worker: WorkerTotals | null = null;
    let workerFailed = false;
    let page: PageTotals | null = null;
    return {
      current(filings: number): TotalsSource {
        if (worker?.failed) [worker, workerFailed] = [null, true];
        if (canUseWorker && !workerFailed && filings >= WORKER_FROM_FILINGS)
          return (worker ??= new WorkerTotals());
        return (page ??= new PageTotals(opened));
      },
      dispose() {
        worker?.dispose();
        page?.dispose();
      },
    };
  }, [opened, storage]);
  useEffect(() => () => source?.dispose(), [source]);
  return source;
}
