/**
 * The page: where files come in, the files being read, the filing being
 * looked at, and the library of everything read before.
 */
import { useEffect } from 'preact/hooks';
import { useLaunchedFiles } from '../pwa/launch-files';
import { DropZone } from './DropZone';
import { FileCard } from './FileCard';
import { LibraryPanel } from './library/LibraryPanel';
import { StorageBanner } from './library/StorageBanner';
import { UndoToast } from './library/UndoToast';
import { useDeleteWithUndo } from './library/use-delete-undo';
import { useLibrary } from './library/use-library';
import { useLibraryEntries } from './library/use-library-entries';
import { useOpenedFiling } from './library/use-opened-filing';
import { fromFiles, type CollectedFiles } from './queue/collect-files';
import type { QueueItem } from './queue/queue-item';
import { QueuePanel } from './queue/QueuePanel';
import { useAutoOpen } from './queue/use-auto-open';
import { usePastedFiles } from './queue/use-pasted-files';
import { useReadQueue } from './queue/use-read-queue';

export function App() {
  const { view, showAdded, hideRemoved, relist } = useLibrary();
  const { items, queue } = useReadQueue(view.library, { onStored: showAdded });
  const entries = useLibraryEntries(view.library, view.index);
  const { opened, openError, openRecord, openUnsaved, close } = useOpenedFiling(view.library);
  const deletion = useDeleteWithUndo(view.library, {
    hideRemoved,
    showAdded,
    onDeleted: (id) => opened?.recordId === id && close(),
  });
  const openItem = (item: QueueItem) => {
    if (item.state === 'done') void openRecord(item.recordId);
    const unsaved = item.state === 'unsaved' ? queue.unsavedReading(item.key) : null;
    if (unsaved) openUnsaved(item.fileName, unsaved);
  };
  const addFiles = (collected: CollectedFiles) => void queue.add(collected.files, collected.skipped);
  usePastedFiles(addFiles);
  useLaunchedFiles((files) => addFiles(fromFiles(files))); // "Open with" the installed app
  useAutoOpen(items, openItem);
  useEffect(() => preventDropNavigation(), []);

  const openedSummary = opened?.recordId
    ? view.index.entries.find((e) => e.summary.id === opened.recordId)
    : null;
  return (
    <main>
      <header class="app-header">
        <h1>Form 4 Reader</h1>
        <p class="muted">SEC Forms 3, 4 and 5 as exact tables, from the PDF or the EDGAR XML.</p>
      </header>
      <StorageBanner storage={view.storage} damaged={view.damaged} loadError={view.loadError} />
      <DropZone onInput={addFiles} />
      <QueuePanel
        items={items}
        onCancel={(key) => queue.cancel(key)}
        onOpen={openItem}
        onPassword={(key, password) => queue.retryWithPassword(key, password)}
        onClearFinished={() => queue.clearFinished()}
      />
      {openError && (
        <p class="banner error" role="alert">
          {openError}
        </p>
      )}
      {opened && (
        <FileCard
          opened={opened}
          entries={entries}
          onOpenEntry={(id) => void openRecord(id)}
          onClose={close}
          onDelete={openedSummary ? () => void deletion.remove(openedSummary.summary) : null}
        />
      )}
      <LibraryPanel
        view={view}
        entries={entries}
        openedId={opened?.recordId ?? null}
        onOpen={(id) => void openRecord(id)}
        onDelete={(summary) => void deletion.remove(summary)}
        onBulkChange={relist}
      />
      <UndoToast message={deletion.toast} onDismiss={deletion.dismiss} />
    </main>
  );
}

/** A file dropped beside the zone would otherwise replace the app with the browser's PDF viewer. */
function preventDropNavigation(): () => void {
  const stop = (event: DragEvent) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  };
  window.addEventListener('dragover', stop);
  window.addEventListener('drop', stop);
  return () => {
    window.removeEventListener('dragover', stop);
    window.removeEventListener('drop', stop);
  };
}
