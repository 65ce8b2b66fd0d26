/**
 * Deterministic byte mutations for the fuzz tests: a seeded PRNG (mulberry32)
 * and the three kinds the issue names (bytes flipped, cut, duplicated), plus
 * mutations aimed at a PDF's tail, where its index and trailer live, and
 * value changes that keep a text file's structure.
 */
export type Random = () => number;

/** mulberry32: tiny, fast, and the same sequence on every machine for a given seed. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (random: Random, below: number) => Math.floor(random() * below);

export interface Mutation {
  bytes: Uint8Array;
  /** What was done, to reproduce a failure by hand. */
  description: string;
}

/** A range length: mostly short, sometimes long (up to 1/4 of the file). */
function rangeLength(random: Random, size: number): number {
  const cap = Math.max(1, Math.floor(size / 4));
  return Math.max(1, Math.min(cap, Math.floor(2 ** (random() * Math.log2(cap + 1)))));
}

function flipBytes(source: Uint8Array, random: Random, from = 0): Mutation {
  const bytes = source.slice();
  const count = 1 + int(random, 16);
  const at: number[] = [];
  for (let i = 0; i < count; i++) {
    const pos = from + int(random, bytes.length - from);
    bytes[pos] = bytes[pos]! ^ (1 + int(random, 255));
    at.push(pos);
  }
  return {
    bytes,
    description: `flipped ${count} bytes at ${at.slice(0, 4).join(',')}${count > 4 ? ',…' : ''}`,
  };
}

function cut(source: Uint8Array, random: Random): Mutation {
  if (random() < 0.5) {
    const end = int(random, source.length);
    return { bytes: source.slice(0, end), description: `cut to the first ${end} bytes` };
  }
  const length = rangeLength(random, source.length);
  const start = int(random, source.length - length + 1);
  const bytes = new Uint8Array(source.length - length);
  bytes.set(source.subarray(0, start));
  bytes.set(source.subarray(start + length), start);
  return { bytes, description: `removed ${length} bytes at ${start}` };
}

function duplicate(source: Uint8Array, random: Random): Mutation {
  const length = rangeLength(random, source.length);
  const start = int(random, source.length - length + 1);
  const insertAt = int(random, source.length + 1);
  const bytes = new Uint8Array(source.length + length);
  bytes.set(source.subarray(0, insertAt));
  bytes.set(source.subarray(start, start + length), insertAt);
  bytes.set(source.subarray(insertAt), insertAt + length);
  return { bytes, description: `copied ${length} bytes from ${start} to ${insertAt}` };
}

/** Flip bytes in the last 2 KB: the cross-reference table, trailer and startxref of most PDFs. */
function flipTail(source: Uint8Array, random: Random): Mutation {
  const m = flipBytes(source, random, Math.max(0, source.length - 2048));
  return { ...m, description: `${m.description} (tail)` };
}

const isAlphanumeric = (b: number) =>
  (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
const VALUE_CHARS = '0123456789-/.,$()X ADSFMJ';

const LT = 0x3c;
const GT = 0x3e;

function startsWithMarkup(bytes: Uint8Array): boolean {
  const first = bytes.find(
    (b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0xef && b !== 0xbb && b !== 0xbf,
  );
  return first === LT;
}

/** In text content, not in a tag: the nearest angle bracket before it closes a tag. */
function insideXmlText(bytes: Uint8Array, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    if (bytes[i] === GT) return true;
    if (bytes[i] === LT) return false;
  }
  return false;
}

/**
 * Letters and digits replaced by others that values are made of: in XML only
 * inside text content, so the structure stays and the values (dates,
 * amounts, codes, names) change; in a PDF anywhere, which in plain content
 * streams changes the text the engine reads.
 */
function changeValues(source: Uint8Array, random: Random): Mutation {
  const bytes = source.slice();
  const xml = startsWithMarkup(bytes);
  const count = 1 + int(random, 24);
  let changed = 0;
  for (let tries = 0; changed < count && tries < count * 50; tries++) {
    const pos = int(random, bytes.length);
    if (!isAlphanumeric(bytes[pos]!) || (xml && !insideXmlText(bytes, pos))) continue;
    bytes[pos] = VALUE_CHARS.charCodeAt(int(random, VALUE_CHARS.length));
    changed++;
  }
  return { bytes, description: `changed ${changed} letters/digits` };
}

const KINDS = [flipBytes, flipBytes, cut, duplicate, duplicate, flipTail, changeValues, changeValues];

/** One mutation of `source`, decided entirely by `seed`. */
export function mutate(source: Uint8Array, seed: number): Mutation {
  const random = seededRandom(seed);
  const kind = KINDS[int(random, KINDS.length)]!;
  const m = source.length === 0 ? { bytes: source, description: 'empty' } : kind(source, random);
  return { ...m, description: `seed ${seed}: ${m.description}` };
}
