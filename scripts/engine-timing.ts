/**
 * Dev tool: time pdf.js extraction against the engine on a folder of PDFs,
 * to see what the engine adds (goal: at most 20% over extraction). CPU time
 * of this process is reported beside wall time: on a shared machine it is
 * the steadier measure.
 * Usage: npx tsx scripts/engine-timing.ts [DIR] [ROUNDS]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { nodeExtractOptions, nodePdfjs } from '../src/cli/pdfjs-node';
import { readForm } from '../src/core/form/read-form';
import { extractPositionedText } from '../src/core/pdf/extract';
import type { PositionedText } from '../src/core/words';

async function main(): Promise<void> {
  const [dir = '../shared/corpus/ir-pdfs', roundsArg = '3'] = process.argv.slice(2);
  const rounds = Number(roundsArg);
  const files = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
  const bytes = files.map((f) => new Uint8Array(readFileSync(join(dir, f))));
  let extractMs = 0;
  let engineMs = 0;
  let extractCpu = 0;
  let engineCpu = 0;
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  for (let r = 0; r < rounds; r++) {
    const texts: PositionedText[] = [];
    const [t0, c0] = [performance.now(), cpu()];
    for (const b of bytes) texts.push(await extractPositionedText(nodePdfjs, b.slice(), nodeExtractOptions));
    const [t1, c1] = [performance.now(), cpu()];
    for (const t of texts) readForm(t);
    const [t2, c2] = [performance.now(), cpu()];
    if (r > 0 || rounds === 1) {
      extractMs += t1 - t0;
      engineMs += t2 - t1;
      extractCpu += c1 - c0;
      engineCpu += c2 - c1;
    }
  }
  const counted = rounds > 1 ? rounds - 1 : 1;
  const n = files.length * counted;
  console.log(`${files.length} PDFs x ${counted} rounds (first round is warm-up)`);
  console.log(`extract ${(extractMs / n).toFixed(2)} ms/file, engine ${(engineMs / n).toFixed(2)} ms/file`);
  console.log(
    `engine adds ${((100 * engineMs) / extractMs).toFixed(1)}% to extraction; ${(n / ((extractMs + engineMs) / 1000)).toFixed(1)} filings/s`,
  );
  console.log(
    `CPU: extract ${(extractCpu / n).toFixed(2)} ms/file, engine ${(engineCpu / n).toFixed(2)} ms/file, engine adds ${((100 * engineCpu) / extractCpu).toFixed(1)}%`,
  );
}

void main();
