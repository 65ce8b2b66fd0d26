/**
 * The page's reading queue: one ReadQueue and one worker client for the
 * page's lifetime, its items as Preact state. The worker starts with the
 * first file, and everything still running is cancelled when the page goes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Library } from '../../core/library/library';
import type { RecordSummary } from '../../core/library/summary';
import { ParserClient } from '../../worker/client';
import type { QueueItem } from './queue-item';
import { ReadQueue } from './read-queue';

export interface QueueCallbacks {
  onStored(summary: RecordSummary): void;
}

export function useReadQueue(library: Promise<Library>, callbacks: QueueCallbacks) {
  const [items, setItems] = useState<readonly QueueItem[]>([]);
  // The queue outlives renders; the callbacks it calls are always the latest ones.
  const latest = useRef(callbacks);
  latest.current = callbacks;
  const [resources] = useState(() => {
    let client: ParserClient | null = null;
    const queue = new ReadQueue({
      parse: (fileName, bytes, password) =>
        (client ??= new ParserClient()).parseBytes(fileName, bytes, password),
      library,
      onChange: setItems,
      onStored: (summary) => latest.current.onStored(summary),
    });
    return { queue, dispose: () => (queue.dispose(), client?.dispose()) };
  });
  useEffect(() => resources.dispose, [resources]);
  return { items, queue: resources.queue };
}
