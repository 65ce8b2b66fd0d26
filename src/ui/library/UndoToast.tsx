/**
 * "Deleted … Undo" after a filing is deleted. It stays until the person
 * dismisses it or deletes another (no timer: nobody has to be quick), and it
 * is a polite live region, so screen readers hear it without losing focus.
 */
export interface ToastMessage {
  text: string;
  /** Present while the deletion can still be undone. */
  onUndo?: () => void;
  error?: boolean;
}

export function UndoToast({ message, onDismiss }: { message: ToastMessage | null; onDismiss: () => void }) {
  return (
    <div class="toast-region" role="status">
      {message && (
        <div class={message.error ? 'toast error' : 'toast'}>
          <span class="toast-text">{message.text}</span>
          {message.onUndo && (
            <button type="button" class="toast-undo" onClick={message.onUndo}>
              Undo
            </button>
          )}
          <button type="button" class="quiet toast-close" aria-label="Dismiss" onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
