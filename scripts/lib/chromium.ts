/**
 * Finds a Chromium to drive (site tests, Lighthouse, the search bench), so that `npm test` works on
 * a fresh machine with only Node and npm. Looked for in this order:
 *
 * 1. `CHROMIUM_PATH`: that file and nothing else (a wrong path is an error, never a fallback);
 * 2. an installed Chromium or Chrome (on PATH, or the usual macOS application folders);
 * 3. Playwright's browser cache (`PLAYWRIGHT_BROWSERS_PATH` or the default cache folder);
 * 4. the Chromium inside the npm package @sparticuz/chromium (Linux x64): its brotli-compressed
 *    binary and the NSS libraries it needs are unpacked once into node_modules/.cache/, and its
 *    library folder goes on LD_LIBRARY_PATH. It then needs nothing from the system but glibc.
 *
 * `KB_CHROMIUM=bundled` skips 1-3 and takes the package's Chromium (to test that path on a machine
 * that has a system Chromium). Every browser is started with the project's own flags
 * (CHROMIUM_FLAGS), not the package's serverless defaults.
 */
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { extract } from 'tar-fs';

/** The project's Chromium flags: headless, as root in a container, no GPU, no calls home. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
];

/** Where a browser was found. */
export type ChromiumSource = 'CHROMIUM_PATH' | 'installert' | 'Playwright-cache' | '@sparticuz/chromium';

export interface FoundChromium {
  executablePath: string;
  source: ChromiumSource;
  /** Environment variables to start it with (added to the current environment). */
  env: Record<string, string>;
}

/** What the search looks at: the environment, the platform and the file system (injectable for tests). */
export interface Host {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  arch: string;
  home: string;
  /** True for an existing regular file (or a symlink to one). */
  isFile: (file: string) => boolean;
  /** Names in a folder, or [] when it does not exist. */
  list: (dir: string) => string[];
}

/** One place to look, in order; `bundled` is the npm package's Chromium. */
export type Candidate =
  { kind: 'file'; file: string; source: Exclude<ChromiumSource, '@sparticuz/chromium'> } | { kind: 'bundled' };

const INSTALLED_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const MAC_APPS = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Playwright's cache folder on this platform (PLAYWRIGHT_BROWSERS_PATH wins). */
function playwrightCache(host: Host): string {
  const set = host.env.PLAYWRIGHT_BROWSERS_PATH;
  if (set && set !== '0') return set;
  if (host.platform === 'darwin') return path.join(host.home, 'Library', 'Caches', 'ms-playwright');
  if (host.platform === 'win32')
    return path.join(host.env.LOCALAPPDATA ?? path.join(host.home, 'AppData', 'Local'), 'ms-playwright');
  return path.join(host.env.XDG_CACHE_HOME ?? path.join(host.home, '.cache'), 'ms-playwright');
}

/** Browsers in Playwright's cache, newest revision first (full Chromium before the headless shell). */
function playwrightBrowsers(host: Host): string[] {
  const cache = playwrightCache(host);
  const revision = (name: string) => Number(name.slice(name.lastIndexOf('-') + 1)) || 0;
  const found: string[] = [];
  for (const prefix of ['chromium-', 'chromium_headless_shell-']) {
    const dirs = host
      .list(cache)
      .filter((name) => name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)))
      .sort((a, b) => revision(b) - revision(a));
    for (const dir of dirs) {
      const base = path.join(cache, dir);
      const files =
        host.platform === 'darwin'
          ? [
              path.join(base, 'chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'),
              path.join(
                base,
                'chrome-mac-arm64',
                'Google Chrome for Testing.app',
                'Contents',
                'MacOS',
                'Google Chrome for Testing',
              ),
              path.join(base, 'chrome-headless-shell-mac-arm64', 'chrome-headless-shell'),
              path.join(base, 'chrome-headless-shell-mac-x64', 'chrome-headless-shell'),
            ]
          : [
              path.join(base, 'chrome-linux64', 'chrome'),
              path.join(base, 'chrome-linux', 'chrome'),
              path.join(base, 'chrome-headless-shell-linux64', 'chrome-headless-shell'),
              path.join(base, 'chrome-linux', 'headless_shell'),
            ];
      found.push(...files);
    }
  }
  return found;
}

/**
 * The places to look, in order. Throws for a KB_CHROMIUM value it does not know (never a silent
 * default).
 */
export function chromiumCandidates(host: Host): Candidate[] {
  const mode = host.env.KB_CHROMIUM;
  if (mode !== undefined && mode !== '' && mode !== 'auto' && mode !== 'bundled') {
    throw new Error(
      `KB_CHROMIUM=«${mode}» er ukjent: forventet «bundled» (Chromium fra npm-pakken @sparticuz/chromium) eller «auto» (standard).`,
    );
  }
  if (mode === 'bundled') return [{ kind: 'bundled' }];
  const chosen = host.env.CHROMIUM_PATH;
  if (chosen) return [{ kind: 'file', file: chosen, source: 'CHROMIUM_PATH' }];
  const candidates: Candidate[] = [];
  const pathDirs = (host.env.PATH ?? '').split(host.platform === 'win32' ? ';' : ':').filter(Boolean);
  for (const name of INSTALLED_NAMES) {
    for (const dir of pathDirs) candidates.push({ kind: 'file', file: path.join(dir, name), source: 'installert' });
  }
  if (host.platform === 'darwin')
    for (const file of MAC_APPS) candidates.push({ kind: 'file', file, source: 'installert' });
  for (const file of playwrightBrowsers(host)) candidates.push({ kind: 'file', file, source: 'Playwright-cache' });
  candidates.push({ kind: 'bundled' });
  return candidates;
}

/** The first candidate that exists (the bundled one when the package can run here), or an error saying where it looked. */
export function pickChromium(host: Host, bundledAvailable: boolean): Candidate {
  const candidates = chromiumCandidates(host);
  for (const candidate of candidates) {
    if (candidate.kind === 'bundled' ? bundledAvailable : host.isFile(candidate.file)) return candidate;
  }
  const [first] = candidates;
  if (first?.kind === 'file' && first.source === 'CHROMIUM_PATH') {
    throw new Error(
      `CHROMIUM_PATH=«${first.file}» finnes ikke: forventet stien til en kjørbar Chromium eller Chrome (eller fjern CHROMIUM_PATH).`,
    );
  }
  const places = candidates.filter((c) => c.kind === 'file').map((c) => c.file);
  const bundledWhy = `@sparticuz/chromium (finnes bare for Linux x64, og pakken må være installert med npm install; her: ${host.platform} ${host.arch})`;
  throw new Error(
    `Fant ingen Chromium. Så etter: ${[...new Set(places)].join(', ') || '(ingen stier)'}, og ${bundledWhy}. ` +
      'Installer Chromium eller Chrome, eller sett CHROMIUM_PATH til en kjørbar fil.',
  );
}

function realHost(): Host {
  return {
    env: process.env,
    platform: process.platform,
    arch: process.arch,
    home: os.homedir(),
    isFile: (file) => {
      try {
        return statSync(file).isFile();
      } catch {
        return false;
      }
    },
    list: (dir) => {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    },
  };
}

/** The installed @sparticuz/chromium package's folder and version, or undefined. */
function bundledPackage(): { root: string; version: string } | undefined {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  } catch {
    return undefined;
  }
  const root = path.resolve(path.dirname(entry), '..'); // <root>/build/index.js
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  return { root, version };
}

async function unbrotli(from: string, to: string): Promise<void> {
  await pipeline(createReadStream(from), createBrotliDecompress(), createWriteStream(to, { mode: 0o755 }));
}

async function unbrotliTar(from: string, dir: string): Promise<void> {
  await pipeline(createReadStream(from), createBrotliDecompress(), extract(dir));
}

/**
 * Unpacks the package's Chromium (binary, NSS libraries, fonts) into node_modules/.cache/ once;
 * a half-written unpack is never used (it is renamed into place when complete).
 */
async function unpackBundled(pkg: { root: string; version: string }): Promise<FoundChromium> {
  const cacheRoot = path.resolve(pkg.root, '..', '..', '.cache', 'kb-chromium');
  const dir = path.join(cacheRoot, pkg.version);
  const executablePath = path.join(dir, 'chromium');
  const env = {
    LD_LIBRARY_PATH: [path.join(dir, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
    FONTCONFIG_FILE: path.join(dir, 'fonts.conf'),
  };
  if (existsSync(executablePath)) return { executablePath, source: '@sparticuz/chromium', env };

  mkdirSync(cacheRoot, { recursive: true });
  const work = path.join(cacheRoot, `.${pkg.version}-${process.pid}-${Date.now()}`);
  mkdirSync(work, { recursive: true });
  try {
    const bin = path.join(pkg.root, 'bin');
    await Promise.all([
      unbrotli(path.join(bin, 'chromium.br'), path.join(work, 'chromium')),
      unbrotliTar(path.join(bin, 'al2023.tar.br'), work), // lib/libnss3.so and friends
      unbrotliTar(path.join(bin, 'fonts.tar.br'), work), // fonts/Open_Sans/*.ttf
    ]);
    // The package's fonts.conf points at AWS Lambda's folders; ours at the unpacked fonts only.
    writeFileSync(
      path.join(work, 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${path.join(dir, 'fonts')}</dir>\n  <cachedir>${path.join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
    );
    try {
      renameSync(work, dir);
    } catch (error) {
      // Another process finished first: use its copy.
      if (!existsSync(executablePath)) throw error;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { executablePath, source: '@sparticuz/chromium', env };
}

/** Finds (and for the npm package's Chromium, unpacks) the browser to use. */
export async function findChromium(): Promise<FoundChromium> {
  const host = realHost();
  const pkg = host.platform === 'linux' && host.arch === 'x64' ? bundledPackage() : undefined;
  const choice = pickChromium(host, pkg !== undefined);
  if (choice.kind === 'file') return { executablePath: choice.file, source: choice.source, env: {} };
  if (!pkg) throw new Error('@sparticuz/chromium er ikke installert (npm install).');
  return unpackBundled(pkg);
}
