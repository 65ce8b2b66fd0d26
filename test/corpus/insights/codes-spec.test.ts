/**
 * The SEC wording in src/core/codes.ts against the source itself: the EDGAR
 * Ownership XML Technical Specification's TransCodeList (§3.6.9), read with
 * pdf.js from ../shared/corpus/spec. Skips cleanly when ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodeExtractOptions, nodePdfjs } from '../../../src/cli/pdfjs-node';
import { TRANSACTION_CODES, TRANSACTION_CODE_ORDER } from '../../../src/core/codes';

const SPEC = fileURLToPath(
  new URL('../../../../shared/corpus/spec/ownershipxmltechspec-v3.pdf', import.meta.url),
);

const LIST_START = 'These are the valid values for a <transactionCode> element';

/** The spec's text from the TransCodeList on (that page and the next), whitespace collapsed. */
async function transCodeListText(): Promise<string> {
  const pdf = await nodePdfjs.getDocument({
    data: new Uint8Array(readFileSync(SPEC)),
    isEvalSupported: false,
    standardFontDataUrl: nodeExtractOptions.standardFontDataUrl,
  }).promise;
  let text = '';
  let pagesAfterStart = -1;
  for (let n = 1; n <= pdf.numPages && pagesAfterStart < 1; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const page = content.items
      .map((item) => ('str' in item ? item.str : ''))
      .join(' ')
      .replace(/\s+/g, ' ');
    if (pagesAfterStart < 0 && page.includes(LIST_START)) pagesAfterStart = 0;
    else if (pagesAfterStart >= 0) pagesAfterStart += 1;
    if (pagesAfterStart >= 0) text += ' ' + page;
  }
  await pdf.destroy();
  return text.slice(text.indexOf(LIST_START));
}

describe.skipIf(!existsSync(SPEC))('transaction code wording against the XML technical specification', () => {
  it('every code marked as from §3.6.9 is worded exactly as the TransCodeList', async () => {
    const list = await transCodeListText();
    expect(list).toContain(LIST_START);
    const fromSpec = TRANSACTION_CODE_ORDER.filter(
      (code) => TRANSACTION_CODES[code].source === 'xml-spec-3.6.9',
    );
    expect(fromSpec).toHaveLength(18);
    for (const code of fromSpec) {
      expect(list, `code ${code}`).toContain(`${code} ${TRANSACTION_CODES[code].secWording}`);
    }
  });
});
