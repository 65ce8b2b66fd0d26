/**
 * How exact the PDF engine is, in numbers (npm run accuracy):
 *  1. fixtures: the share of golden fields (test/fixtures/engine/golden) the
 *     engine reproduces exactly, and the fixtures that differ;
 *  2. sweep: every PDF in ../shared/corpus/ir-pdfs against the hints in its
 *     notes.json where they are comparable (insider, form, ticker, transaction
 *     date, shares and price when the note gives one plain number). The notes
 *     were written by someone else and are not verified: a mismatch is listed
 *     for a person to look at, not assumed to be the engine's.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { nodeExtractOptions, nodePdfjs } from '../src/cli/pdfjs-node';
import type { Filing } from '../src/core/filing';
import { readForm } from '../src/core/form/read-form';
import { extractPositionedText } from '../src/core/pdf/extract';
import { differingFields, flattenFields } from '../test/unit/engine/flatten';
import { hintChecks, type Note } from './lib/engine-hints';

const FIXTURES = 'test/fixtures/engine';
const CORPUS = '../shared/corpus/ir-pdfs';

async function readPdf(path: string): Promise<Filing> {
  const text = await extractPositionedText(nodePdfjs, new Uint8Array(readFileSync(path)), nodeExtractOptions);
  return readForm(text).filing;
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);

async function fixtures(): Promise<void> {
  let fields = 0;
  let equal = 0;
  const differing: string[] = [];
  for (const pdf of readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.pdf'))
    .sort()) {
    const goldenPath = join(FIXTURES, 'golden', `${basename(pdf, '.pdf')}.json`);
    if (!existsSync(goldenPath)) continue;
    const expected = flattenFields(JSON.parse(readFileSync(goldenPath, 'utf8')));
    const actual = flattenFields(await readPdf(join(FIXTURES, pdf)));
    const diffs = differingFields(expected, actual);
    fields += expected.size;
    equal += expected.size - diffs.filter((p) => expected.has(p)).length;
    if (diffs.length > 0)
      differing.push(`  ${pdf}: ${diffs.slice(0, 5).join(', ')}${diffs.length > 5 ? ' …' : ''}`);
  }
  console.log(`Fixtures: ${equal}/${fields} golden fields equal (${pct(equal, fields)})`);
  console.log(differing.length === 0 ? '  every fixture equals its golden' : differing.join('\n'));
}

async function sweep(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`Sweep: ${CORPUS} not found, skipped`);
    return;
  }
  const notes: Note[] = JSON.parse(readFileSync(join(CORPUS, 'notes.json'), 'utf8'));
  const totals = new Map<string, { compared: number; matched: number }>();
  const mismatches: string[] = [];
  let files = 0;
  let withWarnings = 0;
  for (const file of readdirSync(CORPUS)
    .filter((f) => f.endsWith('.pdf'))
    .sort()) {
    files++;
    const filing = await readPdf(join(CORPUS, file));
    if (filing.warnings.length > 0) withWarnings++;
    const note = notes.find((n) => n.file === file);
    if (!note) continue;
    for (const check of hintChecks(note, filing)) {
      const t = totals.get(check.field) ?? { compared: 0, matched: 0 };
      t.compared++;
      if (check.ok) t.matched++;
      else
        mismatches.push(
          `  ${file.slice(0, 8)} ${check.field}: note ${JSON.stringify(check.hint)}, engine ${check.engine}`,
        );
      totals.set(check.field, t);
    }
  }
  const all = [...totals.values()].reduce(
    (a, t) => ({ compared: a.compared + t.compared, matched: a.matched + t.matched }),
    {
      compared: 0,
      matched: 0,
    },
  );
  console.log(
    `Sweep: ${files} PDFs read, ${withWarnings} with warnings; note hints matched ${all.matched}/${all.compared} (${pct(all.matched, all.compared)})`,
  );
  for (const [field, t] of totals)
    console.log(`  ${field.padEnd(16)} ${t.matched}/${t.compared} (${pct(t.matched, t.compared)})`);
  console.log(
    mismatches.length === 0
      ? '  no file disagrees with its note'
      : `Files that disagree with their notes:\n${mismatches.join('\n')}`,
  );
}

async function main(): Promise<void> {
  await fixtures();
  await sweep();
}

void main();
