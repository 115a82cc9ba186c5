/**
 * A tiny static file server over a directory, behaving like a plain static host:
 * `/x/` serves `/x/index.html`, `/x` redirects to `/x/` when `x` is a directory, unknown paths
 * get `404.html` with status 404. No dependencies, only node:http.
 *
 * With `headers` (the rules of a `_headers` file, see scripts/lib/headers-file.ts) every
 * response also gets the headers those rules give its URL path, as Netlify or Cloudflare Pages
 * would send them, and the `_headers` file itself is not served.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { headersFor, type HeaderRule } from '../../scripts/lib/headers-file';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** Base URL without trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  close: () => Promise<void>;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function isDirectory(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Maps a URL path to a file under `root`, or says what else to do. Exported for tests of the
 * link checker, which must resolve links the same way the server does.
 */
export async function resolvePath(
  root: string,
  urlPath: string,
): Promise<{ kind: 'file'; file: string } | { kind: 'redirect'; location: string } | { kind: 'missing' }> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'missing' };
  }
  if (decoded.includes('\0')) return { kind: 'missing' };
  const file = path.join(root, path.normalize(decoded));
  // No escaping the root with ../
  if (file !== root && !file.startsWith(root + path.sep)) return { kind: 'missing' };

  if (decoded.endsWith('/')) {
    const index = path.join(file, 'index.html');
    return (await isFile(index)) ? { kind: 'file', file: index } : { kind: 'missing' };
  }
  if (await isFile(file)) return { kind: 'file', file };
  if ((await isDirectory(file)) && (await isFile(path.join(file, 'index.html')))) {
    return { kind: 'redirect', location: `${urlPath}/` };
  }
  return { kind: 'missing' };
}

export interface ServeOptions {
  /** Rules of a `_headers` file to apply to every response. */
  headers?: HeaderRule[];
}

function send(res: ServerResponse, status: number, file: string, method: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': contentType(file), 'cache-control': 'no-store', ...extra });
  if (method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** Serves `root` on 127.0.0.1 at a free port. */
export async function serve(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const absRoot = path.resolve(root);
  const notFound = path.join(absRoot, '404.html');

  const server = createServer(async (req, res) => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname, search } = new URL(req.url ?? '/', 'http://localhost');
    const extra = options.headers ? headersFor(options.headers, pathname) : {};
    const target =
      options.headers && pathname === '/_headers' ? { kind: 'missing' as const } : await resolvePath(absRoot, pathname);
    if (target.kind === 'file') {
      send(res, 200, target.file, method, extra);
    } else if (target.kind === 'redirect') {
      res.writeHead(301, { ...extra, location: target.location + search }).end();
    } else if (await isFile(notFound)) {
      send(res, 404, notFound, method, extra);
    } else {
      res.writeHead(404, { ...extra, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
