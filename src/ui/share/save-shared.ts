/**
 * "Save to my library" for a filing that arrived in a link. The library keeps
 * every filing with a file (its id is the file's SHA-256); a shared filing has
 * no PDF, so its file is the EDGAR ownership XML written from it, which the
 * app reads back to the same Filing. The same link saved twice is one entry.
 */
import type { Filing } from '../../core/filing';
import { toOwnershipXml } from '../../core/export/to-ownership-xml';
import { openLibrary, type OpenedLibrary } from '../../storage/open-library';
import { exportFileName } from '../export/file-name';

export type SaveOutcome =
  | { kind: 'saved'; message: string }
  | { kind: 'already-saved'; message: string }
  /** The browser keeps nothing (private window, storage blocked): saving would be a promise we cannot keep. */
  | { kind: 'not-kept'; message: string }
  | { kind: 'failed'; message: string };

/** "RKLB_Olson-Jon-A_2024-11-19_Form-4_shared-link.xml": the export's name, marked as from a link. */
export function sharedFileName(filing: Filing): string {
  return exportFileName(filing, 'xml').replace(/\.xml$/, '_shared-link.xml');
}

export async function saveSharedFiling(
  filing: Filing,
  open: () => Promise<OpenedLibrary> = openLibrary,
): Promise<SaveOutcome> {
  const { library, storage } = await open();
  if (storage.kind === 'memory-only') return { kind: 'not-kept', message: storage.message };
  let xml: string;
  try {
    xml = toOwnershipXml(filing);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { kind: 'failed', message: `This filing could not be written for the library (${detail}).` };
  }
  const result = await library.add({
    bytes: new TextEncoder().encode(xml),
    fileName: sharedFileName(filing),
    output: { source: 'xml', filing, provenance: {}, text: null },
  });
  switch (result.status) {
    case 'added':
      return { kind: 'saved', message: 'Saved to your library on this device.' };
    case 'duplicate':
      return { kind: 'already-saved', message: 'This filing is already in your library.' };
    case 'failed':
      return { kind: 'failed', message: result.error.message };
  }
}
