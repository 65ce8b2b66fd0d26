/**
 * The filing being looked at: its file's name and kind, whether it is kept,
 * then the filing itself. Takes focus when a filing is opened, so keyboard
 * and screen-reader users land on what they asked for.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { LibraryEntry } from '../core/insights';
import { FilingView } from './filing';
import type { OpenedFiling } from './library/use-opened-filing';
import { RenderGuard } from './library/RenderGuard';

interface FileCardProps {
  opened: OpenedFiling;
  /** Every stored filing, for amendment links and holdings over time. */
  entries: readonly LibraryEntry[];
  onOpenEntry: (id: string) => void;
  onClose: () => void;
  onDelete: (() => void) | null;
}

export function FileCard({ opened, entries, onOpenEntry, onClose, onDelete }: FileCardProps) {
  const card = useRef<HTMLElement>(null);
  useEffect(() => {
    // Where the person was (the row's button, the file picker): focus goes back there when the card closes.
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const host = card.current;
    host?.focus({ preventScroll: true });
    host?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    return () => {
      const lost = document.activeElement === document.body || host?.contains(document.activeElement);
      if (lost && before?.isConnected) before.focus();
    };
  }, [opened.key]);
  const idPrefix = `f${opened.key.replace(/[^a-z0-9]/gi, '').slice(0, 12)}`;
  return (
    <section
      ref={card}
      class="file-card"
      data-state="done"
      tabIndex={-1}
      aria-label={`Filing from ${opened.fileName}`}
      onKeyDown={(event) => {
        // The filing view stops an Escape that closes one of its notes; any other one closes the card.
        if (event.key === 'Escape') onClose();
      }}
    >
      <div class="file-bar">
        <span class="file-name" title={opened.fileName}>
          {opened.fileName}
        </span>
        <span class="badge">{opened.fileType.toUpperCase()}</span>
        {opened.recordId === null && <span class="badge warn-badge-text">Not kept</span>}
        {onDelete && (
          <button type="button" class="quiet" onClick={onDelete}>
            Delete
          </button>
        )}
        <button type="button" class="quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <RenderGuard key={opened.key} what={opened.fileName}>
        <FilingView
          filing={opened.filing}
          provenance={opened.provenance ?? undefined}
          original={opened.original}
          fileName={opened.fileName}
          library={entries}
          entryId={opened.recordId ?? undefined}
          onOpenEntry={onOpenEntry}
          idPrefix={idPrefix}
        />
      </RenderGuard>
    </section>
  );
}
