/** Says plainly when nothing will be kept, or when stored entries could not be read back. */
import type { DamagedEntry } from '../../core/library/library';
import type { StorageState } from '../../storage/open-library';

interface StorageBannerProps {
  storage: StorageState | null;
  damaged: readonly DamagedEntry[];
  loadError: string | null;
}

export function StorageBanner({ storage, damaged, loadError }: StorageBannerProps) {
  return (
    <>
      {storage?.kind === 'memory-only' && (
        <div class="banner warn" role="status" data-testid="storage-banner">
          <strong>Nothing will be kept.</strong> {storage.message}
        </div>
      )}
      {loadError && (
        <div class="banner error" role="alert">
          {loadError}
        </div>
      )}
      {damaged.length > 0 && (
        <details class="banner warn">
          <summary>
            {damaged.length === 1
              ? '1 stored entry could not be read back and is not shown.'
              : `${damaged.length} stored entries could not be read back and are not shown.`}{' '}
            Add those files again to keep them.
          </summary>
          <ul>
            {damaged.slice(0, 50).map((entry) => (
              <li key={entry.id}>
                <code>{entry.id.slice(0, 12)}</code>: {entry.error.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
