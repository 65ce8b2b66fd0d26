/**
 * Per-file parse time of our whole path (parseBytes: guard, pdf.js text,
 * words, form engine) set against raw pdf.js text extraction of the same file
 * (open, getTextContent on every page, close) and poppler's `pdftotext
 * -layout`, in the same run; plus our words alone (extractPositionedText),
 * to tell extraction overhead from the engine's. Each round visits the files
 * in a new shuffled order, and each (file, round) runs the methods in one of
 * their orders, every order used as often, so each method follows every
 * other equally often: neither warm caches (pdf.js right after pdf.js on the
 * same file) nor cold ones (right after pdftotext's process) favour one
 * method. Times are wall and CPU time of this process: on a shared machine
 * CPU time is the steadier of the two.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { nodeExtractOptions, nodePdfjs } from '../../src/cli/pdfjs-node';
import { parseBytes } from '../../src/core/parse-file';
import { extractPositionedText } from '../../src/core/pdf/extract';
import { corpusMissing, irPdfs, isShortFiling, type BenchFile } from '../lib/corpus';
import type { BenchOptions, BenchSection, MetricRow, SectionResult } from '../lib/section';
import { median, quantile, round, shuffled } from '../lib/stats';

const run = promisify(execFile);

type Method = 'ours' | 'words' | 'pdfjs' | 'pdftotext';
type Clock = 'wall' | 'cpu';
type Samples = Record<Method, Record<Clock, number[]>>;

/** Files our parser refused: timed all the same, and counted, so a fast failure cannot pass for speed. */
const refused = new Set<string>();

const IMPLEMENTATIONS: Record<Method, (file: BenchFile) => Promise<void>> = {
  async ours(file) {
    await parseBytes(nodePdfjs, file.bytes, file.name, nodeExtractOptions).catch(() =>
      refused.add(file.name),
    );
  },
  async words(file) {
    await extractPositionedText(nodePdfjs, file.bytes, nodeExtractOptions);
  },
  /** What pdf.js alone does for the same text: the baseline our reconstruction is measured against. */
  async pdfjs(file) {
    const task = nodePdfjs.getDocument({
      ...nodeExtractOptions,
      data: file.bytes.slice(),
      isEvalSupported: false,
    });
    try {
      const doc = await task.promise;
      for (let n = 1; n <= doc.numPages; n++) await (await doc.getPage(n)).getTextContent();
    } finally {
      await task.destroy();
    }
  },
  async pdftotext(file) {
    await run('pdftotext', ['-layout', file.path, '-']);
  },
};

const hasPdftotext = () =>
  run('pdftotext', ['-v']).then(
    () => true,
    () => false,
  );

const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

async function timed(work: () => Promise<void>): Promise<Record<Clock, number>> {
  const [wall, cpu] = [performance.now(), cpuMs()];
  await work();
  return { wall: performance.now() - wall, cpu: cpuMs() - cpu };
}

/** Every order of the items (4 methods: 24 orders). */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

async function measure(files: BenchFile[], methods: Method[], rounds: number): Promise<Map<string, Samples>> {
  const empty = (): Samples =>
    Object.fromEntries(methods.map((m) => [m, { wall: [], cpu: [] }])) as unknown as Samples;
  const samples = new Map(files.map((f) => [f.name, empty()]));
  const orders = permutations(methods);
  for (const f of files.slice(0, 5)) for (const m of methods) await IMPLEMENTATIONS[m](f); // warm-up: JIT, fonts
  for (let r = 0; r < rounds; r++) {
    for (const [i, file] of shuffled(files, 1000 + r).entries()) {
      // A rotation would keep one order of neighbours (pdf.js always right after our words on the same file).
      for (const method of orders[(r * files.length + i) % orders.length]!) {
        const t = await timed(() => IMPLEMENTATIONS[method](file));
        samples.get(file.name)![method].wall.push(t.wall);
        samples.get(file.name)![method].cpu.push(t.cpu);
      }
    }
  }
  return samples;
}

/** Per file, the median of its rounds; then medians (and a 90th percentile) over files. */
function summarise(samples: Map<string, Samples>, methods: Method[]) {
  const perFile = [...samples].map(([name, s]) => ({
    name,
    ...Object.fromEntries(
      methods.map((m) => [m, { wall: round(median(s[m].wall), 2), cpu: round(median(s[m].cpu), 2) }]),
    ),
  })) as ({ name: string } & Record<Method, Record<Clock, number>>)[];
  const med = (m: Method, c: Clock) => round(median(perFile.map((f) => f[m][c])), 1);
  const overheads = (m: Method, c: Clock) => perFile.map((f) => (f[m][c] / f.pdfjs[c] - 1) * 100);
  return { perFile, med, overheads };
}

function rowsFor(summary: ReturnType<typeof summarise>, methods: Method[]): MetricRow[] {
  const { med, overheads } = summary;
  const both = (m: Method) => `${med(m, 'wall')} ms wall`;
  const rows: MetricRow[] = [
    {
      metric: 'median parse, ours (parseBytes)',
      value: med('ours', 'cpu'),
      unit: 'ms CPU',
      note: both('ours'),
    },
    {
      metric: 'median raw pdf.js text extraction',
      value: med('pdfjs', 'cpu'),
      unit: 'ms CPU',
      note: both('pdfjs'),
    },
    {
      metric: 'our overhead over pdf.js (median per file)',
      value: round(median(overheads('ours', 'cpu')), 1),
      unit: '%',
      target: { op: '<=', limit: 20 },
      note: `CPU time; wall: ${round(median(overheads('ours', 'wall')), 1)} %`,
    },
    {
      metric: 'our overhead, 90th percentile file',
      value: round(quantile(overheads('ours', 'cpu'), 0.9), 1),
      unit: '%',
    },
    {
      metric: 'of which words alone (no engine)',
      value: round(median(overheads('words', 'cpu')), 1),
      unit: '%',
      note: `median ${med('words', 'cpu')} ms CPU: guard + pdf.js + words`,
    },
    { metric: 'files our parser refused', value: refused.size, unit: '', target: { op: '<=', limit: 0 } },
  ];
  rows.push(
    methods.includes('pdftotext')
      ? {
          metric: 'median pdftotext -layout',
          value: med('pdftotext', 'wall'),
          unit: 'ms',
          note: 'wall, incl. starting the process',
        }
      : { metric: 'pdftotext -layout', value: null, unit: '', note: 'poppler not installed' },
  );
  return rows;
}

export const parseSpeed: BenchSection = {
  id: 'parse',
  title: 'Parse speed (1-3 page ir-pdfs)',
  async run(options: BenchOptions): Promise<SectionResult> {
    const missing = corpusMissing();
    if (missing) return { rows: [], skipped: missing };
    const all = (await irPdfs()).filter(isShortFiling);
    const files = options.quick ? all.slice(0, 12) : all;
    const methods: Method[] = ['ours', 'words', 'pdfjs'];
    if (await hasPdftotext()) methods.push('pdftotext');
    const rounds = options.quick ? 1 : 3;
    const summary = summarise(await measure(files, methods, rounds), methods);
    const runs: MetricRow = {
      metric: 'files × rounds',
      value: files.length * rounds,
      unit: 'runs each',
      note: `${files.length} files`,
    };
    return {
      rows: [runs, ...rowsFor(summary, methods)],
      details: { rounds, methods, refused: [...refused], perFile: summary.perFile },
    };
  },
};
