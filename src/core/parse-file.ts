/**
 * One entry for every input: sniff the bytes, then read a PDF through pdf.js
 * and the form engine, or ownership XML (plain or inside an SGML submission)
 * through the XML reader. Runs the same in Node (CLI, tests) and the worker.
 * Whatever fails leaves as a ParseFailure whose message starts with the file
 * name; the caller's bytes are never changed (pdf.js is given a copy).
 */
import type { Filing } from './filing';
import { closesForm } from './form/anchors';
import { PagedText } from './form/doc';
import { readForm } from './form/read-form';
import {
  checkInput,
  checkTextIsReadable,
  checkTextLayer,
  withFileName,
  type SourceKind,
} from './input-checks';
import { extractPositionedText, type ExtractOptions, type PdfjsModule } from './pdf/extract';
import type { PositionedText, Provenance } from './words';
import { readOwnershipXml } from './xml/read-xml';

export { sniffKind, type SourceKind } from './input-checks';

export interface ParseOutput {
  source: SourceKind;
  filing: Filing;
  /** Where each value was read (PDF only; empty for XML). */
  provenance: Provenance;
  /** The positioned words the filing was read from (PDF only). */
  text: PositionedText | null;
}

export async function parseBytes(
  pdfjs: PdfjsModule,
  bytes: Uint8Array,
  fileName: string,
  opts: ExtractOptions = {},
): Promise<ParseOutput> {
  try {
    return await parseChecked(pdfjs, bytes, opts);
  } catch (err) {
    throw withFileName(err, fileName);
  }
}

async function parseChecked(
  pdfjs: PdfjsModule,
  bytes: Uint8Array,
  opts: ExtractOptions,
): Promise<ParseOutput> {
  if (checkInput(bytes) === 'xml') {
    const filing = readOwnershipXml(new TextDecoder('utf-8').decode(bytes));
    return { source: 'xml', filing, provenance: {}, text: null };
  }
  const paged = new PagedText();
  const text = await extractPositionedText(pdfjs, bytes, {
    ...opts,
    // Pages after the form's closing page (exhibits, powers of attorney) are not read: the engine drops them.
    isLastPage: (page, words) => {
      paged.addPage(page, words);
      return closesForm(paged.page(page).lines);
    },
  });
  checkTextLayer(text, bytes);
  checkTextIsReadable(text);
  const { filing, provenance } = readForm(text, paged);
  return { source: 'pdf', filing, provenance, text };
}
