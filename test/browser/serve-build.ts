/**
 * Global setup for the browser tests: serve the built app (dist/) with
 * `vite preview` on 127.0.0.1 and a free port, under a sub-path, because
 * the app must work from any sub-path of any static host.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

export const SUB_PATH = '/form4-reader/';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

export default async function serveBuild(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npx vite build` before the browser tests.');
  const port = await freePort();
  const server = await preview({
    base: SUB_PATH,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  project.provide('appUrl', `http://127.0.0.1:${port}${SUB_PATH}`);
  return () => server.close();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
