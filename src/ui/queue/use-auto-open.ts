/**
 * One file given on its own is opened as soon as it is read: that is what
 * the person is waiting to see. A batch of several only fills the library.
 */
import { useEffect, useRef } from 'preact/hooks';
import { isFinished, type QueueItem } from './queue-item';

export function useAutoOpen(items: readonly QueueItem[], open: (item: QueueItem) => void): void {
  /** Keys of lone files seen while still being read; each opens at most once. */
  const waiting = useRef(new Set<number>());
  const latest = useRef(open);
  latest.current = open;
  useEffect(() => {
    const batchSizes = new Map<number, number>();
    for (const item of items) batchSizes.set(item.batch, (batchSizes.get(item.batch) ?? 0) + 1);
    for (const item of items) {
      if (batchSizes.get(item.batch) !== 1) continue;
      if (!isFinished(item)) waiting.current.add(item.key);
      else if (waiting.current.delete(item.key) && (item.state === 'done' || item.state === 'unsaved'))
        latest.current(item);
    }
  }, [items]);
}
