/**
 * Keeps the list in step with other tabs of the app: a filing another tab
 * added is shown from its summary, one it removed is hidden, and a clear (or a
 * burst of changes, like an import) lists the library again. The channel also
 * carries this page's own writes; those are already shown and cost nothing.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Library } from '../../core/library/library';
import type { SummaryIndex } from '../../core/library/search';
import type { RecordSummary } from '../../core/library/summary';
import type { LibraryChange } from '../../storage/changes';

const SETTLE_MS = 250;
/** More changes than this in one pause (an import elsewhere): listing again is simpler and as quick. */
const ONE_BY_ONE_LIMIT = 50;

interface ChangeActions {
  showAdded(summary: RecordSummary): void;
  hideRemoved(id: string): void;
  relist(): Promise<void>;
}

type Subscribe = (listener: (change: LibraryChange) => void) => () => void;

export function useChangesElsewhere(
  library: Promise<Library>,
  index: RefObject<SummaryIndex>,
  actions: ChangeActions,
  subscribe: Subscribe,
): void {
  const latest = useRef(actions);
  latest.current = actions;

  useEffect(() => {
    const apply = async (changes: LibraryChange[]) => {
      if (changes.some((change) => change.kind === 'clear') || changes.length > ONE_BY_ONE_LIMIT) {
        return latest.current.relist();
      }
      const lastKind = new Map(changes.map((change) => [change.id ?? '', change.kind]));
      const opened = await library;
      for (const [id, kind] of lastKind) {
        const present = index.current.entries.some((entry) => entry.summary.id === id);
        if (kind === 'delete' && present) latest.current.hideRemoved(id);
        if (kind !== 'set' || present) continue;
        const summary = await opened.summaryOf(id).catch(() => null);
        if (summary) latest.current.showAdded(summary);
      }
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const pending: LibraryChange[] = [];
    const stop = subscribe((change) => {
      pending.push(change);
      clearTimeout(timer);
      timer = setTimeout(() => void apply(pending.splice(0)), SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [library, index, subscribe]);
}
