/**
 * The editor's settings in a real build of the small fixture set: a publishing build
 * (KB_PUBLISERING=1) without KB_CMS_REPO stops before building anything, with a Norwegian message
 * naming the setting to fill in; with the repository it builds /admin/ for GitHub. (A plain
 * `npm run build` with no settings builds /admin/ in local mode: tests/site/admin.test.ts.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../helpers/build';

/** The small fixture set with these settings (and none of the caller's KB_* variables). */
const build = (name: string, env: Record<string, string>) =>
  buildFixture('tests/fixtures/content-small', name, { env });

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
