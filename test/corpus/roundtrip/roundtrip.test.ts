/**
 * The big round trip: every ownership XML in ../shared/corpus/xml (plain XML
 * and SGML submissions) → Filing → EDGAR-layout form view → PDF printed by
 * headless Chromium → parseBytes (pdf.js legacy build + form engine) →
 * Filing, compared field by field with the XML's Filing.
 *
 * Always asserted: every filing prints, with no word off the page.
 * Strict by default (ROUNDTRIP_STRICT=0 turns it off while working on the
 * engine): every filing reads back equal, except the cases in
 * KNOWN_DIFFERENCES (each with its reason; empty today) and the fields in NOT_PRINTED.
 * A per-field report is printed every run and written to
 * node_modules/.cache/roundtrip/report.json. Printed PDFs are cached there
 * by a hash of their HTML, so reruns only print what changed.
 *
 * Print options: Letter portrait 100% unless ROUNDTRIP_PAPER (Letter|A4),
 * ROUNDTRIP_LANDSCAPE=1, ROUNDTRIP_SCALE (e.g. 0.7) say otherwise.
 * Skips cleanly when ../shared/corpus is not there.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printOptionsLabel, type PrintOptions } from '../../../scripts/lib/print-forms';
import { CACHE_DIR, PrintCache } from './print-cache';
import { ownershipFiles, roundTrips, type RoundTrip } from './run-roundtrip';
import { formatDiffs, formatSummary, isExactMatch, summarize } from './summary';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/xml', import.meta.url));
const STRICT = process.env.ROUNDTRIP_STRICT !== '0';
const RUN_TIMEOUT_MS = 15 * 60_000;

/** Filings allowed to differ in strict mode (path relative to corpus/xml → reason). */
const KNOWN_DIFFERENCES: Record<string, string> = {};

function printOptions(): PrintOptions {
  const paper = process.env.ROUNDTRIP_PAPER === 'A4' ? 'A4' : 'Letter';
  const scale = Number(process.env.ROUNDTRIP_SCALE ?? '1');
  return { paper, landscape: process.env.ROUNDTRIP_LANDSCAPE === '1', scale: scale > 0 ? scale : 1 };
}

const files = ownershipFiles(CORPUS);

describe.skipIf(files.length === 0)('round trip: XML → form view → Chromium PDF → engine → Filing', () => {
  const options = printOptions();
  const cache = new PrintCache(options);
  let results: RoundTrip[] = [];

  beforeAll(async () => {
    try {
      results = await roundTrips(files, CORPUS, cache);
    } finally {
      await cache.close();
    }
  }, RUN_TIMEOUT_MS);

  afterAll(() => {
    if (results.length === 0) return;
    const summary = summarize(results);
    console.log(formatSummary(summary, printOptionsLabel(options)));
    const report = { options: printOptionsLabel(options), summary, results };
    writeFileSync(join(CACHE_DIR, 'report.json'), JSON.stringify(report, null, 1));
  });

  it('covers the whole corpus (about 430 files)', () => {
    expect(results).toHaveLength(files.length);
    expect(files.length).toBeGreaterThanOrEqual(420);
  });

  it('prints every filing to PDF (XML → Filing → HTML → Chromium)', () => {
    const failed = results.filter((r) => r.printError !== null).map((r) => `${r.file}: ${r.printError}`);
    expect(failed).toEqual([]);
  });

  it('cuts nothing off: every printed word lies on its page', () => {
    const cut = results.filter((r) => r.wordsOffPage > 0).map((r) => `${r.file}: ${r.wordsOffPage} words`);
    expect(cut).toEqual([]);
  });

  it.skipIf(!STRICT)(
    'reads every printed filing back equal, field by field (strict unless ROUNDTRIP_STRICT=0)',
    () => {
      const unexpected = results
        .filter((r) => !isExactMatch(r) && !(r.file in KNOWN_DIFFERENCES))
        .map((r) => `${r.file}\n${r.parseError ?? formatDiffs(r.diffs)}`);
      expect(unexpected.join('\n\n')).toBe('');
    },
  );

  it.skipIf(!STRICT)('lists only known differences that still occur', () => {
    const stale = Object.keys(KNOWN_DIFFERENCES).filter((file) =>
      results.some((r) => r.file === file && isExactMatch(r)),
    );
    expect(stale).toEqual([]);
  });
});
