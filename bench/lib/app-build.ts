/**
 * The app as built from the current tree, into a temporary folder (never
 * dist/, which the browser tests use), once per bench run; and a `vite
 * preview` of it on 127.0.0.1. Both the bundle and cold-start sections use it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { preview, type PreviewServer } from 'vite';
import { ROOT } from './corpus';

const run = promisify(execFile);

export type AppBuild = { outDir: string } | { error: string };

let built: Promise<AppBuild> | null = null;

export function buildApp(): Promise<AppBuild> {
  built ??= (async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'bench-app-')), 'dist');
    try {
      await run(
        join(ROOT, 'node_modules/.bin/vite'),
        ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
        {
          cwd: ROOT,
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      return { outDir };
    } catch (err) {
      const stderr = (err as { stderr?: string }).stderr ?? String(err);
      return { error: `vite build failed: ${stderr.trim().split('\n').slice(-3).join(' ').slice(0, 200)}` };
    }
  })();
  return built;
}

export async function serve(outDir: string): Promise<{ url: string; server: PreviewServer }> {
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, server };
}
