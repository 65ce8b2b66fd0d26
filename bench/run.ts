/**
 * `npm run bench [-- --quick] [section …]`: runs the benchmark sections
 * (all, or the ones named by id), prints the table, and writes
 * bench/results.json (merged with earlier results of sections not run now)
 * and bench/results.md; README.md's table between `<!-- bench:start -->` and
 * `<!-- bench:end -->` is replaced when those markers are there.
 * A benchmark, not a test: it reports numbers and marks targets ✓/✗, and
 * never fails the build on them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './lib/corpus';
import type { SectionResult } from './lib/section';
import { markdownTable, textTable, type SectionOutput } from './lib/table';
import { SECTIONS } from './sections/index';

const RESULTS_JSON = join(ROOT, 'bench/results.json');
const RESULTS_MD = join(ROOT, 'bench/results.md');
const README = join(ROOT, 'README.md');

interface StoredSection {
  title: string;
  ranAt: string;
  result: SectionResult;
}

interface Results {
  updatedAt: string;
  machine: { node: string; cpus: number; cpuModel: string };
  sections: Record<string, StoredSection>;
}

function parseArgs(argv: string[]) {
  const quick = argv.includes('--quick');
  const ids = argv.filter((a) => !a.startsWith('--'));
  const unknown = ids.filter((id) => !SECTIONS.some((s) => s.id === id));
  if (unknown.length)
    throw new Error(`unknown section ${unknown.join(', ')}; known: ${SECTIONS.map((s) => s.id).join(', ')}`);
  return { quick, sections: ids.length ? SECTIONS.filter((s) => ids.includes(s.id)) : SECTIONS };
}

function loadResults(): Results['sections'] {
  if (!existsSync(RESULTS_JSON)) return {};
  return (JSON.parse(readFileSync(RESULTS_JSON, 'utf8')) as Results).sections ?? {};
}

function updateReadme(table: string): boolean {
  if (!existsSync(README)) return false;
  const text = readFileSync(README, 'utf8');
  const block = /(<!-- bench:start -->)[\s\S]*?(<!-- bench:end -->)/;
  if (!block.test(text)) return false;
  writeFileSync(README, text.replace(block, `$1\n${table}\n$2`));
  return true;
}

async function main(): Promise<void> {
  const { quick, sections } = parseArgs(process.argv.slice(2));
  const stored = loadResults();
  for (const section of sections) {
    process.stderr.write(`bench: ${section.title}…\n`);
    const started = performance.now();
    const result = await section
      .run({ quick })
      .catch((err: unknown) => ({ rows: [], skipped: `failed: ${String(err)}` }));
    process.stderr.write(
      `bench: ${section.title} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
    stored[section.id] = { title: section.title, ranAt: new Date().toISOString(), result };
  }
  const ordered: SectionOutput[] = SECTIONS.filter((s) => stored[s.id]).map((s) => ({
    id: s.id,
    title: stored[s.id]!.title,
    result: stored[s.id]!.result,
  }));
  const results: Results = {
    updatedAt: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown' },
    sections: stored,
  };
  writeFileSync(RESULTS_JSON, JSON.stringify(results, null, 2) + '\n');
  const md = markdownTable(ordered);
  const machine = `${results.machine.cpus} × ${results.machine.cpuModel}, Node ${results.machine.node}`;
  writeFileSync(
    RESULTS_MD,
    `Benchmark, ${results.updatedAt.slice(0, 10)} (${machine}${quick ? ', --quick' : ''}):\n\n${md}\n`,
  );
  const inReadme = updateReadme(md);
  console.log(textTable(ordered));
  console.log(
    `\nWrote bench/results.json and bench/results.md${inReadme ? ' and the table in README.md' : ''}.`,
  );
  // pdf.js and vite may leave handles open; the numbers are written, so finish.
  process.exit(0);
}

void main();
