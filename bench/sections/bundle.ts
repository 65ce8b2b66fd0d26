/**
 * Gzipped sizes of the built app. The app shell is what the page needs to
 * start: index.html, the CSS and scripts it names, and their static imports.
 * Loaded later and listed apart: dynamic imports and the service worker;
 * the worker chunk that carries pdf.js (and our core); pdf.js data (CMaps,
 * standard fonts), fetched only when a PDF needs it and not counted.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp } from '../lib/app-build';
import type { BenchSection, MetricRow, SectionResult } from '../lib/section';
import { round } from '../lib/stats';

/** Strings only pdf.js's code contains: how its chunks are told apart from ours. */
const PDFJS_MARKERS = ['GlobalWorkerOptions', 'WorkerMessageHandler'];
const CODE = /\.(js|css|html)$/;

interface Asset {
  name: string;
  kb: number;
  gzKb: number;
  pdfjs: boolean;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

/** Local files an HTML page or a chunk names: `src=`/`href=` in HTML; `from"./x.js"`/`import"./x.js"` in JS. */
function staticReferences(outDir: string, name: string): string[] {
  const text = readFileSync(join(outDir, name), 'utf8');
  const pattern = name.endsWith('.html')
    ? /(?:src|href)="([^"]+\.(?:js|css))"/g
    : /(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+\.(?:js|css))["'`]/g;
  return [...text.matchAll(pattern)]
    .map((m) => normalize(join(dirname(name), m[1]!)))
    .filter((ref) => existsSync(join(outDir, ref)));
}

/** index.html and everything it loads before the app can run. */
function shellFiles(outDir: string): Set<string> {
  const shell = new Set<string>(['index.html']);
  const queue = ['index.html'];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    for (const ref of staticReferences(outDir, name)) {
      if (!shell.has(ref)) {
        shell.add(ref);
        queue.push(ref);
      }
    }
  }
  return shell;
}

function assets(outDir: string): Asset[] {
  return filesUnder(outDir).map((path) => {
    const bytes = readFileSync(path);
    const name = relative(outDir, path);
    const pdfjs = name.endsWith('.js') && PDFJS_MARKERS.some((m) => bytes.includes(m));
    return {
      name,
      kb: round(bytes.length / 1024, 1),
      gzKb: round(gzipSync(bytes, { level: 9 }).length / 1024, 1),
      pdfjs,
    };
  });
}

const sum = (list: Asset[]) =>
  round(
    list.reduce((t, s) => t + s.gzKb, 0),
    1,
  );
const names = (list: Asset[]) => list.map((s) => s.name).join(', ');

function bundleRows(all: Asset[], shell: Set<string>): MetricRow[] {
  const inShell = all.filter((a) => shell.has(a.name) && !a.pdfjs);
  const withPdfjs = all.filter((a) => a.pdfjs);
  const data = all.filter((a) => a.name.startsWith('pdfjs/'));
  const later = all.filter(
    (a) => CODE.test(a.name) && !shell.has(a.name) && !a.pdfjs && !a.name.startsWith('pdfjs/'),
  );
  return [
    {
      metric: 'app shell without pdf.js',
      value: sum(inShell),
      unit: 'KB',
      target: { op: '<=', limit: 40 },
      note: names(inShell),
    },
    {
      metric: 'loaded after start (lazy, service worker)',
      value: sum(later),
      unit: 'KB',
      note: names(later),
    },
    { metric: 'worker chunk(s) with pdf.js', value: sum(withPdfjs), unit: 'KB', note: names(withPdfjs) },
    {
      metric: 'pdf.js data, fetched on demand',
      value: sum(data),
      unit: 'KB',
      note: `${data.length} files, not counted`,
    },
  ];
}

export const bundle: BenchSection = {
  id: 'bundle',
  title: 'Bundle (gzipped)',
  async run(): Promise<SectionResult> {
    const build = await buildApp();
    if ('error' in build) return { rows: [], skipped: build.error };
    const all = assets(build.outDir);
    return {
      rows: bundleRows(all, shellFiles(build.outDir)),
      details: { files: all.filter((a) => !a.name.startsWith('pdfjs/')) },
    };
  },
};
