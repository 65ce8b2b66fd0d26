/**
 * One entry for every input: sniff the bytes, then read a PDF through pdf.js
 * and the form engine, or ownership XML (plain or inside an SGML submission)
 * through the XML reader. Runs the same in Node (CLI, tests) and the worker.
 */
import { ParseFailure } from './errors';
import type { Filing } from './filing';
import { readForm } from './form/read-form';
import { extractPositionedText, type ExtractOptions, type PdfjsModule } from './pdf/extract';
import type { PositionedText, Provenance } from './words';
import { readOwnershipXml } from './xml/read-xml';

export type SourceKind = 'pdf' | 'xml';

export interface ParseOutput {
  source: SourceKind;
  filing: Filing;
  /** Where each value was read (PDF only; empty for XML). */
  provenance: Provenance;
  /** The positioned words the filing was read from (PDF only). */
  text: PositionedText | null;
}

export function sniffKind(bytes: Uint8Array): SourceKind | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  const trimmed = head.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('<')) return 'xml';
  return null;
}

export async function parseBytes(
  pdfjs: PdfjsModule,
  bytes: Uint8Array,
  fileName: string,
  opts: ExtractOptions = {},
): Promise<ParseOutput> {
  if (bytes.byteLength === 0) {
    throw new ParseFailure('empty-file', `${fileName} is empty (0 bytes). Download it again from its source.`);
  }
  const kind = sniffKind(bytes);
  if (kind === 'xml') {
    const filing = readOwnershipXml(new TextDecoder('utf-8').decode(bytes));
    return { source: 'xml', filing, provenance: {}, text: null };
  }
  if (kind !== 'pdf') {
    throw new ParseFailure(
      'not-pdf',
      `${fileName} is neither a PDF nor EDGAR ownership XML. Choose the Form 3, 4 or 5 PDF or its XML.`,
    );
  }
  const text = await extractPositionedText(pdfjs, bytes, opts);
  const { filing, provenance } = readForm(text);
  return { source: 'pdf', filing, provenance, text };
}
