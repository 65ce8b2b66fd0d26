import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeBase64Url, encodeBase64, encodeBase64Url } from '../../../src/core/share/base64';
import { crc32 } from '../../../src/core/share/crc32';
import { LIVEPERSON_XML, fixtureBytes } from './fixtures';

function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1664525 + 1013904223) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

describe('base64 and base64url agree with Node Buffer', () => {
  // Lengths around the 3-byte groups and around the 24 KiB slice boundary.
  const lengths = [0, 1, 2, 3, 4, 5, 6, 100, 24575, 24576, 24577, 24578, 100_001];

  it.each(lengths)('%i bytes', (length) => {
    const bytes = pseudoRandomBytes(length, length + 7);
    const standard = encodeBase64(bytes);
    const url = encodeBase64Url(bytes);
    expect(standard).toBe(Buffer.from(bytes).toString('base64'));
    expect(url).toBe(Buffer.from(bytes).toString('base64url'));
    expect(decodeBase64(standard)).toEqual({ ok: true, bytes });
    expect(decodeBase64Url(url)).toEqual({ ok: true, bytes });
  });

  it('round-trips a real filing file', () => {
    const xml = fixtureBytes(LIVEPERSON_XML);
    expect(decodeBase64(encodeBase64(xml))).toEqual({ ok: true, bytes: xml });
  });

  it('names bad characters and impossible lengths', () => {
    expect(decodeBase64Url('ab+c')).toEqual({ ok: false, problem: 'bad-character' });
    expect(decodeBase64Url('abé_')).toEqual({ ok: false, problem: 'bad-character' });
    expect(decodeBase64('ab-c')).toEqual({ ok: false, problem: 'bad-character' });
    expect(decodeBase64Url('abcde')).toEqual({ ok: false, problem: 'bad-length' });
    expect(decodeBase64('abc')).toEqual({ ok: false, problem: 'bad-length' });
    expect(decodeBase64('a===')).toEqual({ ok: false, problem: 'bad-character' });
  });
});

describe('crc32', () => {
  it('matches the published check value and zlib', async () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    const { crc32: zlibCrc32 } = await import('node:zlib');
    const xml = fixtureBytes(LIVEPERSON_XML);
    expect(crc32(xml)).toBe(zlibCrc32(xml));
  });
});
