/**
 * The `_headers` file of Netlify and Cloudflare Pages: parsing, matching a URL path against
 * its rules, a check that no header is set twice for one path, and an nginx configuration
 * generated from it (docs/deploy/nginx.conf), so that public/_headers is the one source of
 * the site's HTTP headers.
 *
 * Syntax: a line starting with `/` is a URL pattern; the indented `Name: value` lines under it
 * are its headers; `# ...` is a comment. In a pattern `*` matches anything (slashes included)
 * and `:name` one path segment. `! Name` (Cloudflare) removes a header set by an earlier rule.
 *
 * Hosts differ when several rules that match one path set the same header: Cloudflare joins
 * the values with a comma (for Content-Security-Policy that means two policies, both enforced),
 * other hosts let the last one win. So our file never does that, and `headerConflicts` is
 * the test for it: with no conflicts every host, nginx included, sends the same headers.
 */

export interface HeaderRule {
  /** URL pattern as written, e.g. `/_astro/*`. */
  pattern: string;
  /** 1-based line of the pattern in the file. */
  line: number;
  /** Headers in file order, names as written. */
  headers: [name: string, value: string][];
  /** Header names removed with `! Name`. */
  detach: string[];
}

export class HeadersFileError extends Error {}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const lineNo = i + 1;
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      if (!line.startsWith('/'))
        problems.push(`linje ${lineNo}: en regel begynner med en sti som starter med /, fant «${line}»`);
      else if (/\s/.test(line)) problems.push(`linje ${lineNo}: stien «${line}» har mellomrom`);
      else rules.push({ pattern: line, line: lineNo, headers: [], detach: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) {
      problems.push(`linje ${lineNo}: header før første sti`);
      return;
    }
    if (line.startsWith('!')) {
      const name = line.slice(1).trim();
      if (!/^[A-Za-z0-9-]+$/.test(name)) problems.push(`linje ${lineNo}: ugyldig headernavn etter !: «${name}»`);
      else rule.detach.push(name);
      return;
    }
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    const value = colon > 0 ? line.slice(colon + 1).trim() : '';
    if (!/^[A-Za-z0-9-]+$/.test(name)) problems.push(`linje ${lineNo}: forventet «Navn: verdi», fant «${line}»`);
    else if (value === '') problems.push(`linje ${lineNo}: ${name} mangler verdi`);
    else rule.headers.push([name, value]);
  });
  for (const r of rules)
    if (r.headers.length === 0 && r.detach.length === 0)
      problems.push(`linje ${r.line}: ${r.pattern} har ingen headere`);
  if (problems.length) throw new HeadersFileError(`Feil i _headers:\n${problems.join('\n')}`);
  return rules;
}

const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** The pattern as a regular expression source over the URL path: `*` any text, `:x` one segment. */
export function patternSource(pattern: string): string {
  let out = '';
  for (const part of pattern.split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)) {
    if (part === '*') out += '.*';
    else if (part.startsWith(':') && part.length > 1) out += '[^/]+';
    else out += escape(part);
  }
  return `^${out}$`;
}

export function matches(rule: HeaderRule, urlPath: string): boolean {
  return new RegExp(patternSource(rule.pattern)).test(urlPath);
}

export function matchingRules(rules: HeaderRule[], urlPath: string): HeaderRule[] {
  return rules.filter((r) => matches(r, urlPath));
}

/**
 * The headers a host sends for `urlPath`, keyed by lower-case name, as Cloudflare Pages
 * computes them: every matching rule in file order, a repeated header joined with ", ",
 * `! Name` removing what earlier rules set.
 */
export function headersFor(rules: HeaderRule[], urlPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of matchingRules(rules, urlPath)) {
    for (const name of rule.detach) delete out[name.toLowerCase()];
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}

export interface HeaderConflict {
  path: string;
  header: string;
  /** The patterns of the rules that all set it. */
  patterns: string[];
}

/** Headers set by more than one rule matching the same path, which hosts resolve differently. */
export function headerConflicts(rules: HeaderRule[], urlPaths: Iterable<string>): HeaderConflict[] {
  const out: HeaderConflict[] = [];
  for (const p of urlPaths) {
    const setBy = new Map<string, string[]>();
    for (const rule of matchingRules(rules, p)) {
      for (const name of new Set(rule.headers.map(([n]) => n.toLowerCase())))
        setBy.set(name, [...(setBy.get(name) ?? []), rule.pattern]);
    }
    for (const [header, patterns] of setBy) if (patterns.length > 1) out.push({ path: p, header, patterns });
  }
  return out;
}

/** The headers of each rule, merged for a pattern written twice, in file order. */
function headerNames(rules: HeaderRule[]): string[] {
  const names = new Map<string, string>();
  for (const r of rules) for (const [n] of r.headers) if (!names.has(n.toLowerCase())) names.set(n.toLowerCase(), n);
  return [...names.values()];
}

const nginxString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const nginxVar = (header: string) => `$kb_${header.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;

export interface NginxOptions {
  /** Comment lines at the top (without `#`). */
  banner: string[];
  serverName: string;
  root: string;
  /** A plain `listen` address instead of the HTTPS server and the redirect from port 80 (tests). */
  listen?: string;
}

const NGINX_TYPES: Record<string, string> = {
  'text/html': 'html',
  'text/css': 'css',
  'text/javascript': 'js mjs',
  'application/json': 'json',
  'application/xml': 'xml',
  'image/svg+xml': 'svg',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/jpeg': 'jpg jpeg',
  'image/png': 'png',
  'text/csv': 'csv',
  'text/plain': 'txt',
  'text/calendar': 'ics',
  'application/yaml': 'yml yaml',
  'application/pdf': 'pdf',
  'font/woff2': 'woff2',
  'application/wasm': 'wasm',
};

/**
 * An nginx configuration that sends the same headers as the `_headers` file: one `map` per
 * header name from the request path (without the query string) to its value, or to "" where
 * no rule sets it (nginx leaves out a header with an empty value), and one `add_header ...
 * always` per name in the server block, so 404 pages get them too. Requires a file without
 * `!` and without conflicts (then the order of the regexes in a map does not matter).
 */
export function toNginx(rules: HeaderRule[], options: NginxOptions): string {
  if (rules.some((r) => r.detach.length))
    throw new HeadersFileError('toNginx: `! Navn` kan ikke uttrykkes i nginx-oppsettet.');
  const L: string[] = options.banner.map((b) => (b ? `# ${b}` : '#'));
  L.push('');
  L.push('# The request path without the query string, as the _headers patterns see it.');
  L.push('map $request_uri $kb_path {', '  "~^(?<kb_p>[^?]*)" $kb_p;', '  default $request_uri;', '}');
  for (const name of headerNames(rules)) {
    L.push('', `map $kb_path ${nginxVar(name)} {`, '  default "";');
    for (const r of rules) {
      for (const [n, v] of r.headers) {
        if (n.toLowerCase() === name.toLowerCase())
          L.push(`  ${nginxString(`~${patternSource(r.pattern)}`)} ${nginxString(v)};  # ${r.pattern}`);
      }
    }
    L.push('}');
  }
  const server = [
    `  server_name ${options.serverName};`,
    `  root ${options.root};`,
    '  index index.html;',
    '  server_tokens off;',
    '  absolute_redirect off;  # /kommuner -> /kommuner/ as a relative redirect',
    '  error_page 404 /404.html;',
    '',
    '  # Text is compressed; Pagefind files (.pf_*, wasm.*.pagefind) are gzip inside already.',
    '  gzip on;',
    '  gzip_vary on;',
    '  gzip_types text/css text/javascript application/json application/xml image/svg+xml',
    '             text/csv text/plain application/yaml;',
    '  types {',
    ...Object.entries(NGINX_TYPES).map(([type, exts]) => `    ${type} ${exts};`),
    '  }',
    '  default_type application/octet-stream;',
    '',
    '  # Headers from public/_headers. nginx drops server-level add_header lines in a location',
    '  # that has add_header lines of its own: keep them here only.',
    ...headerNames(rules).map((name) => `  add_header ${name} ${nginxVar(name)} always;`),
    '',
    '  # Plain static files: /x/ serves /x/index.html, /x redirects to /x/, the rest is 404.',
    '  location / {',
    '  }',
  ];
  if (options.listen) {
    L.push('', 'server {', `  listen ${options.listen};`, ...server, '}');
  } else {
    L.push(
      '',
      'server {',
      '  listen 80;',
      '  listen [::]:80;',
      `  server_name ${options.serverName};`,
      '  return 301 https://$host$request_uri;',
      '}',
      '',
      'server {',
      '  listen 443 ssl;',
      '  listen [::]:443 ssl;',
      '  # http2 on;  # nginx 1.25.1 or newer',
      `  ssl_certificate     /etc/letsencrypt/live/${options.serverName}/fullchain.pem;`,
      `  ssl_certificate_key /etc/letsencrypt/live/${options.serverName}/privkey.pem;`,
      ...server,
      '}',
    );
  }
  L.push('');
  return L.join('\n');
}

/** Where the generated nginx example lives, and what it is generated from. */
export const HEADERS_FILE = 'public/_headers';
export const NGINX_CONF = 'docs/deploy/nginx.conf';

/** docs/deploy/nginx.conf from the text of public/_headers (`npm run deploy:nginx`). */
export function nginxConfFromHeaders(headersText: string, overrides: Partial<NginxOptions> = {}): string {
  return toNginx(parseHeadersFile(headersText), {
    banner: [
      'Kompetansebanken on nginx: the built dist/ as static files, with the same HTTP headers as',
      'public/_headers (Netlify, Cloudflare Pages). GENERATED from public/_headers by',
      '`npm run deploy:nginx`; do not edit by hand (a unit test fails when the two differ).',
      'See docs/deploy.md. Put this file in the http {} context, e.g. /etc/nginx/conf.d/,',
      'and copy dist/ to the root below.',
    ],
    serverName: 'www.kvalitetskommuner.no',
    root: '/var/www/kompetansebanken',
    ...overrides,
  });
}
