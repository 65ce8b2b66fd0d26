/**
 * Where files come in: drop them on the zone or pick them with the button.
 * Several files at once are fine; each is read on its own.
 */
import { useRef, useState } from 'preact/hooks';

const ACCEPTED = '.pdf,.xml,.txt,application/pdf,application/xml,text/xml';

export function DropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

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
    const files = Array.from(event.dataTransfer?.files ?? []);
    if (files.length > 0) onFiles(files);
  };
  const picked = (event: Event) => {
    const target = event.currentTarget as HTMLInputElement;
    const files = Array.from(target.files ?? []);
    target.value = ''; // picking the same file again still reads it again
    if (files.length > 0) onFiles(files);
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
      <p class="muted">Files are read on this device and never uploaded.</p>
      <button type="button" onClick={() => input.current?.click()}>
        Choose files…
      </button>
      <input
        ref={input}
        class="visually-hidden"
        type="file"
        multiple
        accept={ACCEPTED}
        aria-label="Choose Form 3, 4 or 5 files"
        onChange={picked}
      />
    </div>
  );
}
