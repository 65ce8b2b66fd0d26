/**
 * The real CLI (`npm run parse`'s command from package.json) in one process over every ir-pdfs
 * filing: filings per second of wall time including start-up, the steady
 * rate with start-up taken out (a run on one file subtracted), and filings
 * per CPU-second ("per core") when /usr/bin/time can report CPU time.
 * Each run is repeated (one-file and whole-batch runs alternated) and the
 * medians are used: one pair of runs on a shared machine swings the
 * per-CPU-second figure by a tenth.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { corpusMissing, irPdfs, ROOT } from '../lib/corpus';
import type { BenchOptions, BenchSection, SectionResult } from '../lib/section';
import { median, round } from '../lib/stats';

const run = promisify(execFile);
/** The CLI exactly as `npm run parse` starts it, so the bench measures what people run. */
function cliCommand(): [string, string[]] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { parse: string } };
  const [bin, ...args] = pkg.scripts.parse.trim().split(/\s+/);
  return [join(ROOT, 'node_modules/.bin', bin!), args];
}
const GNU_TIME = '/usr/bin/time';

interface CliRun {
  wallS: number;
  cpuS: number | null;
  lines: number;
  failed: number;
}

async function runCli(files: string[]): Promise<CliRun> {
  const timed = existsSync(GNU_TIME);
  const [cli, cliArgs] = cliCommand();
  const [command, args] = timed
    ? [GNU_TIME, ['-f', 'CPU %U %S', cli, ...cliArgs, ...files]]
    : [cli, [...cliArgs, ...files]];
  const start = performance.now();
  const out = await run(command, args, { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 }).catch(
    (err: { stdout: string; stderr: string }) => err, // exit 1 when a file fails: still measured
  );
  const wallS = (performance.now() - start) / 1000;
  const cpu = /CPU ([\d.]+) ([\d.]+)/.exec(out.stderr);
  const lines = out.stdout.trim().split('\n').filter(Boolean);
  return {
    wallS,
    cpuS: cpu ? Number(cpu[1]) + Number(cpu[2]) : null,
    lines: lines.length,
    failed: lines.filter((l) => l.includes('"error":')).length,
  };
}

/** Alternated pairs of runs: the per-CPU-second figure of one pair swings by a tenth or more here. */
const RUNS = 5;

/** Median wall and CPU time of repeated runs (the counts are the same in each). */
function medianRun(runs: CliRun[]): CliRun {
  const cpus = runs.map((r) => r.cpuS);
  return {
    ...runs[0]!,
    wallS: median(runs.map((r) => r.wallS)),
    cpuS: cpus.every((c) => c !== null) ? median(cpus as number[]) : null,
    failed: Math.max(...runs.map((r) => r.failed)),
  };
}

export const cliThroughput: BenchSection = {
  id: 'cli',
  title: 'CLI throughput',
  async run(options: BenchOptions): Promise<SectionResult> {
    const missing = corpusMissing();
    if (missing) return { rows: [], skipped: missing };
    const files = (await irPdfs()).map((f) => f.path);
    const batch = options.quick ? files.slice(0, 20) : files;
    const singles: CliRun[] = [];
    const manys: CliRun[] = [];
    for (let i = 0; i < (options.quick ? 1 : RUNS); i++) {
      singles.push(await runCli(batch.slice(0, 1)));
      manys.push(await runCli(batch));
    }
    const single = medianRun(singles);
    const many = medianRun(manys);
    const steady = (batch.length - 1) / (many.wallS - single.wallS);
    const cpuKnown = many.cpuS !== null && single.cpuS !== null;
    const perCpuSteady = cpuKnown ? round((batch.length - 1) / (many.cpuS! - single.cpuS!), 1) : null;
    return {
      rows: [
        {
          metric: `filings/s, one process, ${batch.length} PDFs`,
          value: round(batch.length / many.wallS, 1),
          unit: '/s',
          note: `wall, incl. ${round(single.wallS, 2)} s start-up; median of ${singles.length} runs`,
        },
        {
          metric: 'filings/s, start-up excluded',
          value: round(steady, 1),
          unit: '/s',
          note: 'wall; a one-file run subtracted',
        },
        {
          metric: 'filings per CPU-second (per core)',
          value: perCpuSteady,
          unit: '/s',
          target: { op: '>=', limit: 30 },
          note: cpuKnown
            ? `user+sys CPU, start-up excluded (${round(single.cpuS!, 2)} s CPU)`
            : 'no /usr/bin/time',
        },
        {
          metric: 'files that failed in the CLI',
          value: many.failed,
          unit: '',
          target: { op: '<=', limit: 0 },
        },
      ],
      details: { files: batch.length, single, many },
    };
  },
};
