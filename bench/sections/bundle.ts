/**
 * Gzipped sizes of the built app. The app shell is what the page itself
 * loads (index.html, its CSS and every JS chunk that does not carry pdf.js);
 * the worker chunk carries pdf.js and our core, loaded once off the main
 * thread; pdf.js data (CMaps, standard fonts) is fetched only when a PDF
 * needs it and is listed, not counted.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp } from '../lib/app-build';
import type { BenchSection, SectionResult } from '../lib/section';
import { round } from '../lib/stats';

/** Strings only pdf.js's code contains: how its chunks are told apart from ours. */
const PDFJS_MARKERS = ['GlobalWorkerOptions', 'WorkerMessageHandler'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

const gzKb = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length / 1024;

export const bundle: BenchSection = {
  id: 'bundle',
  title: 'Bundle (gzipped)',
  async run(): Promise<SectionResult> {
    const build = await buildApp();
    if ('error' in build) return { rows: [], skipped: build.error };
    const files = filesUnder(build.outDir);
    const sizes = files.map((path) => {
      const bytes = readFileSync(path);
      const name = relative(build.outDir, path);
      const pdfjs = name.endsWith('.js') && PDFJS_MARKERS.some((m) => bytes.includes(m));
      return { name, kb: round(bytes.length / 1024, 1), gzKb: round(gzKb(bytes), 1), pdfjs };
    });
    const isCode = (n: string) => /\.(js|css|html)$/.test(n) && !n.startsWith('pdfjs/');
    const shell = sizes.filter((s) => isCode(s.name) && !s.pdfjs);
    const withPdfjs = sizes.filter((s) => s.pdfjs);
    const data = sizes.filter((s) => s.name.startsWith('pdfjs/'));
    const sum = (list: typeof sizes) =>
      round(
        list.reduce((t, s) => t + s.gzKb, 0),
        1,
      );
    return {
      rows: [
        {
          metric: 'app shell without pdf.js',
          value: sum(shell),
          unit: 'KB',
          target: { op: '<=', limit: 40 },
          note: shell.map((s) => s.name).join(', '),
        },
        {
          metric: 'worker chunk(s) with pdf.js',
          value: sum(withPdfjs),
          unit: 'KB',
          note: withPdfjs.map((s) => s.name).join(', '),
        },
        {
          metric: 'pdf.js data, fetched on demand',
          value: sum(data),
          unit: 'KB',
          note: `${data.length} files, not counted`,
        },
      ],
      details: { files: sizes.filter((s) => !s.name.startsWith('pdfjs/')) },
    };
  },
};
