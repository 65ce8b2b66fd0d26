/**
 * The files given in this session and how far each has got. The visible
 * count updates as files finish; screen readers hear one summary when the
 * queue goes quiet, not a line per file. A row is redrawn only when its own
 * item changes (the queue replaces just that item), so a hundred rows cost
 * one row's work per update.
 */
import type { VNode } from 'preact';
import { useMemo } from 'preact/hooks';
import { QueueRow, type QueueRowActions } from './QueueRow';
import { describeTally, tally, type QueueItem } from './queue-item';
import './queue.css';

interface QueuePanelProps extends QueueRowActions {
  items: readonly QueueItem[];
  onClearFinished: () => void;
}

export function QueuePanel({ items, onClearFinished, onCancel, onOpen, onPassword }: QueuePanelProps) {
  // Rows already drawn, by item: Preact skips a component whose element is the very same object.
  const drawn = useMemo(() => new WeakMap<QueueItem, VNode>(), [onCancel, onOpen, onPassword]);
  const actions = useMemo(() => ({ onCancel, onOpen, onPassword }), [onCancel, onOpen, onPassword]);
  if (items.length === 0) return null;
  const counts = tally(items);
  const running = counts.finished + counts.waitingForPassword < counts.total;
  // A long list scrolls in its own box (reachable by keyboard) so the library stays in view.
  const long = items.length > 8;
  const row = (item: QueueItem) => {
    let element = drawn.get(item);
    if (!element) {
      element = <QueueRow key={item.key} item={item} actions={actions} />;
      drawn.set(item, element);
    }
    return element;
  };
  return (
    <section class="queue panel" aria-labelledby="queue-title">
      <div class="queue-head">
        <h2 id="queue-title">Files</h2>
        <span class="queue-count">
          {running ? `Reading: ${counts.finished} of ${counts.total} done` : describeTally(counts)}
        </span>
        <progress
          class="queue-total"
          value={counts.finished}
          max={counts.total}
          aria-label={`${counts.finished} of ${counts.total} files done`}
        />
        {counts.finished > 0 && (
          <button type="button" class="quiet" onClick={onClearFinished}>
            Clear finished
          </button>
        )}
      </div>
      <p class="visually-hidden" role="status">
        {running ? '' : describeTally(counts)}
      </p>
      <ul
        class={long ? 'queue-list long' : 'queue-list'}
        tabIndex={long ? 0 : undefined}
        aria-label="Files given in this session"
      >
        {items.map(row)}
      </ul>
    </section>
  );
}
