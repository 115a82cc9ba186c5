import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  HEADERS_FILE,
  HeadersFileError,
  NGINX_CONF,
  headerConflicts,
  headersFor,
  nginxConfFromHeaders,
  parseHeadersFile,
  patternSource,
  toNginx,
} from './headers-file';
import { serveStatic } from './static-server';

const sample = `# comment
/*
  X-Frame-Options: DENY
  X-Test: a

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
  X-Test: b

/pagefind/:file
  Cache-Control: no-cache

/admin/*
  ! X-Frame-Options
`;

describe('parseHeadersFile', () => {
  it('leser stier, headere i rekkefølge, kommentarer og ! Navn', () => {
    const rules = parseHeadersFile(sample);
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/_astro/*', '/pagefind/:file', '/admin/*']);
    expect(rules[0]!.headers).toEqual([
      ['X-Frame-Options', 'DENY'],
      ['X-Test', 'a'],
    ]);
    expect(rules[0]!.line).toBe(2);
    expect(rules[3]!.detach).toEqual(['X-Frame-Options']);
  });

  it('beholder kolon i verdien', () => {
    expect(parseHeadersFile('/x\n  Link: <https://a.example/>; rel=preconnect\n')[0]!.headers).toEqual([
      ['Link', '<https://a.example/>; rel=preconnect'],
    ]);
  });

  it('lister alle feil med linjenummer', () => {
    const bad = '  X-Early: 1\nno-slash\n/ok\n  Broken line\n  Empty:\n/empty\n';
    expect(() => parseHeadersFile(bad)).toThrow(HeadersFileError);
    try {
      parseHeadersFile(bad);
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toContain('linje 1: header før første sti');
      expect(msg).toContain('linje 2: en regel begynner med en sti');
      expect(msg).toContain('linje 4: forventet «Navn: verdi»');
      expect(msg).toContain('linje 5: Empty mangler verdi');
      expect(msg).toContain('linje 6: /empty har ingen headere');
    }
  });
});

describe('mønstre', () => {
  it('* er hva som helst, også /, og :navn er ett ledd', () => {
    const re = (p: string) => new RegExp(patternSource(p));
    expect(re('/*').test('/')).toBe(true);
    expect(re('/*').test('/a/b/c.html')).toBe(true);
    expect(re('/_astro/*').test('/_astro/x.js')).toBe(true);
    expect(re('/_astro/*').test('/_astro')).toBe(false);
    expect(re('/pagefind/:file').test('/pagefind/pagefind.js')).toBe(true);
    expect(re('/pagefind/:file').test('/pagefind/fragment/nb_1.pf_fragment')).toBe(false);
    expect(re('/:file').test('/')).toBe(false);
    expect(re('/').test('/index.html')).toBe(false);
    expect(re('/a.b').test('/aXb'), 'punktum er bokstavelig').toBe(false);
  });
});

describe('headersFor', () => {
  const rules = parseHeadersFile(sample);
  it('samler headere fra alle regler som passer, med navn i små bokstaver', () => {
    expect(headersFor(rules, '/pagefind/pagefind.js')).toEqual({
      'x-frame-options': 'DENY',
      'x-test': 'a',
      'cache-control': 'no-cache',
    });
  });
  it('slår sammen en header fra to regler med komma, som Cloudflare', () => {
    expect(headersFor(rules, '/_astro/a.js')['x-test']).toBe('a, b');
  });
  it('fjerner en header med ! Navn', () => {
    expect(headersFor(rules, '/admin/')['x-frame-options']).toBeUndefined();
  });
});

describe('headerConflicts', () => {
  it('finner en header som to regler setter for samme sti', () => {
    const rules = parseHeadersFile(sample);
    expect(headerConflicts(rules, ['/_astro/a.js', '/pagefind/pagefind.js'])).toEqual([
      { path: '/_astro/a.js', header: 'x-test', patterns: ['/*', '/_astro/*'] },
    ]);
  });
});

describe('toNginx', () => {
  it('lager én map per header og add_header always i server-blokken', () => {
    const conf = toNginx(parseHeadersFile('/*\n  X-A: 1\n/b/*\n  X-B: "q"\n'), {
      banner: ['topp'],
      serverName: 'example.org',
      root: '/srv',
    });
    expect(conf).toMatch(/^# topp\n/);
    expect(conf).toContain('map $kb_path $kb_x_a {\n  default "";\n  "~^/.*$" "1";  # /*\n}');
    expect(conf).toContain('"~^/b/.*$" "\\"q\\"";');
    expect(conf).toContain('  add_header X-A $kb_x_a always;');
    expect(conf).toContain('  add_header X-B $kb_x_b always;');
    expect(conf).toContain('root /srv;');
  });
  it('nekter ! Navn, som nginx ikke kan uttrykke', () => {
    expect(() => toNginx(parseHeadersFile(sample), { banner: [], serverName: 'x', root: '/' })).toThrow(
      HeadersFileError,
    );
  });
});

describe('public/_headers', () => {
  const text = readFileSync(HEADERS_FILE, 'utf8');
  const rules = parseHeadersFile(text);
  const csp = (p: string) => headersFor(rules, p)['content-security-policy'] ?? '';
  const directive = (policy: string, name: string) =>
    policy
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `)) ?? '';

  it('docs/deploy/nginx.conf er generert fra den (npm run deploy:nginx)', () => {
    expect(readFileSync(NGINX_CONF, 'utf8')).toBe(nginxConfFromHeaders(text));
  });

  it('ingen regel bruker ! (nginx og Netlify kan ikke uttrykke det)', () => {
    expect(rules.filter((r) => r.detach.length).map((r) => r.pattern)).toEqual([]);
  });

  const paths = [
    '/',
    '/index.html',
    '/404.html',
    '/kommuner/',
    '/kommuner/moss/',
    '/sok/',
    '/admin/',
    '/admin/decap-cms.js',
    '/_astro/x.js',
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-worker.js',
    '/pagefind/fragment/nb_1.pf_fragment',
    '/pagefind/index/nb_1.pf_index',
    '/nyhetsbrev/x/epost.html',
  ];

  it('setter ingen header to ganger for samme sti', () => {
    expect(headerConflicts(rules, paths)).toEqual([]);
  });

  it('skript bare fra egen opprinnelse, uten unsafe-inline, og unsafe-eval bare i /admin/ (Decaps AJV, docs/deploy.md)', () => {
    for (const p of paths) {
      const script = directive(csp(p), 'script-src');
      expect(script, p).toMatch(/^script-src 'self'/);
      expect(script, p).not.toMatch(/'unsafe-inline'|https?:|\*/);
      if (p.startsWith('/admin/')) expect(script, p).toBe("script-src 'self' 'unsafe-eval'");
      else expect(script, p).not.toContain("'unsafe-eval'");
      expect(csp(p), p).toMatch(/frame-ancestors 'none'/);
    }
  });

  it('Pagefind får kjøre WebAssembly og sin worker', () => {
    for (const p of ['/sok/', '/pagefind/pagefind-worker.js']) {
      expect(directive(csp(p), 'script-src'), p).toContain("'wasm-unsafe-eval'");
      expect(directive(csp(p), 'worker-src'), p).toContain("'self'");
      expect(directive(csp(p), 'connect-src'), p).toContain("'self'");
    }
  });

  it('hashede filer caches i et år, sider og Pagefinds inngangsfiler valideres på nytt', () => {
    const cache = (p: string) => headersFor(rules, p)['cache-control'];
    for (const p of [
      '/_astro/x.js',
      '/pagefind/fragment/nb_1.pf_fragment',
      '/pagefind/index/nb_1.pf_index',
      '/pagefind/filter/nb_1.pf_filter',
    ]) {
      expect(cache(p), p).toBe('public, max-age=31536000, immutable');
    }
    for (const p of [
      '/',
      '/kommuner/moss/',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.nb.pagefind',
      '/admin/decap-cms.js',
      '/rss.xml',
    ]) {
      expect(cache(p), p).toMatch(/max-age=0, must-revalidate/);
    }
  });

  it('herdingsheaderne gjelder overalt', () => {
    for (const p of paths) {
      const h = headersFor(rules, p);
      expect(h['strict-transport-security'], p).toMatch(/max-age=\d{7,}/);
      expect(h['x-content-type-options'], p).toBe('nosniff');
      expect(h['x-frame-options'], p).toBe('DENY');
      expect(h['referrer-policy'], p).toBeTruthy();
      expect(h['permissions-policy'], p).toMatch(/camera=\(\)/);
    }
  });
});

describe('serveStatic med headers', () => {
  it('sender headerne reglene gir stien, også på 404, og serverer ikke _headers', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'kb-headers-'));
    mkdirSync(path.join(root, '_astro'));
    writeFileSync(path.join(root, '_astro', 'a.css'), 'p{}');
    writeFileSync(path.join(root, '404.html'), 'ikke funnet');
    writeFileSync(path.join(root, '_headers'), sample);
    const server = await serveStatic(root, { headers: parseHeadersFile(sample) });
    try {
      const css = await fetch(`${server.url}/_astro/a.css`);
      expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(css.headers.get('x-test')).toBe('a, b');
      const missing = await fetch(`${server.url}/pagefind/x.js`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('cache-control')).toBe('no-cache');
      expect((await fetch(`${server.url}/_headers`)).status).toBe(404);
      const plain = await serveStatic(root);
      try {
        expect(
          (await fetch(`${plain.url}/_astro/a.css`)).headers.get('x-frame-options'),
          'uten headers som før',
        ).toBeNull();
      } finally {
        await plain.close();
      }
    } finally {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
