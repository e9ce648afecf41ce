/**
 * A static server on 127.0.0.1 for end-to-end tests: the project's test pages (tests/fixtures/pages) under
 * /fixtures/, its demo page under /demo/, and pages a test registers itself. Never the internet.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const MOUNTS: Record<string, string> = {
  '/fixtures/': join(ROOT, 'tests/fixtures/pages'),
  '/demo/': join(ROOT, 'demo'),
};
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

export interface TestServer {
  origin: string;
  /** Serves `html` at `path` (e.g. "/pages/late.html") from now on. */
  route(path: string, html: string): void;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    // "204 No Content" to a navigation leaves the page where it is (pages that try to move on while loading).
    if (path === '/no-content') {
      res.writeHead(204).end();
      return;
    }
    if (routes.has(path)) {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(routes.get(path));
      return;
    }
    const mount = Object.keys(MOUNTS).find((m) => path.startsWith(m));
    if (mount) {
      const file = normalize(join(MOUNTS[mount], path.slice(mount.length) || 'index.html'));
      if (file.startsWith(MOUNTS[mount])) {
        try {
          const body = await readFile(file);
          res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
          return;
        } catch {
          /* fall through to 404 */
        }
      }
    }
    // Pages may ask for stylesheets and scripts that are not there; answer quickly so the page settles.
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    route: (path, html) => void routes.set(path, html),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
