import { describe, expect, it } from 'vitest';
import { fuzzSeeds } from './run-fuzz';
import { hasCorpus, xmlSeeds } from './seeds';

/** ~18 seeds × 40 = 720 mutated XML files (plain ownership XML and SGML submissions). */
const MUTANTS_PER_SEED = 40;

describe.skipIf(!hasCorpus)('fuzz: mutated corpus XML through parseBytes', () => {
  it('every mutant reads or fails with a typed error naming the file, none hangs', async () => {
    const report = await fuzzSeeds(xmlSeeds(), MUTANTS_PER_SEED, 0x5eed_0002);
    console.log(`fuzz XML: ${report.runs} mutants`, report.tally);
    expect(report.offences).toEqual([]);
    expect(report.runs).toBeGreaterThanOrEqual(500);
    expect(Object.keys(report.tally).length).toBeGreaterThan(1);
  }, 600_000);
});
