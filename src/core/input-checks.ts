/**
 * Checks on a file before and after its text is read, shared by every entry
 * (app worker, CLI, tests) through parse-file.ts: what kind of file it is,
 * whether it is too big to read, whether a PDF has any readable text at all, and the
 * one place where a failure gets the file's name put in front of it.
 */
import { ParseFailure } from './errors';
import type { PositionedText } from './words';

export type SourceKind = 'pdf' | 'xml';

/** Filings are ~100 KB; with scanned exhibits a few tens of MB. Larger files are not handed to pdf.js. */
export const MAX_PDF_BYTES = 100 * 1024 * 1024;
/** Same bound as the XML reader's own for a full SGML submission. */
export const MAX_XML_BYTES = 64 * 1024 * 1024;
/** A form page prints hundreds of words; a scan with a stamp or a page number has a handful. */
export const MIN_WORDS_FOR_TEXT_LAYER = 20;

export function sniffKind(bytes: Uint8Array): SourceKind | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  const trimmed = head
    .replace(/^\uFEFF/, '')
    .replace(/^ï»¿/, '')
    .trimStart();
  if (trimmed.startsWith('<')) return 'xml';
  return null;
}

/** Formats people drop by mistake, known by their first bytes, so the message can say what the file is. */
const KNOWN_OTHER_FORMATS: { name: string; magic: number[] }[] = [
  { name: 'a PNG image', magic: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', magic: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', magic: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a TIFF image', magic: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'a TIFF image', magic: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'a ZIP archive (or a Word/Excel document)', magic: [0x50, 0x4b, 0x03, 0x04] },
];

function describeOtherFormat(bytes: Uint8Array): string | null {
  const known = KNOWN_OTHER_FORMATS.find(({ magic }) => magic.every((b, i) => bytes[i] === b));
  return known?.name ?? null;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return /^(\uFEFF|ï»¿)?\s*(<!--[\s\S]*?-->\s*)*<(!DOCTYPE\s+html|html[\s>])/i.test(head);
}

/** Sniffs the bytes and refuses what cannot be read; messages here do not name the file (see withFileName). */
export function checkInput(bytes: Uint8Array): SourceKind {
  if (bytes.byteLength === 0) {
    throw new ParseFailure('empty-file', 'The file is empty (0 bytes). Download it again from its source.');
  }
  const kind = sniffKind(bytes);
  if (kind === 'xml' && looksLikeHtml(bytes)) {
    throw new ParseFailure(
      'not-pdf',
      'This is a web page (HTML), not a PDF or EDGAR XML. For a filing open on sec.gov, save it with the ' +
        "browser's Print → Save as PDF, or download the filing's XML document.",
    );
  }
  if (kind === null) {
    const other = describeOtherFormat(bytes);
    throw new ParseFailure(
      'not-pdf',
      other
        ? `This is ${other}, not a PDF, whatever its name says, and an image of a form has no text to read. ` +
            "Choose the filing's PDF, or its XML from EDGAR."
        : 'This is neither a PDF nor EDGAR ownership XML (it does not start as either does). ' +
            'Choose the Form 3, 4 or 5 PDF, or its XML from EDGAR.',
    );
  }
  const max = kind === 'pdf' ? MAX_PDF_BYTES : MAX_XML_BYTES;
  if (bytes.byteLength > max) {
    const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
    throw new ParseFailure(
      'too-large',
      `The file is ${mb(bytes.byteLength)}, over the ${mb(max)} limit; a Form 3, 4 or 5 ` +
        `${kind === 'pdf' ? 'PDF' : 'XML'} is far smaller. Check that this is the filing itself.`,
    );
  }
  return kind;
}

/** How far from the end a PDF's last `%%EOF` may sit (some writers pad after it). */
const EOF_MARKER_WINDOW = 1024;

/** A complete PDF ends with `%%EOF`; a download cut short does not. */
function endsLikeAPdf(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(
    bytes.subarray(Math.max(0, bytes.length - EOF_MARKER_WINDOW)),
  );
  return tail.includes('%%EOF');
}

/**
 * A PDF whose pages carry (almost) no text is a scan or a picture: say so
 * instead of "not a form". Unless the file is cut short: pdf.js then rebuilds
 * what it can, but an encrypted PDF that lost its trailer has lost its key,
 * and its pages come out blank; that is a damaged download, not a scan.
 */
export function checkTextLayer(text: PositionedText, bytes: Uint8Array): void {
  if (text.words.length >= MIN_WORDS_FOR_TEXT_LAYER) return;
  if (!endsLikeAPdf(bytes)) {
    throw new ParseFailure(
      'damaged-pdf',
      'This PDF is incomplete: it stops before its end, and no text could be read from what is there. ' +
        'Download it again from its source.',
    );
  }
  const pages = text.pages.length === 1 ? 'its page' : `its ${text.pages.length} pages`;
  throw new ParseFailure(
    'no-text-layer',
    `This PDF has no text layer (${text.words.length} words on ${pages}): it is a scanned image or a picture ` +
      'of the form, which cannot be read here. Use a PDF saved or printed from EDGAR, or the filing’s XML from EDGAR.',
  );
}

/**
 * Every failure leaves parseBytes with the file's name in front, added here
 * once, whether it came from sniffing, pdf.js, the form engine or the XML
 * reader. Anything that is not a ParseFailure is our bug: 'internal'.
 */
export function withFileName(err: unknown, fileName: string): ParseFailure {
  if (err instanceof ParseFailure) {
    if (err.message.startsWith(`${fileName}: `)) return err;
    return new ParseFailure(err.code, `${fileName}: ${err.message}`);
  }
  const message = err instanceof Error ? err.message : String(err);
  return new ParseFailure(
    'internal',
    `${fileName}: unexpected error while reading (${message}). This is a fault in the reader, not in your file; ` +
      'please report it together with the file.',
  );
}

/** Below this share of letters, digits and punctuation, a PDF's "text" is its fonts' private codes. */
const MIN_READABLE_SHARE = 0.5;
/** Enough characters to tell; a form has thousands. */
const READABLE_SAMPLE = 4000;
/** Latin letters (with accents), digits, punctuation, currency and the box glyphs forms use. */
const READABLE_CHAR = /[\p{Script=Latin}\p{Nd}\p{P}\p{Sc}\p{Zs}☐☑☒]/u;
/** Below this code point every character is ASCII or Latin-1/Latin Extended: readable, no regex needed. */
const LATIN_END = 0x250;

function readableIn(text: string): number {
  let readable = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < LATIN_END || READABLE_CHAR.test(text[i] as string)) readable++;
  }
  return readable;
}

/**
 * A PDF can carry text whose fonts do not say which letters they draw (a
 * form sent through PostScript and back turns its fonts into Type 3 glyphs
 * with made-up codes): every word comes out as dingbats. Say that, instead
 * of "not a form".
 */
export function checkTextIsReadable(text: PositionedText): void {
  let chars = 0;
  let readable = 0;
  for (const word of text.words) {
    chars += word.text.length;
    readable += readableIn(word.text);
    if (chars >= READABLE_SAMPLE) break;
  }
  if (chars === 0 || readable >= chars * MIN_READABLE_SHARE) return;
  throw new ParseFailure(
    'no-text-layer',
    `The text in this PDF cannot be read: its fonts do not say which letters they draw, so the words come out ` +
      `as symbols (${Math.round((100 * readable) / chars)} % of the characters are letters, digits or punctuation). ` +
      'The page looks right but has no readable text. Use a PDF saved or printed from EDGAR, or the filing’s XML from EDGAR.',
  );
}
