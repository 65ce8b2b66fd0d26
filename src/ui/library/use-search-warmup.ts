/**
 * Works out every entry's search keys while the page is idle after the list
 * is shown, a slice at a time, so the first search does not pay for ten
 * thousand of them at once. A new index (a file added) shares its entries with
 * the old one, so only what is new is worked out again.
 */
import { useEffect } from 'preact/hooks';
import { prepareSearch, type SummaryIndex } from '../../core/library/search';

/** Entries per slice: well under a millisecond each, so a slice stays a few milliseconds. */
const SLICE = 200;

export function useSearchWarmup(index: SummaryIndex): void {
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    let next = 0;
    let handle = 0;
    const work = (deadline: IdleDeadline) => {
      while (next < index.entries.length && deadline.timeRemaining() > 2) {
        next = prepareSearch(index, next, SLICE);
      }
      if (next < index.entries.length) handle = requestIdleCallback(work);
    };
    handle = requestIdleCallback(work);
    return () => cancelIdleCallback(handle);
  }, [index]);
}
