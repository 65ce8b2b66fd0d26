/**
 * Runs the page-side library (src/storage over real IndexedDB via idb-keyval)
 * in headless Chromium and prints what happened: add, duplicate, list across
 * two tabs, remove and undo, backup round trip, a quota too small for a file
 * (set through the DevTools protocol), and a page without IndexedDB.
 * Usage: npx tsx scripts/storage-smoke-chromium.ts   (exit code 1 on any failed check)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createServer } from 'vite';
import type { onLibraryChangedElsewhere } from '../src/storage/changes';
import type { createIdbBackend } from '../src/storage/idb-backend';
import type { openLibrary } from '../src/storage/open-library';
import { launchChromium } from './lib/chromium';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'test/fixtures/storage');
const BLANK = '/__storage-smoke.html';

const fixture = (name: string) => [...readFileSync(join(FIXTURES, name))];
const LIVEPERSON = {
  bytes: fixture('liveperson-2009-form4.xml'),
  filing: JSON.parse(readFileSync(join(FIXTURES, 'liveperson.filing.json'), 'utf8')),
};
const CHEMOMAB = {
  bytes: fixture('chemomab-thiel-2021-form3.xml'),
  filing: JSON.parse(readFileSync(join(FIXTURES, 'chemomab-thiel-2021-form3.filing.json'), 'utf8')),
};

let failures = 0;
function check(label: string, ok: boolean, detail: unknown = '') {
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${ok ? '' : ` — ${JSON.stringify(detail)}`}`);
}

type Sample = { bytes: number[]; filing: unknown };
type StorageModule = { openLibrary: typeof openLibrary };
type IdbBackendModule = { createIdbBackend: typeof createIdbBackend };
type ChangesModule = { onLibraryChangedElsewhere: typeof onLibraryChangedElsewhere };
/** Module URLs the dev server serves; passed into each page function (they run in the page, not here). */
const PAGE_MODULES = {
  openLibrary: '/src/storage/open-library.ts',
  idbBackend: '/src/storage/idb-backend.ts',
  changes: '/src/storage/changes.ts',
};

/** Adds a sample in the page and returns the library's answer, reduced to plain data. */
function addInPage(page: Page, sample: Sample, fileName: string) {
  return page.evaluate(
    async ({ sample, fileName, modules }) => {
      const { openLibrary } = (await import(modules.openLibrary)) as StorageModule;
      const { library, storage } = await openLibrary();
      const result = await library.add({
        bytes: new Uint8Array(sample.bytes),
        fileName,
        output: { source: 'xml', filing: sample.filing as never, provenance: {}, text: null },
      });
      const list = await library.list();
      return {
        storage: storage.kind,
        status: result.status,
        code: result.status === 'failed' ? result.error.code : null,
        message:
          result.status === 'duplicate'
            ? result.message
            : result.status === 'failed'
              ? result.error.message
              : '',
        count: list.summaries.length,
      };
    },
    { sample, fileName, modules: PAGE_MODULES },
  );
}

async function main() {
  const server = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0 },
    optimizeDeps: { noDiscovery: true, include: ['idb-keyval'] },
    plugins: [
      {
        name: 'storage-smoke-page',
        configureServer(s) {
          s.middlewares.use(BLANK, (_req, res) => res.end('<!doctype html><title>storage smoke</title>'));
        },
      },
    ],
  });
  await server.listen();
  const address = server.httpServer?.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const tabA = await context.newPage();
    const tabB = await context.newPage();
    await tabA.goto(origin + BLANK);
    await tabB.goto(origin + BLANK);

    const first = await addInPage(tabA, LIVEPERSON, 'lpsn.xml');
    check('IndexedDB probe says persistent', first.storage === 'persistent', first);
    check('add stores a filing', first.status === 'added' && first.count === 1, first);
    const again = await addInPage(tabB, LIVEPERSON, 'copy.xml');
    check('same bytes from another tab: duplicate', again.status === 'duplicate' && again.count === 1, again);
    const second = await addInPage(tabB, CHEMOMAB, 'cmmb.xml');
    check('second filing from tab B', second.status === 'added' && second.count === 2, second);

    await tabB.evaluate(async (modules) => {
      const { onLibraryChangedElsewhere } = (await import(modules.changes)) as ChangesModule;
      const seen: string[] = [];
      Reflect.set(globalThis, 'seenChanges', seen);
      onLibraryChangedElsewhere((change) => seen.push(change.kind));
    }, PAGE_MODULES);
    const afterReload = await tabA.evaluate(async (modules) => {
      const { openLibrary } = (await import(modules.openLibrary)) as StorageModule;
      const { library } = await openLibrary();
      const { summaries } = await library.list();
      const file = await library.getFile(summaries[0].id);
      const removed = await library.remove(summaries[1].id);
      const afterRemove = (await library.list()).summaries.length;
      const undone = removed ? await library.undoRemove(removed) : null;
      const backup = await library.exportBackup();
      await library.clear();
      const afterClear = (await library.list()).summaries.length;
      const imported = await library.importBackup(backup);
      return {
        listed: summaries.map((s) => s.issuerName),
        fileOk: file.ok,
        afterRemove,
        undone: undone?.status,
        afterClear,
        imported,
        final: (await library.list()).summaries.length,
      };
    }, PAGE_MODULES);
    check('tab A lists both filings', afterReload.listed.length === 2, afterReload);
    check('original bytes come back hash-checked', afterReload.fileOk, afterReload);
    check('remove then undo', afterReload.afterRemove === 1 && afterReload.undone === 'added', afterReload);
    check(
      'backup → clear → import restores both',
      afterReload.afterClear === 0 &&
        afterReload.final === 2 &&
        'added' in afterReload.imported &&
        afterReload.imported.added === 2,
      afterReload,
    );

    const seenInB = await tabB.evaluate(() => Reflect.get(globalThis, 'seenChanges') as string[]);
    check("tab B hears of tab A's changes", seenInB.includes('delete') && seenInB.includes('clear'), seenInB);

    // A quota smaller than the file: the write must fail typed, leaving no record and no file.
    // Chromium applies the override reliably only before the origin has used any storage, hence a fresh context.
    const quotaContext = await browser.newContext();
    const small = await quotaContext.newPage();
    await small.goto(origin + BLANK);
    const cdp = await quotaContext.newCDPSession(small);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1024 * 1024 });
    const big = {
      bytes: [...new Uint8Array(2 * 1024 * 1024).map((_, i) => (i * 31) & 255)],
      filing: LIVEPERSON.filing,
    };
    const full = await addInPage(small, big, 'big.xml');
    check(
      'quota exceeded is a typed failure with nothing kept',
      full.status === 'failed' && full.code === 'quota-exceeded' && full.count === 0,
      full,
    );
    const leftovers = await small.evaluate(async (modules) => {
      const { createIdbBackend } = (await import(modules.idbBackend)) as IdbBackendModule;
      const backend = createIdbBackend();
      return { files: (await backend.files.keys()).length, records: (await backend.records.keys()).length };
    }, PAGE_MODULES);
    check(
      'no orphan file after the failed write',
      leftovers.files === 0 && leftovers.records === 0,
      leftovers,
    );
    const fits = await addInPage(small, CHEMOMAB, 'cmmb.xml');
    check('a small filing still fits under that quota', fits.status === 'added' && fits.count === 1, fits);
    await quotaContext.close();

    const noIdb = await context.newPage();
    await noIdb.addInitScript(() => Reflect.deleteProperty(globalThis, 'indexedDB'));
    await noIdb.goto(origin + BLANK);
    const memory = await addInPage(noIdb, LIVEPERSON, 'lpsn.xml');
    check(
      'without IndexedDB: memory-only, still works',
      memory.storage === 'memory-only' && memory.status === 'added',
      memory,
    );
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(failures ? `${failures} check(s) failed` : 'all checks passed');
  process.exitCode = failures ? 1 : 0;
}

await main();
