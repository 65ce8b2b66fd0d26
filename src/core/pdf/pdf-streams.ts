/**
 * Finding a PDF's streams on its raw bytes, without pdf.js and without
 * decoding the whole file: each `stream` keyword after a dictionary, the
 * dictionary's text (from its `obj` header), and the data up to /Length or
 * `endstream`. Good enough to judge streams before pdf.js is given them;
 * it does not resolve indirect objects or read object streams (which cannot
 * hold streams anyway).
 */

/** How far back from a `stream` keyword its dictionary may start. */
const DICT_WINDOW = 4096;

export interface RawStream {
  /** Byte offset of the stream's data in the file. */
  offset: number;
  /** The text from `n g obj` to the `stream` keyword. */
  dict: string;
  data: Uint8Array;
}

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const STREAM = ascii('stream');
const ENDSTREAM = ascii('endstream');
const OBJ = ascii('obj');
const [CR, LF, GT] = [0x0d, 0x0a, 0x3e];
const isWhite = (b: number | undefined) =>
  b === 0x20 || b === LF || b === CR || b === 0x09 || b === 0x0c || b === 0;

/** Like indexOf for a byte sequence; on bytes, so no decoding of the whole file is needed. */
function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from: number): number {
  const last = hay.length - needle.length;
  for (let i = hay.indexOf(needle[0]!, from); i !== -1 && i <= last; i = hay.indexOf(needle[0]!, i + 1)) {
    let k = 1;
    while (k < needle.length && hay[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

function lastIndexOfBytes(hay: Uint8Array, needle: Uint8Array, before: number, notBefore: number): number {
  for (let i = before - needle.length; i >= notBefore; i--) {
    let k = 0;
    while (k < needle.length && hay[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

/** Where the data of a `>> stream` at `at` starts (after its end-of-line), or -1 if this is no stream keyword. */
function streamDataStart(bytes: Uint8Array, at: number): number {
  let before = at - 1;
  while (isWhite(bytes[before])) before--;
  if (bytes[before] !== GT || bytes[before - 1] !== GT) return -1; // also rules out "endstream"
  const after = at + STREAM.length;
  if (bytes[after] === CR) return bytes[after + 1] === LF ? after + 2 : after + 1;
  return bytes[after] === LF ? after + 1 : -1;
}

/** Every `<< … >> stream … endstream` in the file, in file order, found on the bytes. */
export function* rawStreams(bytes: Uint8Array): Generator<RawStream> {
  for (let at = indexOfBytes(bytes, STREAM, 0); at !== -1; at = indexOfBytes(bytes, STREAM, at + 1)) {
    const dataStart = streamDataStart(bytes, at);
    if (dataStart < 0) continue;
    const dict = streamDictionary(bytes, at);
    const end = streamEnd(bytes, dict, dataStart);
    at = Math.max(at, end - 1);
    yield { offset: dataStart, dict, data: bytes.subarray(dataStart, end) };
  }
}

/** The text from the object header (`n g obj`) to the `stream` keyword. */
function streamDictionary(bytes: Uint8Array, keyword: number): string {
  const windowStart = Math.max(0, keyword - DICT_WINDOW);
  const header = lastIndexOfBytes(bytes, OBJ, keyword, windowStart);
  return latin1(bytes.subarray(header >= 0 ? header : windowStart, keyword));
}

/** End of the stream's data: /Length when it is a direct number that lands on `endstream`, else the keyword. */
function streamEnd(bytes: Uint8Array, dict: string, dataStart: number): number {
  const declared = directInteger(dict, 'Length');
  if (declared !== null) {
    const end = dataStart + declared;
    let at = end;
    while (at < end + 32 && isWhite(bytes[at])) at++;
    if (end <= bytes.length && indexOfBytes(bytes.subarray(at, at + ENDSTREAM.length), ENDSTREAM, 0) === 0)
      return end;
  }
  const keyword = indexOfBytes(bytes, ENDSTREAM, dataStart);
  return keyword >= 0 ? keyword : bytes.length;
}

/** The two-byte zlib header pdf.js insists on: deflate method, check bits right, no preset dictionary. */
export function hasZlibHeader(data: Uint8Array): boolean {
  const [cmf, flg] = [data[0] ?? 0, data[1] ?? 0];
  return (cmf & 0x0f) === 8 && ((cmf << 8) + flg) % 31 === 0 && (flg & 0x20) === 0;
}

/** FlateDecode filters at the start of the /Filter chain (`/FlateDecode` or `[/FlateDecode /FlateDecode …]`). */
export function leadingFlateLayers(dict: string): number {
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict)?.[1];
  if (!filter) return 0;
  const names = filter.match(/\/[A-Za-z0-9]+/g) ?? [];
  let layers = 0;
  for (const name of names) {
    if (name !== '/FlateDecode' && name !== '/Fl') break;
    layers++;
  }
  return layers;
}

/** A direct integer entry of the dictionary (`/Width 2550`), or null when absent or indirect. */
export function directInteger(dict: string, key: string): number | null {
  const m = new RegExp(`/${key}\\s+(\\d+)(?!\\s+\\d+\\s+R)`).exec(dict);
  return m ? Number(m[1]) : null;
}
