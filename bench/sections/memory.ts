/**
 * Peak memory while reading 100 PDFs one after another in one process
 * (ir-pdfs, cycled to 100), measured in a child process: its peak resident
 * set, the peak it had before the first file (Node + pdf.js), and whether
 * the live heap grows from file to file.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { corpusMissing, irPdfs, ROOT } from '../lib/corpus';
import type { BenchOptions, BenchSection, SectionResult } from '../lib/section';
import { round } from '../lib/stats';

const run = promisify(execFile);
const COUNT = 100;

export const memory: BenchSection = {
  id: 'memory',
  title: 'Memory',
  async run(options: BenchOptions): Promise<SectionResult> {
    const missing = corpusMissing();
    if (missing) return { rows: [], skipped: missing };
    const corpus = (await irPdfs()).map((f) => f.path);
    const count = options.quick ? 20 : COUNT;
    const files = Array.from({ length: count }, (_, i) => corpus[i % corpus.length]!);
    const { stdout } = await run(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', join(ROOT, 'bench/memory-child.ts'), ...files],
      { cwd: ROOT },
    );
    const child = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
      failed: number;
      baselinePeakMb: number;
      peakMb: number;
      afterFirstHeapMb: number;
      afterLastHeapMb: number;
    };
    return {
      rows: [
        { metric: `peak RSS reading ${count} PDFs`, value: round(child.peakMb, 0), unit: 'MB' },
        {
          metric: 'peak RSS before the first PDF',
          value: round(child.baselinePeakMb, 0),
          unit: 'MB',
          note: 'Node, tsx, pdf.js loaded',
        },
        {
          metric: 'live JS heap growth, first → last PDF',
          value: round(child.afterLastHeapMb - child.afterFirstHeapMb, 1),
          unit: 'MB',
          note: `after GC: ${round(child.afterFirstHeapMb, 0)} → ${round(child.afterLastHeapMb, 0)} MB; ~0 = nothing kept`,
        },
        { metric: 'files that failed', value: child.failed, unit: '', target: { op: '<=', limit: 0 } },
      ],
      details: { files: count, ...child },
    };
  },
};
