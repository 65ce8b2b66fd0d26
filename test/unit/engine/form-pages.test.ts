/**
 * parseBytes reads PDF text only up to the page that closes the form (the
 * "Persons who respond…" sentence): the exhibits after it are not extracted,
 * yet the result is the one the engine gives on every page's words, and the
 * page list still counts every page of the file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeExtractOptions, nodePdfjs } from '../../../src/cli/pdfjs-node';
import { readForm } from '../../../src/core/form/read-form';
import { parseBytes } from '../../../src/core/parse-file';
import { extractPositionedText } from '../../../src/core/pdf/extract';
import { fixturePath, readFixture } from './read-pdf';

describe('reading stops at the form’s last page', () => {
  it('skips the five powers of attorney after a two-page Form 3, with the same filing', async () => {
    const name = 'ir-126783e7.pdf';
    const bytes = new Uint8Array(readFileSync(fixturePath(name)));
    const output = await parseBytes(nodePdfjs, bytes, name, nodeExtractOptions);
    const everyPage = await readFixture(name);
    expect(new Set(everyPage.words.map((w) => w.page)).size).toBe(9);

    expect(output.text?.pages).toEqual(everyPage.pages);
    expect(output.text?.words).toEqual(everyPage.words.filter((w) => w.page <= 2));
    expect(output.filing).toEqual(readForm(everyPage).filing);
    expect(output.provenance).toEqual(readForm(everyPage).provenance);
  });

  it('reads every page of a form whose closing page is its last', async () => {
    const name = 'edgar-form4.Evans-letter.pdf';
    const output = await parseBytes(
      nodePdfjs,
      new Uint8Array(readFileSync(fixturePath(name))),
      name,
      nodeExtractOptions,
    );
    const everyPage = await readFixture(name);
    expect(output.text?.words).toEqual(everyPage.words);
    expect(output.filing).toEqual(readForm(everyPage).filing);
  });

  it('leaves the producer out, and only that, when the caller does not want it (the CLI)', async () => {
    const bytes = new Uint8Array(readFileSync(fixturePath('ir-126783e7.pdf')));
    const full = await extractPositionedText(nodePdfjs, bytes, nodeExtractOptions);
    const lean = await extractPositionedText(nodePdfjs, bytes, {
      ...nodeExtractOptions,
      readProducer: false,
    });
    expect(full.producer).toMatch(/\w/);
    expect(lean.producer).toBeNull();
    expect(lean.words).toEqual(full.words);
    expect(lean.pages).toEqual(full.pages);
  });
});
