/** One file in the queue: its name, where it is, and what can be done with it. */
import { ErrorNotice } from '../ErrorNotice';
import { PasswordForm } from './PasswordForm';
import { isCancellable, type QueueItem } from './queue-item';

export interface QueueRowActions {
  onCancel: (key: number) => void;
  onOpen: (item: QueueItem) => void;
  onPassword: (key: number, password: string) => void;
}

const STATE_LABELS: Record<QueueItem['state'], string> = {
  queued: 'Waiting',
  reading: 'Reading…',
  saving: 'Saving…',
  'needs-password': 'Needs a password',
  done: 'Added',
  unsaved: 'Read, not kept',
  failed: 'Could not be read',
  cancelled: 'Cancelled',
  skipped: 'Skipped',
};

function stateLabel(item: QueueItem): string {
  if (item.state === 'done' && item.duplicate) return 'Already in library';
  return STATE_LABELS[item.state];
}

export function QueueRow({ item, actions }: { item: QueueItem; actions: QueueRowActions }) {
  const busy = item.state === 'reading' || item.state === 'saving';
  return (
    <li class="queue-item" data-state={item.state} aria-busy={busy}>
      <div class="queue-line">
        <span class="queue-name" title={item.fileName}>
          {item.fileName}
        </span>
        <span class="queue-state">{stateLabel(item)}</span>
        {busy && <progress class="queue-progress" aria-label={`Reading ${item.fileName}`} />}
        {(item.state === 'done' || item.state === 'unsaved') && (
          <button
            type="button"
            class="quiet"
            aria-label={`Open ${item.fileName}`}
            onClick={() => actions.onOpen(item)}
          >
            Open
          </button>
        )}
        {isCancellable(item) && (
          <button
            type="button"
            class="quiet"
            aria-label={`Cancel ${item.fileName}`}
            onClick={() => actions.onCancel(item.key)}
          >
            Cancel
          </button>
        )}
      </div>
      <RowDetail item={item} actions={actions} />
    </li>
  );
}

function RowDetail({ item, actions }: { item: QueueItem; actions: QueueRowActions }) {
  switch (item.state) {
    case 'done':
      return item.note ? <p class="queue-note muted">{item.note}</p> : null;
    case 'unsaved':
      return (
        <p class="queue-note warn-text" role="alert">
          {item.fileName} was read, but it is not kept: {item.message} You can still open it until you close
          this page.
        </p>
      );
    case 'failed':
      return <ErrorNotice fileName={item.fileName} error={item.error} />;
    case 'skipped':
      return <p class="queue-note muted">{item.reason}</p>;
    case 'needs-password':
      return (
        <PasswordForm
          itemKey={item.key}
          fileName={item.fileName}
          wrongPassword={item.wrongPassword}
          onSubmit={(password) => actions.onPassword(item.key, password)}
        />
      );
    default:
      return null;
  }
}
