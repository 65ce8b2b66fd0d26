/**
 * The filing being looked at: a stored record (read back and validated by
 * the library on every open) or, when the library could not keep a file, the
 * reading held in memory by the queue.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { Filing } from '../../core/filing';
import type { Library } from '../../core/library/library';
import type { FileType } from '../../core/library/record';
import type { Provenance } from '../../core/words';
import type { UnsavedReading } from '../queue/read-queue';

export interface OpenedFiling {
  /** Changes with every open, so the view resets and takes focus. */
  key: string;
  fileName: string;
  fileType: FileType;
  filing: Filing;
  provenance: Provenance | null;
  /** The original PDF's bytes, for its pages beside the tables; null for XML or when they are missing. */
  original: Uint8Array | null;
  /** The record's id when it is in the library; null when it was read but not kept. */
  recordId: string | null;
}

export function useOpenedFiling(library: Promise<Library>) {
  const [opened, setOpened] = useState<OpenedFiling | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const latestRequest = useRef(0);

  const openRecord = useCallback(
    async (id: string) => {
      const request = ++latestRequest.current;
      setOpenError(null);
      try {
        const opened = await library;
        const found = await opened.get(id);
        // The original is checked against its hash before it is drawn; without it the tables still show.
        const file =
          found.status === 'found' && found.record.fileType === 'pdf' ? await opened.getFile(id) : null;
        if (request !== latestRequest.current) return; // another open came after this one
        if (found.status === 'found') {
          const { record } = found;
          setOpened({
            key: `${id}:${request}`,
            fileName: record.fileName,
            fileType: record.fileType,
            filing: record.filing,
            provenance: record.source?.provenance ?? null,
            original: file?.ok ? file.bytes : null,
            recordId: id,
          });
        } else {
          setOpenError(
            found.status === 'missing'
              ? 'That filing is no longer in the library (it was deleted, perhaps in another tab).'
              : `That filing could not be opened: ${found.error.message}`,
          );
        }
      } catch (err) {
        setOpenError(
          `That filing could not be opened (${err instanceof Error ? err.message : String(err)}).`,
        );
      }
    },
    [library],
  );

  const openUnsaved = useCallback((fileName: string, { output, bytes }: UnsavedReading) => {
    const request = ++latestRequest.current;
    setOpenError(null);
    setOpened({
      key: `unsaved:${request}`,
      fileName,
      fileType: output.source,
      filing: output.filing,
      provenance: output.provenance,
      original: output.source === 'pdf' ? bytes : null,
      recordId: null,
    });
  }, []);

  const close = useCallback(() => {
    latestRequest.current++;
    setOpened(null);
    setOpenError(null);
  }, []);

  return { opened, openError, openRecord, openUnsaved, close };
}
