/**
 * Where files come in: drop files or whole folders on the zone, pick files or
 * a folder with the buttons, or paste files anywhere on the page (see
 * queue/use-pasted-files.ts). Each file is then read on its own.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { fromDrop, fromFiles, fromPickedFolder, type CollectedFiles } from './queue/collect-files';

const ACCEPTED = '.pdf,.xml,.txt,application/pdf,application/xml,text/xml';

export function DropZone({ onInput }: { onInput: (collected: CollectedFiles) => void }) {
  const filePicker = useRef<HTMLInputElement>(null);
  const folderPicker = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  useEffect(() => {
    // Not in Preact's attribute types; the property is what Chromium, Firefox and Safari read.
    if (folderPicker.current) folderPicker.current.webkitdirectory = true;
  }, []);

  const accept = (event: DragEvent) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const leave = (event: DragEvent) => {
    // Leaving for a child element is not leaving the zone.
    const into = event.relatedTarget;
    if (!(into instanceof Node) || !(event.currentTarget as HTMLElement).contains(into)) setOver(false);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!event.dataTransfer) return;
    // fromDrop takes everything out of the DataTransfer before this handler returns.
    void fromDrop(event.dataTransfer).then((collected) => {
      if (collected.files.length + collected.skipped.length > 0) onInput(collected);
    });
  };
  const picked = (folder: boolean) => (event: Event) => {
    const target = event.currentTarget as HTMLInputElement;
    const files = Array.from(target.files ?? []);
    target.value = ''; // picking the same file again still reads it again
    if (files.length > 0) onInput(folder ? fromPickedFolder(files) : fromFiles(files));
  };

  return (
    <div
      class={over ? 'drop-zone over' : 'drop-zone'}
      data-testid="drop-zone"
      onDragEnter={accept}
      onDragOver={accept}
      onDragLeave={leave}
      onDrop={drop}
    >
      <p class="drop-title">Drop Form 3, 4 or 5 PDFs or EDGAR XML here</p>
      <p class="muted">
        Files or whole folders; you can also paste files. They are read on this device, never uploaded.
      </p>
      <div class="drop-buttons">
        <button type="button" onClick={() => filePicker.current?.click()}>
          Choose files…
        </button>
        <button type="button" class="secondary" onClick={() => folderPicker.current?.click()}>
          Choose folder…
        </button>
      </div>
      <input
        ref={filePicker}
        class="visually-hidden"
        type="file"
        multiple
        accept={ACCEPTED}
        aria-label="Choose Form 3, 4 or 5 files"
        tabIndex={-1}
        onChange={picked(false)}
      />
      <input
        ref={folderPicker}
        class="visually-hidden"
        type="file"
        aria-label="Choose a folder of Form 3, 4 or 5 files"
        tabIndex={-1}
        data-testid="folder-input"
        onChange={picked(true)}
      />
    </div>
  );
}
