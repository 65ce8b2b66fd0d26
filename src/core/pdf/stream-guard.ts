/**
 * Decompression-bomb guard, run on the raw bytes before pdf.js sees them.
 * pdf.js inflates a content stream, font or object stream whole into memory
 * with no limit: a few MB of FlateDecode can become GBs (measured: a 4 MB
 * PDF, 4 GiB inflated, took 73 s and 8.7 GB of memory in Node). Here every
 * Flate stream that could pass the cap is inflated while counting, and never
 * kept, so the check costs bounded memory; streams too small to reach the cap
 * even at deflate's best ratio are not touched, so ordinary filings pay ~0.
 *
 * Limits (stated, not hidden): streams of an encrypted PDF are ciphertext,
 * which fails to inflate at once, so they pass unchecked (they are still
 * tried: an /Encrypt entry is easy to fake); images are skipped because
 * reading text never decodes them; LZW (rare, old) is not checked.
 */

/** Most one stream may inflate to. A form's content stream is ~100 KB, a whole embedded font a few MB. */
export const MAX_INFLATED_STREAM_BYTES = 32 * 1024 * 1024;
/** Most all checked streams together may inflate to. */
export const MAX_INFLATED_TOTAL_BYTES = 256 * 1024 * 1024;
/** Deflate's best case is ~1032:1 (a run of one byte); nothing compresses further. */
const DEFLATE_MAX_RATIO = 1032;
/** Compressed bytes fed per write: small, so one write cannot produce much beyond the cap. */
const FEED_BYTES = 4096;
/** How far back from a `stream` keyword its dictionary may start. */
const DICT_WINDOW = 4096;

export interface StreamBomb {
  /** Byte offset of the stream's data in the file. */
  offset: number;
  /** Inflated bytes counted before stopping (at least the cap that was passed). */
  inflatedBytes: number;
  /** Which cap was passed. */
  limit: 'stream' | 'total';
}

interface FlateStream {
  offset: number;
  data: Uint8Array;
  /** How many FlateDecode filters are applied one after another from the start of the chain. */
  layers: number;
}

export async function findDecompressionBomb(bytes: Uint8Array): Promise<StreamBomb | null> {
  let total = 0;
  for (const stream of flateStreams(bytes)) {
    if (stream.data.length * DEFLATE_MAX_RATIO ** stream.layers <= MAX_INFLATED_STREAM_BYTES) continue;
    // pdf.js refuses a Flate stream whose zlib header is wrong, so such a stream is never inflated.
    if (!hasZlibHeader(stream.data)) continue;
    const produced = await inflatedSize(stream.data, stream.layers, MAX_INFLATED_STREAM_BYTES);
    if (produced > MAX_INFLATED_STREAM_BYTES)
      return { offset: stream.offset, inflatedBytes: produced, limit: 'stream' };
    total += produced;
    if (total > MAX_INFLATED_TOTAL_BYTES)
      return { offset: stream.offset, inflatedBytes: total, limit: 'total' };
  }
  return null;
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

function* flateStreams(bytes: Uint8Array): Generator<FlateStream> {
  for (let at = indexOfBytes(bytes, STREAM, 0); at !== -1; at = indexOfBytes(bytes, STREAM, at + 1)) {
    const dataStart = streamDataStart(bytes, at);
    if (dataStart < 0) continue;
    const dict = streamDictionary(bytes, at);
    const end = streamEnd(bytes, dict, dataStart);
    at = Math.max(at, end - 1);
    if (/\/Subtype\s*\/Image\b/.test(dict)) continue;
    const layers = leadingFlateLayers(dict);
    if (layers > 0) yield { offset: dataStart, data: bytes.subarray(dataStart, end), layers };
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
  const declared = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
  if (declared) {
    const end = dataStart + Number(declared[1]);
    let at = end;
    while (at < end + 32 && isWhite(bytes[at])) at++;
    if (end <= bytes.length && indexOfBytes(bytes.subarray(at, at + ENDSTREAM.length), ENDSTREAM, 0) === 0)
      return end;
  }
  const keyword = indexOfBytes(bytes, ENDSTREAM, dataStart);
  return keyword >= 0 ? keyword : bytes.length;
}

/** The two-byte zlib header pdf.js insists on: deflate method, check bits right, no preset dictionary. */
function hasZlibHeader(data: Uint8Array): boolean {
  const [cmf, flg] = [data[0] ?? 0, data[1] ?? 0];
  return (cmf & 0x0f) === 8 && ((cmf << 8) + flg) % 31 === 0 && (flg & 0x20) === 0;
}

/** FlateDecode filters at the start of the /Filter chain (`/FlateDecode` or `[/FlateDecode /FlateDecode …]`). */
function leadingFlateLayers(dict: string): number {
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

/**
 * Bytes the stream inflates to through `layers` Flate filters, counted up to
 * just past `cap`. Inner layers are kept (each at most `cap`) to feed the next.
 */
async function inflatedSize(data: Uint8Array, layers: number, cap: number): Promise<number> {
  let input = data;
  for (let layer = 1; layer < layers; layer++) {
    const inner = await inflate(input, cap, true);
    if (inner.produced > cap) return inner.produced;
    input = inner.bytes;
  }
  return (await inflate(input, cap, false)).produced;
}

/**
 * Inflates zlib data, stopping once more than `cap` bytes come out. A damaged
 * stream just ends the count: pdf.js reads what it can of it, and so do we.
 */
async function inflate(data: Uint8Array, cap: number, keep: boolean) {
  const stream = new DecompressionStream('deflate');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const feed = { stopped: false };
  const feeding = feedInPieces(writer, data, feed);
  const chunks: Uint8Array[] = [];
  let produced = 0;
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      produced += r.value.byteLength;
      if (keep) chunks.push(r.value);
      if (produced > cap) break;
    }
  } catch {
    // Damaged data: count what came out before the error.
  }
  feed.stopped = true;
  await reader.cancel().catch(() => undefined);
  await feeding;
  return { produced, bytes: keep ? concatBytes(chunks, produced) : new Uint8Array(0) };
}

/** Never rejects: a broken stream shows up on the reading side. */
async function feedInPieces(
  writer: WritableStreamDefaultWriter<BufferSource>,
  bytes: Uint8Array,
  feed: { stopped: boolean },
): Promise<void> {
  try {
    for (let offset = 0; offset < bytes.length && !feed.stopped; offset += FEED_BYTES) {
      await writer.ready; // backpressure: wait until the reader has taken the last piece's output
      if (feed.stopped) return;
      writer.write(bytes.slice(offset, offset + FEED_BYTES)).catch(() => undefined);
    }
    await writer.ready;
    if (!feed.stopped) await writer.close();
  } catch {
    // The stream errored or was cancelled; the reader reports why.
  }
}

function concatBytes(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
