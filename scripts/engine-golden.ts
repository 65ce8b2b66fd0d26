/**
 * Goldens for the engine fixtures: for every PDF in test/fixtures/engine/,
 * print where the engine's Filing differs from golden/<name>.json, or with
 * --write (re)write the golden from the engine. A golden is only written
 * after the PDF's page image was checked by eye against it (README.md).
 * Usage: npx tsx scripts/engine-golden.ts [--write] [NAME...]
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { nodeExtractOptions, nodePdfjs } from '../src/cli/pdfjs-node';
import { extractPositionedText } from '../src/core/pdf/extract';
import { readForm } from '../src/core/form/read-form';
import { differingFields, flattenFields } from '../test/unit/engine/flatten';

const DIR = 'test/fixtures/engine';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const write = args.includes('--write');
  const only = args.filter((a) => !a.startsWith('--'));
  const names = readdirSync(DIR)
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => basename(f, '.pdf'))
    .filter((n) => only.length === 0 || only.includes(n));
  for (const name of names) {
    const text = await extractPositionedText(
      nodePdfjs,
      new Uint8Array(readFileSync(join(DIR, `${name}.pdf`))),
      nodeExtractOptions,
    );
    const { filing } = readForm(text);
    const goldenPath = join(DIR, 'golden', `${name}.json`);
    if (write) {
      writeFileSync(goldenPath, `${JSON.stringify(filing, null, 2)}\n`);
      console.log(`wrote ${goldenPath}`);
      continue;
    }
    if (!existsSync(goldenPath)) {
      console.log(`${name}: no golden`);
      continue;
    }
    const want = flattenFields(JSON.parse(readFileSync(goldenPath, 'utf8')));
    const got = flattenFields(filing);
    const paths = differingFields(want, got);
    console.log(`${name}: ${paths.length === 0 ? 'equal' : `${paths.length} differences`}`);
    for (const p of paths.slice(0, 20)) console.log(`  ${p}: golden ${want.get(p)} engine ${got.get(p)}`);
  }
}

void main();
