import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';

/** Build output: the worker chunk lands in ASSETS_DIR, pdf.js data beside it under PDFJS_DATA_DIR. */
const ASSETS_DIR = 'assets';
const PDFJS_DATA_DIR = 'pdfjs';
/** pdf.js data folders the worker needs: CMaps and the 14 standard fonts. */
const PDFJS_DATA_FOLDERS = ['cmaps', 'standard_fonts'] as const;

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Every pdf.js data file as `pdfjs/<folder>/<name>` → absolute path on disk. */
function pdfjsDataFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const folder of PDFJS_DATA_FOLDERS) {
    for (const name of readdirSync(join(pdfjsRoot, folder))) {
      files.set(`${PDFJS_DATA_DIR}/${folder}/${name}`, join(pdfjsRoot, folder, name));
    }
  }
  return files;
}

/**
 * Serves pdf.js CMaps and standard fonts from our own origin: from
 * node_modules in dev, copied into the build otherwise. Only the files that
 * exist in those folders are served (the map is the allow-list).
 */
function pdfjsData(): Plugin {
  const files = pdfjsDataFiles();
  return {
    name: 'form4:pdfjs-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname).replace(/^\//, '');
        const file = files.get(path);
        if (!file) return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const [fileName, file] of files) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(file) });
      }
    },
  };
}

export default defineConfig(({ command }) => ({
  // Relative URLs everywhere: the built app runs from any sub-path of any static host.
  base: './',
  plugins: [preact(), pdfjsData()],
  define: {
    // The worker finds pdf.js data relative to its own URL: in dev it is served from
    // /src/worker/worker.ts (data at the root), in the build from assets/ (data one up).
    __PDFJS_DATA_FROM_WORKER__: JSON.stringify(
      command === 'build' ? `../${PDFJS_DATA_DIR}/` : `/${PDFJS_DATA_DIR}/`,
    ),
  },
  worker: { format: 'es' as const },
  // Only the worker imports pdf.js; listing it saves dev a re-optimise-and-reload on the first file.
  optimizeDeps: { include: ['pdfjs-dist/build/pdf.mjs', 'pdfjs-dist/build/pdf.worker.mjs'] },
  build: {
    assetsDir: ASSETS_DIR,
    target: 'es2022',
    // The worker carries all of pdf.js (~1.6 MB): expected, loaded once, off the page's thread.
    chunkSizeWarningLimit: 2500,
    // Rolldown times the whole worker bundle as one plugin call and warns it is slow; it is not.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
}));
