import { describe, expect, it } from 'vitest';
import { fuzzSeeds } from './run-fuzz';
import { hasCorpus, pdfSeeds } from './seeds';

/** ~9 seeds × 60 = 540 mutated PDFs; with fuzz-xml.test.ts well over 1,000 files through the core. */
const MUTANTS_PER_SEED = 60;

describe.skipIf(!hasCorpus)('fuzz: mutated corpus PDFs through parseBytes', () => {
  it('every mutant reads or fails with a typed error naming the file, none hangs', async () => {
    const report = await fuzzSeeds(pdfSeeds(), MUTANTS_PER_SEED, 0x5eed_0001);
    console.log(`fuzz PDFs: ${report.runs} mutants`, report.tally);
    expect(report.offences).toEqual([]);
    expect(report.runs).toBeGreaterThanOrEqual(500);
    // The mutants must reach both ends: some still read, some are refused.
    expect(Object.keys(report.tally).length).toBeGreaterThan(1);
  }, 600_000);
});
