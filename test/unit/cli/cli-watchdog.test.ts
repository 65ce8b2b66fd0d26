/**
 * A file that stalls pdf.js (graphics states nested tens of thousands deep:
 * minutes of one synchronous stretch) under a short --timeout: that file is
 * reported as 'timeout', the reader thread is replaced, and the files around
 * it are read.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nestedSavesPdf } from '../../../scripts/bad-generate';
import { GOOD_PDF, runCliLines } from './run';

const dir = mkdtempSync(join(tmpdir(), 'cli-watchdog-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 40,000 levels: far beyond 3 s (20,000 already takes ~11 s; the cost grows with the square). */
const STALLING_DEPTH = 40_000;

describe('the CLI watchdog', () => {
  it('stops a stalling PDF at --timeout, reports it as timeout, reads the files before and after it, exits 1', async () => {
    const stalling = join(dir, 'nested-saves.pdf');
    writeFileSync(stalling, nestedSavesPdf(STALLING_DEPTH));
    const { status, lines } = await runCliLines(['--timeout', '3', GOOD_PDF, stalling, GOOD_PDF]);
    expect(status).toBe(1);
    expect(lines.map((line) => line.file)).toEqual([GOOD_PDF, stalling, GOOD_PDF]);
    const [before, stalled, after] = lines;
    expect(stalled?.error?.code).toBe('timeout');
    expect(stalled?.error?.message).toMatch(/^nested-saves\.pdf: Reading was stopped after 3 s\b/);
    expect(stalled?.error?.message).toContain('--timeout SECONDS');
    for (const read of [before, after]) {
      expect(read?.error).toBeUndefined();
      expect(read?.documentType).toBe('4');
      expect(read?.issuer?.tradingSymbol).toBe('RKLB');
    }
    expect(after).toEqual(before);
  }, 120_000);

  it('accepts the timeout as --timeout=SECONDS, fractions too', async () => {
    const { status, lines } = await runCliLines(['--timeout=2.5', GOOD_PDF]);
    expect(status).toBe(0);
    expect(lines[0]?.documentType).toBe('4');
  });
});
