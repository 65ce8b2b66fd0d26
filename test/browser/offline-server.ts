/**
 * A plain static file server for the offline tests: files from one folder
 * under a sub-path, nothing else (no SPA fallback, no rewriting), the way
 * GitHub Pages or any static host serves dist/. It can stop answering
 * altogether (network off for this origin) and switch to another folder
 * (a newly published version) while the browser keeps its service worker.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
};

export interface StaticSite {
  /** The app's address, ending in the sub-path's slash. */
  url: string;
  origin: string;
  /** Paths requested so far (after the sub-path), in order. */
  requested: string[];
  serveFrom(dir: string): void;
  /** Refuse every connection from now on, as a machine with the network off would. */
  goOffline(): Promise<void>;
  close(): Promise<void>;
}

export async function serveStatic(rootDir: string, subPath: string): Promise<StaticSite> {
  let dir = resolve(rootDir);
  const requested: string[] = [];
  const server = createServer((req, res) => {
    void answer(req, res);
  });

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://site').pathname);
    if (!path.startsWith(subPath)) return notFound(res);
    const relativePath = path.slice(subPath.length) || 'index.html';
    requested.push(relativePath);
    const file = normalize(
      join(dir, relativePath.endsWith('/') ? `${relativePath}index.html` : relativePath),
    );
    if (!file.startsWith(dir + sep)) return notFound(res);
    try {
      if (!(await stat(file)).isFile()) return notFound(res);
      const body = await readFile(file);
      // Like a static host's default: revalidate, so a new sw.js is seen on the next check.
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      res.end(body);
    } catch {
      notFound(res);
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${subPath}`,
    origin,
    requested,
    serveFrom: (next) => {
      dir = resolve(next);
    },
    goOffline: () => close(server),
    close: () => (server.listening ? close(server) : Promise.resolve()),
  };
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('not found');
}

function close(server: ReturnType<typeof createServer>): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
}
