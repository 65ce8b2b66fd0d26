/**
 * Every stored filing as { id, filing }, for what an open filing shows from
 * across the library (amendment links, the insider's holdings over time; the
 * library totals have their own worker, see totals/). Read only once it is
 * `needed` (a filing is open), then kept in step with the summary index: ids
 * that appear are read (validated by the library, a few records per read,
 * giving the page back between reads), ids that go are dropped. The state
 * changes once per catch-up, not once per record, and a catch-up waits for a
 * pause in changes.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Filing } from '../../core/filing';
import type { LibraryEntry } from '../../core/insights';
import type { Library } from '../../core/library/library';
import type { SummaryIndex } from '../../core/library/search';
import { afterPaintWhenIdle, yieldToPage } from './yield-to-page';

/** Records read and validated at a time: a few milliseconds of work, then the page gets a turn. */
const CHUNK = 20;
/**
 * Catching up waits this long after the last change: while files stream in,
 * the totals across the library are recomputed once per pause, not per file.
 */
const SETTLE_MS = 300;

export interface LibraryEntries {
  entries: readonly LibraryEntry[];
  /** The index has changed since `entries` were read: they are about to be brought up to date. */
  catchingUp: boolean;
}

export function useLibraryEntries(
  library: Promise<Library>,
  index: SummaryIndex,
  needed: boolean,
): LibraryEntries {
  const cache = useRef(new Map<string, Filing>());
  const [entries, setEntries] = useState<readonly LibraryEntry[]>([]);
  const [readFor, setReadFor] = useState<SummaryIndex | null>(null);

  useEffect(() => {
    if (!needed) return;
    let stale = false;
    const wanted = index.entries.map((entry) => entry.summary.id);
    const publish = () => {
      const known = wanted.filter((id) => cache.current.has(id));
      setEntries(known.map((id) => ({ id, filing: cache.current.get(id) as Filing })));
    };
    const catchUp = async () => {
      const keep = new Set(wanted);
      for (const id of [...cache.current.keys()]) if (!keep.has(id)) cache.current.delete(id);
      const missing = wanted.filter((id) => !cache.current.has(id));
      const opened = await library;
      if (first) await afterPaintWhenIdle();
      for (let start = 0; start < missing.length; start += CHUNK) {
        if (start > 0) await yieldToPage();
        if (stale) return;
        const ids = missing.slice(start, start + CHUNK);
        const found = await opened.getMany(ids).catch(() => []);
        found.forEach((lookup, i) => {
          if (lookup.status === 'found') cache.current.set(ids[i], lookup.record.filing);
        });
      }
      if (stale) return;
      publish();
      setReadFor(index);
    };
    const first = cache.current.size === 0;
    const timer = setTimeout(() => void catchUp(), first ? 0 : SETTLE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [library, index, needed]);

  return useMemo(() => ({ entries, catchingUp: readFor !== index }), [entries, readFor, index]);
}
