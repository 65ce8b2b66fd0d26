/**
 * Dev tool: read every PDF in a folder and print one summary line each
 * (form, owners, rows, warnings), to see at a glance what the engine makes of
 * a corpus. Usage: npx tsx scripts/engine-sweep.ts [DIR] [--warnings]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { nodeExtractOptions, nodePdfjs } from '../src/cli/pdfjs-node';
import { extractPositionedText } from '../src/core/pdf/extract';
import { readForm } from '../src/core/form/read-form';
import { toParseError } from '../src/core/errors';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? '../shared/corpus/ir-pdfs';
  const showWarnings = args.includes('--warnings');
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.pdf'))
    .sort()) {
    try {
      const text = await extractPositionedText(
        nodePdfjs,
        new Uint8Array(readFileSync(join(dir, name))),
        nodeExtractOptions,
      );
      const { filing: f } = readForm(text);
      const rows = [
        f.nonDerivativeTransactions,
        f.nonDerivativeHoldings,
        f.derivativeTransactions,
        f.derivativeHoldings,
      ];
      const codes = [...new Set(f.warnings.map((w) => w.code))].join(',');
      console.log(
        `${name.slice(0, 8)} ${f.documentType.padEnd(3)} ${f.periodOfReport ?? '-'} owners=${f.reportingOwners.length} rows=${rows.map((r) => r.length).join('/')} fn=${f.footnotes.length} sig=${f.signatures.length} ${f.issuer.tradingSymbol ?? '-'} ${codes}`,
      );
      if (showWarnings) for (const w of f.warnings) console.log(`    ${w.code}: ${w.message}`);
    } catch (err) {
      console.log(`${name.slice(0, 8)} ERROR ${JSON.stringify(toParseError(err))}`);
    }
  }
}

void main();
