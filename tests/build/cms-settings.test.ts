/**
 * The editor's settings in a real build of the small fixture set: a publishing build
 * (KB_PUBLISERING=1) without KB_CMS_REPO stops before building anything, with a Norwegian message
 * naming the setting to fill in; with the repository it builds /admin/ for GitHub. (A plain
 * `npm run build` with no settings builds /admin/ in local mode: tests/site/admin.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const output = join(root, 'tests/.output');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

function build(name: string, env: Record<string, string>) {
  const outDir = join(output, name);
  rmSync(outDir, { recursive: true, force: true });
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('KB_CMS_') && k !== 'KB_PUBLISERING'),
  );
  const run = spawnSync(process.execPath, [astro, 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...clean,
      ASTRO_TELEMETRY_DISABLED: '1',
      KB_CONTENT_DIR: 'tests/fixtures/content-small',
      KB_OUT_DIR: outDir,
      KB_CACHE_DIR: join(output, `cache-${name}`),
      ...env,
    },
  });
  return { status: run.status, outDir, log: `${run.stdout}\n${run.stderr}` };
}

describe('publiseringsbygg og redaksjonsverktøyet', () => {
  it('uten KB_CMS_REPO stopper bygget med en melding som sier hvilken innstilling som mangler', () => {
    const run = build('cms-publishing-no-repo', { KB_PUBLISERING: '1' });
    expect(run.status).not.toBe(0);
    expect(run.log).toContain(
      'KB_CMS_REPO er ikke fylt ut: et publiseringsbygg (KB_PUBLISERING=1) trenger GitHub-depotet',
    );
    expect(existsSync(join(run.outDir, 'index.html')), 'ingen sider bygget').toBe(false);
  });

  it('med KB_CMS_REPO bygges /admin/ for GitHub, uten advarsel', () => {
    const run = build('cms-publishing', {
      KB_PUBLISERING: '1',
      KB_CMS_REPO: 'kvalitetskommuner/kompetansebanken',
      KB_CMS_AUTH_URL: 'https://auth.example.no',
    });
    expect(run.status, run.log).toBe(0);
    expect(run.log).not.toContain('KB_CMS_REPO er ikke fylt ut');
    const config = parse(readFileSync(join(run.outDir, 'admin/config.yml'), 'utf8')) as {
      backend: Record<string, string>;
    };
    expect(config.backend).toEqual({
      name: 'github',
      repo: 'kvalitetskommuner/kompetansebanken',
      branch: 'main',
      base_url: 'https://auth.example.no',
      auth_endpoint: 'auth',
    });
  });
});
