/**
 * The in-memory backend's reads, which the library's tests (and private windows) stand on: a
 * value handed out one by one as IndexedDB does in the page (idb-backend.ts).
 */
import { describe, expect, it } from 'vitest';
import { createMemoryBackend } from '../../../src/core/library/memory-backend';

describe('reading several values one by one', () => {
  it('hands each value over in the order asked, absent ones as undefined, copies not the stored ones', async () => {
    const { summaries } = createMemoryBackend();
    const stored = { rows: [1, 2] };
    await summaries.set('a', stored);
    await summaries.set('c', 'text');
    const seen: [string, unknown][] = [];
    await summaries.getEach(['c', 'b', 'a'], (key, value) => seen.push([key, value]));
    expect(seen).toEqual([
      ['c', 'text'],
      ['b', undefined],
      ['a', stored],
    ]);
    expect(seen[2][1]).not.toBe(stored);
  });

  it('fails when the work done on a value fails', async () => {
    const { summaries } = createMemoryBackend();
    await summaries.set('a', 1);
    const failing = summaries.getEach(['a'], () => {
      throw new Error('cannot use it');
    });
    await expect(failing).rejects.toThrow('cannot use it');
  });
});
