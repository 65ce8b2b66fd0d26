/**
 * Base64 (RFC 4648 §4, padded: backups) and base64url (§5, unpadded: link
 * fragments) without atob/btoa, which are not in every target's type library
 * and work on "binary strings" we would have to build first.
 */

const STANDARD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function reverseTable(alphabet: string): Int16Array {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  return table;
}
const STANDARD_VALUES = reverseTable(STANDARD);
const URL_SAFE_VALUES = reverseTable(URL_SAFE);

/** ASCII codes are written into one buffer and turned into a string in one call: string concatenation is ~50× slower. */
const ASCII = new TextDecoder('latin1');

function encode(bytes: Uint8Array, alphabet: string, pad: boolean): string {
  const symbols = Uint8Array.from(alphabet, (char) => char.charCodeAt(0));
  const rest = bytes.length % 3;
  const tail = rest === 0 ? 0 : pad ? 4 : rest + 1;
  const codes = new Uint8Array(((bytes.length - rest) / 3) * 4 + tail);
  let written = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    codes[written++] = symbols[n >> 18];
    codes[written++] = symbols[(n >> 12) & 63];
    codes[written++] = symbols[(n >> 6) & 63];
    codes[written++] = symbols[n & 63];
  }
  if (rest > 0) {
    const n = (bytes[i] << 16) | (rest === 2 ? bytes[i + 1] << 8 : 0);
    codes[written++] = symbols[n >> 18];
    codes[written++] = symbols[(n >> 12) & 63];
    if (rest === 2) codes[written++] = symbols[(n >> 6) & 63];
    if (pad) codes.fill(61 /* = */, written);
  }
  return ASCII.decode(codes);
}

export type Base64Problem = 'bad-character' | 'bad-length';

export type Base64Result = { ok: true; bytes: Uint8Array } | { ok: false; problem: Base64Problem };

function decode(text: string, values: Int16Array, padded: boolean): Base64Result {
  let length = text.length;
  if (padded) {
    if (length % 4 !== 0) return { ok: false, problem: 'bad-length' };
    while (length > 0 && text.charCodeAt(length - 1) === 61 /* = */ && text.length - length < 2) length--;
  }
  // One leftover character carries only 6 bits: never a whole byte, so the text was cut.
  if (length % 4 === 1) return { ok: false, problem: 'bad-length' };
  const out = new Uint8Array(Math.floor((length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? values[code] : -1;
    if (value < 0) return { ok: false, problem: 'bad-character' };
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[written++] = (buffer >> bits) & 0xff;
    }
  }
  return { ok: true, bytes: out };
}

export function encodeBase64(bytes: Uint8Array): string {
  return encode(bytes, STANDARD, true);
}

export function decodeBase64(text: string): Base64Result {
  return decode(text, STANDARD_VALUES, true);
}

export function encodeBase64Url(bytes: Uint8Array): string {
  return encode(bytes, URL_SAFE, false);
}

export function decodeBase64Url(text: string): Base64Result {
  return decode(text, URL_SAFE_VALUES, false);
}
