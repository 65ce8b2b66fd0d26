/**
 * The files given in this session and how far each has got. The visible
 * count updates as files finish; screen readers hear one summary when the
 * queue goes quiet, not a line per file.
 */
import { QueueRow, type QueueRowActions } from './QueueRow';
import { describeTally, tally, type QueueItem } from './queue-item';

interface QueuePanelProps extends QueueRowActions {
  items: readonly QueueItem[];
  onClearFinished: () => void;
}

export function QueuePanel({ items, onClearFinished, ...actions }: QueuePanelProps) {
  if (items.length === 0) return null;
  const counts = tally(items);
  const running = counts.finished + counts.waitingForPassword < counts.total;
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
        class="queue-list"
        tabIndex={items.length > 8 ? 0 : undefined}
        aria-label="Files given in this session"
      >
        {items.map((item) => (
          <QueueRow key={item.key} item={item} actions={actions} />
        ))}
      </ul>
    </section>
  );
}
