// A static file server for the built site: `npm start` and the browser tests use it.
// The site needs no server in production; this only stands in for any static host.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

/** The file a URL path names inside `root`, or null; never a file outside it. */
export function resolveSitePath(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const full = resolve(root, `.${normalize(`/${path}`)}`);
  if (full !== resolve(root) && !full.startsWith(resolve(root) + sep)) return null;
  if (existsSync(full) && statSync(full).isDirectory()) return existsSync(join(full, 'index.html')) ? join(full, 'index.html') : null;
  return existsSync(full) ? full : null;
}

export function serveSite(root: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer((req, res) => {
    const file = resolveSitePath(root, req.url ?? '/');
    const notFound = resolveSitePath(root, '/404.html');
    const target = file ?? notFound;
    if (!target) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404');
      return;
    }
    res.writeHead(file ? 200 : 404, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' });
    createReadStream(target).pipe(res);
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}
