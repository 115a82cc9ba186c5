/**
 * The one static file server (node:http only) for the tests and the scripts (search benchmark,
 * Lighthouse), behaving like a plain static host: `/x/` serves `/x/index.html`, `/x` redirects
 * to `/x/` when `x` is a folder with an index.html, unknown paths get `404.html` with status 404.
 *
 * With `gzip: true` (the default) text files (HTML, CSS, JS, JSON, SVG, ...) are sent
 * gzip-compressed when the browser accepts it, as any production host or CDN would; Pagefind's
 * own data files (.pf_meta, .pf_index, .pf_fragment, .pf_filter, wasm.*.pagefind) are already
 * gzip inside and are sent as they are, like a host that does not know their extension.
 *
 * With `headers` (the rules of a `_headers` file, see ./headers-file.ts) every response also
 * gets the headers those rules give its URL path, as Netlify or Cloudflare Pages would send
 * them, and the `_headers` file itself is not served.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, type HeaderRule } from './headers-file';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  // Pagefind's data files are gzip streams that its JS unpacks itself.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg\+xml)/;

export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** Compress text files when the client accepts gzip. Default true. */
  gzip?: boolean;
  /** Port; 0 (default) picks a free one. */
  port?: number;
  /** Rules of a `_headers` file to apply to every response. */
  headers?: HeaderRule[];
}

async function kind(file: string): Promise<'file' | 'dir' | undefined> {
  try {
    const s = await stat(file);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : undefined;
  } catch {
    return undefined;
  }
}

export type Resolved = { kind: 'file'; file: string } | { kind: 'redirect'; location: string } | { kind: 'missing' };

/**
 * Maps a URL path to a file under `root`, or says what else to do. The link checks resolve
 * links with it, so they find exactly what the server would send.
 */
export async function resolvePath(root: string, urlPath: string): Promise<Resolved> {
  const base = path.resolve(root);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'missing' };
  }
  if (decoded.includes('\0')) return { kind: 'missing' };
  const file = path.join(base, path.normalize(decoded));
  // No escaping the root with ../
  if (file !== base && !file.startsWith(base + path.sep)) return { kind: 'missing' };

  if (decoded.endsWith('/')) {
    const index = path.join(file, 'index.html');
    return (await kind(index)) === 'file' ? { kind: 'file', file: index } : { kind: 'missing' };
  }
  const found = await kind(file);
  if (found === 'file') return { kind: 'file', file };
  if (found === 'dir' && (await kind(path.join(file, 'index.html'))) === 'file') {
    return { kind: 'redirect', location: `${urlPath}/` };
  }
  return { kind: 'missing' };
}

/** Serves `root` on 127.0.0.1. Compressed bodies are cached in memory (the files do not change). */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = path.resolve(root);
  const notFound = path.join(base, '404.html');
  const useGzip = options.gzip ?? true;
  const gzCache = new Map<string, Buffer>();

  async function send(
    res: ServerResponse,
    file: string,
    status: number,
    acceptsGzip: boolean,
    head: boolean,
    extra: Record<string, string>,
  ) {
    const type = contentType(file);
    let body: Buffer = await readFile(file);
    const headers: Record<string, string | number> = {
      'content-type': type,
      'cache-control': 'no-cache',
      ...extra,
    };
    if (useGzip && acceptsGzip && COMPRESSIBLE.test(type) && body.length > 256) {
      let gz = gzCache.get(file);
      if (!gz) gzCache.set(file, (gz = gzipSync(body, { level: 6 })));
      body = gz;
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = body.length;
    res.writeHead(status, headers);
    res.end(head ? undefined : body);
  }

  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const head = req.method === 'HEAD';
      const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const { pathname, search } = new URL(req.url ?? '/', 'http://localhost');
      const extra = options.headers ? headersFor(options.headers, pathname) : {};
      const target: Resolved =
        options.headers && pathname === '/_headers' ? { kind: 'missing' } : await resolvePath(base, pathname);
      if (target.kind === 'file') return await send(res, target.file, 200, acceptsGzip, head, extra);
      if (target.kind === 'redirect') {
        res.writeHead(301, { ...extra, location: target.location + search }).end();
        return;
      }
      if ((await kind(notFound)) === 'file') return await send(res, notFound, 404, acceptsGzip, head, extra);
      res.writeHead(404, { ...extra, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
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
