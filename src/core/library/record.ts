/**
 * The stored record of one filing in the library: what was read, from which
 * file, when. Keyed by the SHA-256 of the original bytes, so the same file
 * added twice (or from two tabs) is one record. The original bytes live in a
 * separate store under the same id.
 */
import type { Filing } from '../filing';
import type { ParseOutput, SourceKind } from '../parse-file';
import type { Provenance } from '../words';

export const LIBRARY_RECORD_VERSION = 1 as const;

export type FileType = SourceKind;

/** What the reader knew about the file beyond the filing; optional, dropped rather than trusted if damaged. */
export interface RecordSource {
  /** PDF producer ("EDGRpdf Service w/ EO.Pdf"), for messages; null for XML or when absent. */
  producer: string | null;
  pageCount: number | null;
  /** Where each value was read (PDF only), so the viewer can highlight cells without reading the PDF again. */
  provenance: Provenance;
}

export interface LibraryRecord {
  recordVersion: typeof LIBRARY_RECORD_VERSION;
  /** Lower-case hex SHA-256 of the original file's bytes. */
  id: string;
  fileName: string;
  fileType: FileType;
  byteLength: number;
  /** ISO 8601 instant, e.g. "2024-05-01T12:00:00.000Z". */
  addedAt: string;
  filing: Filing;
  source?: RecordSource;
}

export const MAX_FILE_NAME_LENGTH = 255;

export async function contentId(bytes: Uint8Array): Promise<string> {
  const view =
    bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', view));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** File names are display text: control characters go, length is capped, an empty name gets one. */
export function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const cleaned = name.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return cleaned.slice(0, MAX_FILE_NAME_LENGTH) || 'unnamed file';
}

export interface NewRecordInput {
  bytes: Uint8Array;
  fileName: string;
  output: ParseOutput;
  /** The moment of adding; tests pass a fixed one. */
  now?: Date;
}

export async function makeRecord(input: NewRecordInput): Promise<LibraryRecord> {
  return recordWithId(input, await contentId(input.bytes));
}

/** The record, for a caller that has just hashed the bytes (`id` must be contentId(input.bytes)). */
export function recordWithId(input: NewRecordInput, id: string): LibraryRecord {
  const { bytes, output } = input;
  return {
    recordVersion: LIBRARY_RECORD_VERSION,
    id,
    fileName: cleanFileName(input.fileName),
    fileType: output.source,
    byteLength: bytes.byteLength,
    addedAt: (input.now ?? new Date()).toISOString(),
    filing: output.filing,
    source: {
      producer: output.text?.producer ?? null,
      pageCount: output.text ? output.text.pages.length : null,
      provenance: output.provenance,
    },
  };
}
