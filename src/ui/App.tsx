/**
 * The page: where files come in, the files being read, the filing being
 * looked at, and the library of everything read before. Handlers are stable
 * and the big parts are memoised, so a file finishing in the queue redraws
 * its row, not the library.
 */
import { useCallback, useEffect, useMemo, useRef } from 'preact/hooks';
import type { RecordSummary } from '../core/library/summary';
import { useLaunchedFiles } from '../pwa/launch-files';
import { DropZone } from './DropZone';
import { lazyComponent, whenIdle } from './lazy';
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

/** The filing view and all it shows (insights, the form as EDGAR prints it, exports): a chunk of its own. */
const FileCard = lazyComponent(() => import('./FileCard').then((module) => module.FileCard));

export function App() {
  const { view, showAdded, hideRemoved, relist } = useLibrary();
  const { items, queue } = useReadQueue(view.library, { onStored: showAdded });
  const { opened, openError, openRecord, openUnsaved, close } = useOpenedFiling(view.library);
  // Every stored filing, for the open filing's amendment links and holdings over time: read once one is open.
  const { entries } = useLibraryEntries(view.library, view.index, opened !== null);
  const openedId = opened?.recordId ?? null;
  const openedIdNow = useRef(openedId);
  openedIdNow.current = openedId;
  const closeIfOpen = useCallback((id: string) => openedIdNow.current === id && close(), [close]);
  const deletion = useDeleteWithUndo(view.library, { hideRemoved, showAdded, onDeleted: closeIfOpen });

  const openById = useCallback((id: string) => void openRecord(id), [openRecord]);
  const deleteSummary = useCallback(
    (summary: RecordSummary) => void deletion.remove(summary),
    [deletion.remove],
  );
  const openItem = useCallback(
    (item: QueueItem) => {
      if (item.state === 'done') void openRecord(item.recordId);
      const unsaved = item.state === 'unsaved' ? queue.unsavedReading(item.key) : null;
      if (unsaved) openUnsaved(item.fileName, unsaved);
    },
    [openRecord, openUnsaved, queue],
  );
  const addFiles = useCallback(
    (collected: CollectedFiles) => void queue.add(collected.files, collected.skipped),
    [queue],
  );
  const queueActions = useMemo(
    () => ({
      onCancel: (key: number) => queue.cancel(key),
      onOpen: openItem,
      onPassword: (key: number, password: string) => queue.retryWithPassword(key, password),
      onClearFinished: () => queue.clearFinished(),
    }),
    [queue, openItem],
  );
  usePastedFiles(addFiles);
  useLaunchedFiles((files) => addFiles(fromFiles(files))); // "Open with" the installed app
  useAutoOpen(items, openItem);
  useEffect(() => preventDropNavigation(), []);
  // Loaded while the page is idle, so the first filing read does not wait for its view; not before the
  // library is listed, whose shards would otherwise wait while the chunk is fetched and compiled.
  useEffect(
    () => (view.loading ? undefined : whenIdle(() => void FileCard.preload().catch(() => undefined))),
    [view.loading],
  );

  // The same summary object while the record stays: a new file in the library does not redraw the filing.
  const openedSummary = useMemo(
    () => view.index.entries.find((entry) => entry.summary.id === openedId)?.summary ?? null,
    [view.index, openedId],
  );
  const card = useMemo(
    () =>
      opened && (
        <FileCard
          opened={opened}
          entries={entries}
          onOpenEntry={openById}
          onClose={close}
          onDelete={openedSummary ? () => deleteSummary(openedSummary) : null}
        />
      ),
    [opened, entries, openById, close, openedSummary, deleteSummary],
  );
  const library = useMemo(
    () => (
      <LibraryPanel
        view={view}
        openedId={openedId}
        onOpen={openById}
        onDelete={deleteSummary}
        onBulkChange={relist}
      />
    ),
    [view, openedId, openById, deleteSummary, relist],
  );

  return (
    <main>
      <header class="app-header">
        <h1>Form 4 Reader</h1>
        <p class="muted">SEC Forms 3, 4 and 5 as exact tables, from the PDF or the EDGAR XML.</p>
      </header>
      <StorageBanner storage={view.storage} damaged={view.damaged} loadError={view.loadError} />
      <DropZone onInput={addFiles} />
      <QueuePanel items={items} {...queueActions} />
      {openError && (
        <p class="banner error" role="alert">
          {openError}
        </p>
      )}
      {card}
      {library}
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
