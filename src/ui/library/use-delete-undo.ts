/**
 * Delete a filing at once (no "are you sure?"), and offer Undo: the library
 * hands back everything needed to put the record and its original file back.
 */
import { useCallback, useState } from 'preact/hooks';
import type { Library, RemovedEntry } from '../../core/library/library';
import type { RecordSummary } from '../../core/library/summary';
import { describeRow } from './LibraryTable';
import type { ToastMessage } from './UndoToast';

interface DeleteHooks {
  hideRemoved(id: string): void;
  showAdded(summary: RecordSummary): void;
  /** After a deletion: e.g. close the filing if it was open. */
  onDeleted(id: string): void;
}

const describeError = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function useDeleteWithUndo(library: Promise<Library>, hooks: DeleteHooks) {
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const { hideRemoved, showAdded, onDeleted } = hooks;

  const undo = useCallback(
    async (removed: RemovedEntry, label: string) => {
      setToast({ text: `Putting back ${label}…` });
      try {
        const result = await (await library).undoRemove(removed);
        if (result.status === 'failed') {
          setToast({ text: result.error.message, error: true });
          return;
        }
        showAdded(result.summary);
        setToast({ text: `Put back ${label}.` });
      } catch (err) {
        setToast({ text: `${label} could not be put back (${describeError(err)}).`, error: true });
      }
    },
    [library, showAdded],
  );

  const remove = useCallback(
    async (summary: RecordSummary) => {
      const label = describeRow(summary);
      try {
        const removed = await (await library).remove(summary.id);
        hideRemoved(summary.id);
        onDeleted(summary.id);
        setToast({
          text: `Deleted ${label}.`,
          onUndo: removed ? () => void undo(removed, label) : undefined,
        });
        // The row and its button are gone; Undo is where the person can act next.
        requestAnimationFrame(() => document.querySelector<HTMLElement>('.toast-undo')?.focus());
      } catch (err) {
        setToast({ text: `${label} could not be deleted (${describeError(err)}).`, error: true });
      }
    },
    [library, hideRemoved, onDeleted, undo],
  );

  const dismiss = useCallback(() => setToast(null), []);
  return { toast, remove, dismiss };
}
