/** One file: its name, then the filing read from it, its error, or a reading state. */
import { FilingView } from './filing/FilingView';
import { ErrorNotice } from './ErrorNotice';
import type { FileEntry } from './use-file-reader';

export function FileCard({ entry, onRemove }: { entry: FileEntry; onRemove: () => void }) {
  const { result } = entry;
  const state = result === null ? 'reading' : result.ok ? 'done' : 'failed';
  return (
    <section class={`file-card ${state}`} data-state={state} aria-busy={state === 'reading'}>
      <div class="file-bar">
        <span class="file-name" title={entry.fileName}>
          {entry.fileName}
        </span>
        {result?.ok && <span class="badge">{result.output.source.toUpperCase()}</span>}
        <button type="button" class="quiet" onClick={onRemove}>
          {state === 'reading' ? 'Cancel' : 'Remove'}
        </button>
      </div>
      {result === null && <p class="muted reading">Reading…</p>}
      {result?.ok === false && <ErrorNotice fileName={entry.fileName} error={result.error} />}
      {result?.ok && <FilingView filing={result.output.filing} idPrefix={`file${entry.key}`} />}
    </section>
  );
}
