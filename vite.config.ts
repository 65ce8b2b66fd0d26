import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

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

/**
 * index.html carries the strict Content-Security-Policy the built app runs
 * under. The dev server injects each CSS module as a <style> element (hot
 * reload), which `style-src 'self'` refuses, so dev alone allows inline styles.
 * Scripts stay 'self' in dev too.
 */
function devCspForHotReload(): Plugin {
  return {
    name: 'form4:dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    },
  };
}

/** The worker chunk is all of pdf.js (1.6 MB); Workbox's 2 MiB default would leave it little room to grow. */
const PRECACHE_MAX_FILE_BYTES = 4 * 1024 * 1024;

/**
 * Offline and install: a Workbox service worker precaches every file of the
 * build (app, pdf.js worker chunk, CMaps, standard fonts, icons), so after one
 * visit the app opens and reads files with the network off. Updates wait for
 * the person (registerType 'prompt', src/pwa/register.ts shows the notice);
 * registration is our own bundled module, never an inline script (CSP).
 */
function offlineApp() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    strategies: 'generateSW',
    filename: 'sw.js',
    // The glob below already finds the icons; the plugin adds manifest.webmanifest itself.
    includeManifestIcons: false,
    workbox: {
      globPatterns: ['**/*.{html,js,mjs,css,svg,png,bcmap,pfb,ttf}'],
      maximumFileSizeToCacheInBytes: PRECACHE_MAX_FILE_BYTES,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The Workbox runtime inside sw.js: one file to fetch and update, nothing imported at run time.
      inlineWorkboxRuntime: true,
    },
    manifest: {
      id: './',
      name: 'Form 4 Reader',
      short_name: 'Form 4 Reader',
      description:
        'Read SEC Form 3, 4 and 5 PDFs and EDGAR XML into exact tables, on your own device. Works offline.',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#f7f7f5',
      theme_color: '#1f5fa8',
      lang: 'en',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
      // An installed app opens PDFs and EDGAR XML from the desktop (src/pwa/launch-files.ts reads them).
      file_handlers: [
        {
          action: './',
          accept: {
            'application/pdf': ['.pdf'],
            'application/xml': ['.xml'],
            'text/xml': ['.xml'],
          },
        },
      ],
      // Files opened while the app is already open go to that window, which keeps its library view.
      launch_handler: { client_mode: 'focus-existing' },
    },
  });
}

export default defineConfig(({ command }) => ({
  // Relative URLs everywhere: the built app runs from any sub-path of any static host.
  base: './',
  plugins: [preact(), pdfjsData(), devCspForHotReload(), offlineApp()],
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
