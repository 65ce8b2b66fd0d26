/**
 * Bad inputs too big to commit, made from a few parameters at test time
 * (and by bad-make-fixtures.ts for the small ones): each is hostile or broken
 * in exactly one way, so a test names what it shows.
 */
import {
  decompressionBombPdf,
  imageBombPdf,
  manyRunsPdf,
  nestedSavesPdf,
  textPagesPdf,
} from './bad-pdf-writer';

/** The user password of test/fixtures/bad/password.pdf. */
export const FIXTURE_PASSWORD = 'form4-secret';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** `pages` pages of numbered prose lines: long, valid, and not a form. */
export function manyPagesPdf(pages: number): Uint8Array {
  return textPagesPdf(
    Array.from({ length: pages }, (_, i) => [
      `Exhibit page ${i + 1} of ${pages}`,
      'This page intentionally repeats a line of prose so that the document is long but valid.',
      'Nothing on it is part of a Form 3, 4 or 5.',
    ]),
  );
}

export { decompressionBombPdf, imageBombPdf, manyRunsPdf, nestedSavesPdf };

/** An ownership XML made larger than `bytes` by repeating one transaction row many times. */
export function hugeOwnershipXml(templateXml: string, bytes: number): Uint8Array {
  const row = /<nonDerivativeTransaction>[\s\S]*?<\/nonDerivativeTransaction>/.exec(templateXml)?.[0];
  if (!row) throw new Error('template has no <nonDerivativeTransaction> to repeat');
  const copies = Math.ceil(bytes / row.length);
  return utf8(templateXml.replace(row, row.repeat(copies)));
}

/** `depth` nested elements inside an otherwise ordinary root: a parser that recurses runs out of stack. */
export function deeplyNestedXml(depth: number): Uint8Array {
  return utf8(
    `<?xml version="1.0"?>\n<ownershipDocument>${'<a>'.repeat(depth)}x${'</a>'.repeat(depth)}</ownershipDocument>\n`,
  );
}

/** Classic "billion laughs": ten levels of ten references, 10^9 "lol"s if ever expanded. */
export function billionLaughsXml(): string {
  const levels = ['<!ENTITY lol "lol">'];
  for (let n = 1; n <= 9; n++) {
    const previous = n === 1 ? 'lol' : `lol${n - 1}`;
    levels.push(`<!ENTITY lol${n} "${`&${previous};`.repeat(10)}">`);
  }
  return `<?xml version="1.0"?>\n<!DOCTYPE ownershipDocument [\n  ${levels.join('\n  ')}\n]>\n<ownershipDocument><remarks>&lol9;</remarks></ownershipDocument>\n`;
}

/** External entity pointing at a local file: a reader that resolves it would leak the file. */
export function externalEntityXml(templateXml: string): string {
  const doctype = '<!DOCTYPE ownershipDocument [ <!ENTITY leak SYSTEM "file:///etc/passwd"> ]>\n';
  return templateXml
    .replace(/(<\?xml[^>]*\?>\s*)/, `$1${doctype}`)
    .replace(/<remarks>[\s\S]*?<\/remarks>|<\/ownershipDocument>/, (m) =>
      m.startsWith('<remarks>') ? '<remarks>&leak;</remarks>' : `<remarks>&leak;</remarks>${m}`,
    );
}

/**
 * Every offset in the cross-reference table and the startxref pointer replaced
 * by a wrong one of the same width, so no other byte moves.
 */
export function breakCrossReferences(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const broken = text
    .replace(
      /^(\d{10}) (\d{5}) n(\s)/gm,
      (_m, _offset: string, gen: string, eol: string) => `0000000007 ${gen} n${eol}`,
    )
    .replace(
      /startxref(\s+)(\d+)/g,
      (_m, space: string, offset: string) => `startxref${space}${'9'.repeat(offset.length)}`,
    );
  if (broken === text) throw new Error('no cross-reference table found to break');
  return Buffer.from(broken, 'latin1');
}
