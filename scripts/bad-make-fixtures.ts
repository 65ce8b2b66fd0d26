/**
 * Makes the committed bad-input fixtures in test/fixtures/bad/ from corpus
 * files (see that folder's README.md for what each one is and shows).
 * Needs ../shared/corpus, poppler's pdftoppm, qpdf and Ghostscript (Debian: apt-get install -y qpdf ghostscript).
 *   npx tsx scripts/bad-make-fixtures.ts
 * The large ones (500 pages, bombs, huge XML) are made at test time by bad-generate.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { billionLaughsXml, breakCrossReferences, externalEntityXml, FIXTURE_PASSWORD } from './bad-generate';
import { imagePagePdf } from './bad-pdf-writer';

const CORPUS = join(import.meta.dirname, '../../shared/corpus');
const OUT = join(import.meta.dirname, '../test/fixtures/bad');
/** A one-page Form 4 (Merline Saintil, RKLB, 2022), RC4-encrypted with an empty password like most of ir-pdfs/. */
const SOURCE_PDF = join(CORPUS, 'ir-pdfs/84c18877-143a-448a-a981-90d3e6485522.pdf');
const SOURCE_XML = join(CORPUS, 'xml/sec-samples/form4.xml');
const SPEC_PDF = join(CORPUS, 'spec/ownershipxmltechspec-v3.pdf');
/** Where the truncated copy is cut, as a share of the source's length. */
const TRUNCATE_AT = 0.6;

/** qpdf's testing switches: a fixed /ID and AES IV, so that making the fixtures again changes no byte. */
const REPRODUCIBLE = ['--static-id', '--static-aes-iv'];

const tmp = mkdtempSync(join(tmpdir(), 'bad-fixtures-'));
const out = (name: string) => join(OUT, name);
/** Written, not copied: copies would keep the corpus's read-only mode. */
const write = (name: string, data: string | Uint8Array) => writeFileSync(out(name), data);

function renamedFiles(): void {
  write('text-renamed.pdf', readFileSync(join(CORPUS, 'README.md')));
  write('html-renamed.pdf', readFileSync(join(CORPUS, 'edgar-html/form4.Evans.html')));
  execFileSync('pdftoppm', ['-r', '20', '-png', '-singlefile', SOURCE_PDF, join(tmp, 'page')]);
  write('png-renamed.pdf', readFileSync(join(tmp, 'page.png')));
  write('empty.pdf', '');
}

function truncatedPdf(): void {
  const bytes = readFileSync(SOURCE_PDF);
  write('truncated.pdf', bytes.subarray(0, Math.floor(bytes.length * TRUNCATE_AT)));
}

function brokenXrefPdf(): void {
  write('broken-xref.pdf', breakCrossReferences(readFileSync(SOURCE_PDF)));
}

function passwordPdf(): void {
  execFileSync('qpdf', [
    ...REPRODUCIBLE,
    '--encrypt',
    FIXTURE_PASSWORD,
    `${FIXTURE_PASSWORD}-owner`,
    '256',
    '--',
    SOURCE_PDF,
    out('password.pdf'),
  ]);
}

/** Not bad: a seed for the fuzz test whose content streams are plain text, so byte mutations reach the text itself. */
function uncompressedSeedPdf(): void {
  execFileSync('qpdf', [
    ...REPRODUCIBLE,
    '--decrypt',
    '--stream-data=uncompress',
    '--object-streams=disable',
    SOURCE_PDF,
    out('fuzz-seed-uncompressed.pdf'),
  ]);
}

function notAFormPdf(): void {
  execFileSync('qpdf', [...REPRODUCIBLE, '--empty', '--pages', SPEC_PDF, '1-2', '--', out('not-a-form.pdf')]);
}

/** Width and height from a JPEG's start-of-frame marker. */
function jpegSize(jpeg: Uint8Array): { width: number; height: number } {
  for (let i = 2; i + 9 < jpeg.length;) {
    const marker = jpeg[i + 1]!;
    const length = (jpeg[i + 2]! << 8) | jpeg[i + 3]!;
    if (marker >= 0xc0 && marker <= 0xc2) {
      return { height: (jpeg[i + 5]! << 8) | jpeg[i + 6]!, width: (jpeg[i + 7]! << 8) | jpeg[i + 8]! };
    }
    i += 2 + length;
  }
  throw new Error('no JPEG frame header');
}

/** The source page rendered to a grey JPEG and put back on a page with no text: a scan. */
function scannedPdf(): void {
  execFileSync('pdftoppm', [
    '-r',
    '60',
    '-gray',
    '-jpeg',
    '-jpegopt',
    'quality=50',
    '-singlefile',
    SOURCE_PDF,
    join(tmp, 'scan'),
  ]);
  const jpeg = new Uint8Array(readFileSync(join(tmp, 'scan.jpg')));
  const { width, height } = jpegSize(jpeg);
  write('scanned.pdf', imagePagePdf(jpeg, width, height));
}

/** Through PostScript and back (Ghostscript's ps2write, then ps2pdf): the fonts become Type 3 glyphs mapped to no letters. */
function garbledFontsPdf(): void {
  const ps = join(tmp, 'form.ps');
  execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=ps2write', `-sOutputFile=${ps}`, SOURCE_PDF]);
  execFileSync('ps2pdf', [ps, join(tmp, 'garbled.pdf')]);
  write('garbled-fonts.pdf', readFileSync(join(tmp, 'garbled.pdf')));
}

function xmlFiles(): void {
  const xml = readFileSync(SOURCE_XML, 'utf8');
  write('billion-laughs.xml', billionLaughsXml());
  write('external-entity.xml', externalEntityXml(xml));
  write('malformed.xml', xml.slice(0, Math.floor(xml.length / 2)));
  write('not-ownership.xml', xml.replaceAll('ownershipDocument>', 'purchaseOrder>'));
}

renamedFiles();
truncatedPdf();
brokenXrefPdf();
passwordPdf();
uncompressedSeedPdf();
notAFormPdf();
scannedPdf();
garbledFontsPdf();
xmlFiles();
console.log(`Bad-input fixtures written to ${OUT}`);
