/**
 * Pages lying on their side. A viewer's "rotate page" saves a /Rotate while
 * the text still runs across the page's own space; printing that view again
 * draws the text sideways with no /Rotate. Either way no line reads across as
 * the page stands. Both copies of ir-c575cc48 (see the fixtures README) must
 * read exactly like the original.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeExtractOptions, nodePdfjs } from '../../../src/cli/pdfjs-node';
import { parseBytes } from '../../../src/core/parse-file';
import { fixturePath } from './read-pdf';

const parse = (name: string) =>
  parseBytes(nodePdfjs, new Uint8Array(readFileSync(fixturePath(name))), name, nodeExtractOptions);

describe('a form page lying on its side', () => {
  it('saved with /Rotate 90, reads word for word like the original: filing, boxes and page size', async () => {
    const [original, rotated] = await Promise.all([
      parse('ir-c575cc48.pdf'),
      parse('ir-c575cc48-rotate90.pdf'),
    ]);
    expect(rotated.filing).toEqual(original.filing);
    expect(rotated.provenance).toEqual(original.provenance);
    expect(rotated.text?.pages[0]).toMatchObject({ width: 612, height: 792 });
  });

  it('printed again sideways on a landscape page (no /Rotate), reads the same filing on an upright page', async () => {
    const [original, sideways] = await Promise.all([
      parse('ir-c575cc48.pdf'),
      parse('ir-c575cc48-sideways.pdf'),
    ]);
    expect(sideways.filing).toEqual(original.filing);
    expect(sideways.text?.pages[0]?.width).toBeCloseTo(612, 0);
    expect(sideways.text?.pages[0]?.height).toBeCloseTo(792, 0);
  });
});
