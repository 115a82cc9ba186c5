/**
 * The editor's settings: one place, documented defaults, local mode without a repository, and
 * a publishing build that stops with a message naming the setting to fill in.
 */
import { describe, expect, it } from 'vitest';
import {
  CMS_SETTINGS,
  DEFAULT_AUTH_BASE_URL,
  DEFAULT_LOCAL_PROXY_URL,
  REPO_PLACEHOLDER,
  readCmsSettings,
} from './settings';

describe('innstillingene for redaksjonsverktøyet', () => {
  it('uten noe satt: lokal modus med standardverdiene, en advarsel og ingen feil', () => {
    const r = readCmsSettings({}, 'https://www.kvalitetskommuner.no');
    expect(r.errors).toEqual([]);
    expect(r.settings).toEqual({
      mode: 'local',
      repo: undefined,
      branch: 'main',
      siteUrl: 'https://www.kvalitetskommuner.no',
      authBaseUrl: DEFAULT_AUTH_BASE_URL,
      authEndpoint: 'auth',
      localProxyUrl: DEFAULT_LOCAL_PROXY_URL,
    });
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('KB_CMS_REPO');
  });

  it('plassholderen regnes som ikke satt', () => {
    expect(readCmsSettings({ KB_CMS_REPO: REPO_PLACEHOLDER }, undefined).settings.mode).toBe('local');
  });

  it('publiseringsbygg uten depot: feil som nevner KB_CMS_REPO', () => {
    for (const env of [
      { KB_PUBLISERING: '1' },
      { KB_PUBLISERING: '1', KB_CMS_REPO: REPO_PLACEHOLDER },
      { KB_PUBLISERING: '1', KB_CMS_REPO: '  ' },
    ]) {
      const r = readCmsSettings(env, undefined);
      expect(r.errors, JSON.stringify(env)).toHaveLength(1);
      expect(r.errors[0]).toMatch(/^KB_CMS_REPO er ikke fylt ut: et publiseringsbygg \(KB_PUBLISERING=1\)/);
    }
  });

  it('publiseringsbygg med depot: GitHub, ingen feil og ingen advarsel', () => {
    const r = readCmsSettings(
      {
        KB_PUBLISERING: '1',
        KB_CMS_REPO: 'kvalitetskommuner/kompetansebanken',
        KB_CMS_BRANCH: 'publisering',
        KB_CMS_AUTH_URL: 'https://auth.example.no/',
      },
      undefined,
    );
    expect(r).toMatchObject({ errors: [], warnings: [] });
    expect(r.settings).toMatchObject({
      mode: 'github',
      repo: 'kvalitetskommuner/kompetansebanken',
      branch: 'publisering',
      authBaseUrl: 'https://auth.example.no',
    });
  });

  it('gale verdier gir én feil hver, alle på en gang, med innstilling, verdi og hva som ventes', () => {
    const r = readCmsSettings(
      {
        KB_CMS_REPO: 'bare-et-navn',
        KB_CMS_BRANCH: 'a..b',
        KB_CMS_AUTH_URL: 'http://usikker.example',
        KB_CMS_LOKAL_URL: 'localhost:8081',
        KB_PUBLISERING: 'ja',
        KB_CMS_AUTH_ENDPOINT: 'a b',
      },
      undefined,
    );
    expect(r.errors).toEqual([
      'KB_PUBLISERING=«ja»: forventet 1 (publiseringsbygg) eller 0/tom.',
      expect.stringMatching(/^KB_CMS_REPO=«bare-et-navn»: forventet et GitHub-depot på formen eier\/navn/),
      'KB_CMS_BRANCH=«a..b»: forventet et gyldig grennavn, for eksempel main.',
      'KB_CMS_AUTH_URL=«http://usikker.example»: forventet en fullstendig nettadresse som begynner med https://.',
      'KB_CMS_AUTH_ENDPOINT=«a b»: forventet en sti som auth eller api/auth.',
      'KB_CMS_LOKAL_URL=«localhost:8081»: forventet en fullstendig nettadresse som begynner med http:// eller https://.',
    ]);
  });

  it('hver innstilling er dokumentert i docs/cms.md', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../../docs/cms.md', import.meta.url), 'utf8');
    for (const s of CMS_SETTINGS) expect(doc, s.env).toContain(`\`${s.env}\``);
  });
});
