/** The page: a drop zone and, below it, one card per file read. */
import { useEffect } from 'preact/hooks';
import { DropZone } from './DropZone';
import { FileCard } from './FileCard';
import { useFileReader } from './use-file-reader';

export function App() {
  const { entries, addFiles, removeFile } = useFileReader();
  useEffect(() => preventDropNavigation(), []);
  return (
    <main>
      <header class="app-header">
        <h1>Form 4 Reader</h1>
        <p class="muted">SEC Forms 3, 4 and 5 as exact tables, from the PDF or the EDGAR XML.</p>
      </header>
      <DropZone onFiles={addFiles} />
      {entries.map((entry) => (
        <FileCard key={entry.key} entry={entry} onRemove={() => removeFile(entry.key)} />
      ))}
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
