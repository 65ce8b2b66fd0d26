/**
 * Mutates each seed `perSeed` times and parses every mutant; returns the
 * offences (to assert empty) and a tally of outcomes (to print and to check
 * that the mutants did reach different paths).
 */
import { mutate } from './mutate';
import { parseOutcome } from './outcome';
import type { Seed } from './seeds';

export interface FuzzReport {
  runs: number;
  tally: Record<string, number>;
  offences: string[];
}

export async function fuzzSeeds(seeds: Seed[], perSeed: number, baseSeed: number): Promise<FuzzReport> {
  const report: FuzzReport = { runs: 0, tally: {}, offences: [] };
  for (const [s, seed] of seeds.entries()) {
    for (let i = 0; i < perSeed; i++) {
      const mutant = mutate(seed.bytes, baseSeed + s * 10_000 + i);
      const fileName = `mutant-${s}-${i}${seed.name.slice(seed.name.lastIndexOf('.'))}`;
      const outcome = await parseOutcome(mutant.bytes, fileName);
      report.runs++;
      if (outcome.ok) report.tally[outcome.result] = (report.tally[outcome.result] ?? 0) + 1;
      else report.offences.push(`${seed.name} (${mutant.description}): ${outcome.problem}`);
    }
  }
  return report;
}
