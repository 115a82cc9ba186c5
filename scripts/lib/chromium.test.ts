import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumCandidates, pickChromium, type Host } from './chromium';

function host(files: string[], over: Partial<Host> = {}): Host {
  const set = new Set(files);
  return {
    env: { PATH: '/usr/local/bin:/usr/bin' },
    platform: 'linux',
    arch: 'x64',
    home: '/home/kari',
    isFile: (file) => set.has(file),
    list: (dir) => [
      ...new Set(files.filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1).split('/')[0]!)),
    ],
    ...over,
  };
}

describe('pickChromium', () => {
  it('CHROMIUM_PATH wins over an installed Chromium', () => {
    const h = host(['/usr/bin/chromium', '/opt/chrome'], { env: { PATH: '/usr/bin', CHROMIUM_PATH: '/opt/chrome' } });
    expect(pickChromium(h, true)).toEqual({ kind: 'file', file: '/opt/chrome', source: 'CHROMIUM_PATH' });
  });

  it('a CHROMIUM_PATH that does not exist is an error naming it, never a fallback', () => {
    const h = host(['/usr/bin/chromium'], { env: { PATH: '/usr/bin', CHROMIUM_PATH: '/feil/sti' } });
    expect(() => pickChromium(h, true)).toThrow('CHROMIUM_PATH=«/feil/sti» finnes ikke');
  });

  it('takes an installed chromium on PATH, then google-chrome', () => {
    expect(pickChromium(host(['/usr/bin/chromium', '/usr/bin/google-chrome']), true)).toMatchObject({
      file: '/usr/bin/chromium',
      source: 'installert',
    });
    expect(pickChromium(host(['/usr/bin/google-chrome']), true)).toMatchObject({
      file: '/usr/bin/google-chrome',
      source: 'installert',
    });
  });

  it("then Playwright's cache, newest revision first", () => {
    const cache = '/home/kari/.cache/ms-playwright';
    const files = [`${cache}/chromium-1100/chrome-linux/chrome`, `${cache}/chromium-1200/chrome-linux64/chrome`];
    expect(pickChromium(host(files), true)).toMatchObject({
      file: `${cache}/chromium-1200/chrome-linux64/chrome`,
      source: 'Playwright-cache',
    });
    const custom = host(['/pw/chromium_headless_shell-1200/chrome-linux/headless_shell'], {
      env: { PATH: '/usr/bin', PLAYWRIGHT_BROWSERS_PATH: '/pw' },
    });
    expect(pickChromium(custom, true)).toMatchObject({
      file: '/pw/chromium_headless_shell-1200/chrome-linux/headless_shell',
    });
  });

  it("then the npm package's Chromium", () => {
    expect(pickChromium(host([]), true)).toEqual({ kind: 'bundled' });
  });

  it('KB_CHROMIUM=bundled skips the installed browsers', () => {
    const h = host(['/usr/bin/chromium'], {
      env: { PATH: '/usr/bin', KB_CHROMIUM: 'bundled', CHROMIUM_PATH: '/usr/bin/chromium' },
    });
    expect(chromiumCandidates(h)).toEqual([{ kind: 'bundled' }]);
  });

  it('an unknown KB_CHROMIUM is an error naming the value and what is expected', () => {
    expect(() => chromiumCandidates(host([], { env: { KB_CHROMIUM: 'system' } }))).toThrow(
      /KB_CHROMIUM=«system» er ukjent: forventet «bundled»/,
    );
  });

  it('with nothing found, says where it looked', () => {
    expect(() => pickChromium(host([], { platform: 'darwin', arch: 'arm64' }), false)).toThrow(
      /Fant ingen Chromium\. Så etter: .*\/usr\/bin\/chromium.*\/Applications\/Google Chrome\.app.*darwin arm64/,
    );
  });

  it('looks in the macOS application folders on a Mac', () => {
    const app = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(pickChromium(host([app], { platform: 'darwin', arch: 'arm64' }), false)).toMatchObject({ file: app });
    expect(path.isAbsolute(app)).toBe(true);
  });
});
