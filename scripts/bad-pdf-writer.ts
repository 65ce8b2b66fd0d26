/**
 * A minimal PDF writer for the bad-input fixtures: text pages in Helvetica,
 * a page that is only a JPEG (a "scan"), and pages whose content stream is
 * given raw with any filter (decompression bombs). Writes a correct xref
 * table so that each fixture is broken in exactly one intended way.
 */
import { deflateRawSync, deflateSync, constants as zlibConstants } from 'node:zlib';

export interface PdfStream {
  dict: string;
  data: Uint8Array;
}
export type PdfObjectBody = string | PdfStream;

const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

/** Objects are numbered 1..n in the order given; object 1 must be the catalog. */
export function buildPdf(objects: PdfObjectBody[]): Uint8Array {
  const parts: Uint8Array[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  const push = (bytes: Uint8Array) => {
    parts.push(bytes);
    offset += bytes.length;
  };
  objects.forEach((body, i) => {
    offsets.push(offset);
    if (typeof body === 'string') {
      push(latin1(`${i + 1} 0 obj\n${body}\nendobj\n`));
    } else {
      push(latin1(`${i + 1} 0 obj\n<< ${body.dict} /Length ${body.data.length} >>\nstream\n`));
      push(body.data);
      push(latin1('\nendstream\nendobj\n'));
    }
  });
  const xrefAt = offset;
  const rows = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  push(latin1(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}`));
  push(latin1(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}

const LETTER = '[0 0 612 792]';

/** Catalog, page tree and one page object per content stream; Helvetica as F1, images as Im1. */
function pagesPdf(
  contents: PdfStream[],
  extraResources = '',
  extraObjects: PdfObjectBody[] = [],
): Uint8Array {
  const firstPage = 4 + extraObjects.length;
  const kids = contents.map((_, i) => `${firstPage + 2 * i} 0 R`).join(' ');
  const objects: PdfObjectBody[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${contents.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    ...extraObjects,
  ];
  contents.forEach((content, i) => {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox ${LETTER} /Contents ${firstPage + 2 * i + 1} 0 R ` +
        `/Resources << /Font << /F1 3 0 R >> ${extraResources} >> >>`,
    );
    objects.push(content);
  });
  return buildPdf(objects);
}

const escapePdfString = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);

/** One page per entry, each line of text set 14 pt below the previous one. */
export function textPagesPdf(pages: string[][]): Uint8Array {
  return pagesPdf(
    pages.map((lines) => {
      const ops = lines.map((line, i) => `1 0 0 1 54 ${740 - 14 * i} Tm (${escapePdfString(line)}) Tj`);
      const content = `BT /F1 10 Tf ${ops.join(' ')} ET`;
      return { dict: '/Filter /FlateDecode', data: new Uint8Array(deflateSync(content)) };
    }),
  );
}

/** A page that is one JPEG drawn over the whole page and no text at all: what a scanner makes. */
export function imagePagePdf(jpeg: Uint8Array, widthPx: number, heightPx: number): Uint8Array {
  const image: PdfStream = {
    dict: `/Type /XObject /Subtype /Image /Width ${widthPx} /Height ${heightPx} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode`,
    data: jpeg,
  };
  const draw = latin1('q 612 0 0 792 0 0 cm /Im1 Do Q');
  return pagesPdf([{ dict: '', data: draw }], '/XObject << /Im1 4 0 R >>', [image]);
}

/**
 * A zlib stream that inflates to `megabytes` MiB of zero bytes, built from one
 * fully flushed compressed MiB repeated, so making a GB-sized bomb costs
 * milliseconds and a few MB, not a GB of deflating.
 */
export function zeroBombZlib(megabytes: number): Uint8Array {
  const mib = Buffer.alloc(1 << 20);
  const block = deflateRawSync(mib, { level: 9, finishFlush: zlibConstants.Z_FULL_FLUSH });
  const finalBlock = Buffer.from([0x03, 0x00]); // an empty final fixed-Huffman block
  const total = megabytes * (1 << 20);
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE((((total % 65521) << 16) | 1) >>> 0, 0); // Adler-32 of n zero bytes: a = 1, b = n mod 65521
  const header = Buffer.from([0x78, 0xda]);
  return new Uint8Array(
    Buffer.concat([header, ...Array.from({ length: megabytes }, () => block), finalBlock, adler]),
  );
}

/** A one-page PDF whose content stream inflates to `megabytes` MiB; `layers` = 2 deflates it twice. */
export function decompressionBombPdf(megabytes: number, layers: 1 | 2 = 1): Uint8Array {
  let data = zeroBombZlib(megabytes);
  let filter = '/Filter /FlateDecode';
  if (layers === 2) {
    data = new Uint8Array(deflateSync(data, { level: 9 }));
    filter = '/Filter [/FlateDecode /FlateDecode]';
  }
  return pagesPdf([{ dict: filter, data }]);
}

/** One page whose content draws `runs` separate one-letter text runs: text that never ends. */
export function manyRunsPdf(runs: number): Uint8Array {
  const ops = Buffer.from('1 0 0 1 54 700 Tm (x) Tj '.repeat(runs), 'latin1');
  const content = Buffer.concat([Buffer.from('BT /F1 10 Tf ', 'latin1'), ops, Buffer.from('ET', 'latin1')]);
  return pagesPdf([{ dict: '/Filter /FlateDecode', data: new Uint8Array(deflateSync(content)) }]);
}

/**
 * One page whose text sits inside `depth` nested graphics states (q … Q). pdf.js
 * clones its state through a growing prototype chain, so reading it costs time
 * quadratic in the depth (measured, Node 20: 5,000 → 1.2 s, 20,000 → 11 s,
 * 100,000 → over 5 minutes) in one synchronous stretch no timer can interrupt:
 * only terminating the worker that runs pdf.js bounds it.
 */
export function nestedSavesPdf(depth: number): Uint8Array {
  const content = `${'q '.repeat(depth)}BT /F1 10 Tf 1 0 0 1 54 700 Tm (nested) Tj ET${' Q'.repeat(depth)}`;
  return pagesPdf([{ dict: '/Filter /FlateDecode', data: new Uint8Array(deflateSync(content)) }]);
}

/**
 * A page drawing a 100 × 100 grey image whose Flate data inflates to
 * `megabytes` MiB: harmless when only text is read (images are not decoded),
 * a bomb when the page is drawn.
 */
export function imageBombPdf(megabytes: number): Uint8Array {
  const image: PdfStream = {
    dict: '/Type /XObject /Subtype /Image /Width 100 /Height 100 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode',
    data: zeroBombZlib(megabytes),
  };
  const draw = latin1('q 612 0 0 792 0 0 cm /Im1 Do Q BT /F1 10 Tf 1 0 0 1 54 700 Tm (image bomb) Tj ET');
  return pagesPdf([{ dict: '', data: draw }], '/XObject << /Im1 4 0 R >>', [image]);
}
