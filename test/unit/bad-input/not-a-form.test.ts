import { describe, expect, it } from 'vitest';
import { manyPagesPdf } from '../../../scripts/bad-generate';
import { nodeExtractOptions, nodePdfjs } from '../../../src/cli/pdfjs-node';
import { DEFAULT_MAX_PAGES, extractPositionedText } from '../../../src/core/pdf/extract';
import { expectFailure, readFixture } from './helpers';

describe('a real document that is not an SEC ownership form', () => {
  it("a PDF of prose (the SEC's XML specification) is not an ownership form", async () => {
    await expectFailure(readFixture('not-a-form.pdf'), 'not-a-form.pdf', 'not-ownership-form');
  });

  it('well-formed XML that is not ownership XML is not an ownership form', async () => {
    const failure = await expectFailure(
      readFixture('not-ownership.xml'),
      'not-ownership.xml',
      'not-ownership-form',
    );
    expect(failure.message).toMatch(/purchaseOrder/);
  });

  it(`a 500-page PDF is read only to page ${DEFAULT_MAX_PAGES}`, async () => {
    const text = await extractPositionedText(nodePdfjs, manyPagesPdf(500), nodeExtractOptions);
    expect(text.pages.length).toBe(DEFAULT_MAX_PAGES);
    expect(text.words.at(-1)?.page).toBe(DEFAULT_MAX_PAGES);
  });

  it('a 500-page PDF of prose is not an ownership form', async () => {
    await expectFailure(manyPagesPdf(500), 'long.pdf', 'not-ownership-form');
  });
});
