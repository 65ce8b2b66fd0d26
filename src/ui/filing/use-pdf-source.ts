/**
 * The original file, if it is a PDF: its pages are drawn beside the tables.
 * An XML original (or none) shows no page pane. The first bytes decide, as
 * they do for reading (sniffKind), not the file name.
 */
import { useEffect, useState } from 'preact/hooks';
import { sniffKind } from '../../core/parse-file';
import type { PdfSource } from '../pdf/use-page-images';

/** sniffKind looks for "%PDF-" near the start, as pdf.js does. */
const SNIFF_BYTES = 1024;

export function usePdfSource(original: PdfSource | null): PdfSource | null {
  const [pdf, setPdf] = useState<PdfSource | null>(() =>
    original instanceof Uint8Array && sniffKind(original.subarray(0, SNIFF_BYTES)) === 'pdf'
      ? original
      : null,
  );
  useEffect(() => {
    let current = true;
    if (original === null) setPdf(null);
    else if (original instanceof Uint8Array)
      setPdf(sniffKind(original.subarray(0, SNIFF_BYTES)) === 'pdf' ? original : null);
    else
      void original
        .slice(0, SNIFF_BYTES)
        .arrayBuffer()
        .then((head) => current && setPdf(sniffKind(new Uint8Array(head)) === 'pdf' ? original : null));
    return () => {
      current = false;
    };
  }, [original]);
  return pdf;
}
