/**
 * The page's per-file budget for the reader worker: 30 s unless the page is
 * opened with ?read-timeout=SECONDS inside 1..600 (how the browser test meets
 * a stalling file quickly); anything else falls back to the default.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_READ_TIMEOUT_MS, readTimeoutMs } from '../../../src/worker/client';

describe('the reader budget from the page address', () => {
  it('is 30 seconds by default', () => {
    expect(DEFAULT_READ_TIMEOUT_MS).toBe(30_000);
    expect(readTimeoutMs('')).toBe(30_000);
    expect(readTimeoutMs('?share=abc')).toBe(30_000);
  });
  it('takes ?read-timeout in seconds, fractions too', () => {
    expect(readTimeoutMs('?read-timeout=3')).toBe(3_000);
    expect(readTimeoutMs('?x=1&read-timeout=1.5')).toBe(1_500);
  });
  it('ignores a value that is not a number of seconds from 1 to 600', () => {
    for (const value of ['0', '0.5', '601', 'soon', '', '-3'])
      expect(readTimeoutMs(`?read-timeout=${value}`)).toBe(DEFAULT_READ_TIMEOUT_MS);
  });
});
