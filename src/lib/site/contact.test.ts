import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addressLines,
  assertSiteConfig,
  checkSiteConfig,
  emailEditionHref,
  lineFinder,
  mailto,
  siteConfig,
  type SiteConfig,
} from './contact';

const source = readFileSync(new URL('./contact.ts', import.meta.url), 'utf8');

describe('siteConfig', () => {
  it('the configuration in the repository is valid', () => {
    expect(checkSiteConfig(siteConfig)).toEqual([]);
    expect(() => assertSiteConfig(siteConfig, source)).not.toThrow();
  });

  it('reports every bad field at once, with file, line, value and what was expected', () => {
    const bad: SiteConfig = {
      kontakt: {
        ...siteConfig.kontakt,
        epost: 'sekretariatet ks.no',
        adresse: { gate: 'Postboks 1378 Vika', postnummer: '114', sted: 'Oslo' },
      },
      epostutgave: { emne: 'Abonner', liste: 'www.ks.no/liste' },
    };
    const problems = checkSiteConfig(bad, lineFinder(source));
    expect(problems.map((p) => p.field)).toEqual(['kontakt.epost', 'kontakt.adresse.postnummer', 'epostutgave.liste']);
    expect(() => assertSiteConfig(bad, source)).toThrow(
      /src\/lib\/site\/contact\.ts:\d+ kontakt\.epost: fant «sekretariatet ks\.no», ventet en e-postadresse/,
    );
    expect(() => assertSiteConfig(bad, source)).toThrow(/kontakt\.adresse\.postnummer: fant «114», ventet fire sifre/);
    expect(() => assertSiteConfig(bad, source)).toThrow(/3 feil i innholdet/);
    const line = problems[0]!.line!;
    expect(source.split('\n')[line - 1]).toMatch(/^\s*epost:/);
  });

  it('builds a mailto link with an encoded subject', () => {
    expect(mailto('a@ks.no', 'Abonner på Månedsnytt')).toBe(
      'mailto:a@ks.no?subject=Abonner%20p%C3%A5%20M%C3%A5nedsnytt',
    );
    expect(emailEditionHref(siteConfig)).toBe(mailto(siteConfig.kontakt.epost, siteConfig.epostutgave.emne));
    expect(emailEditionHref({ ...siteConfig, epostutgave: { emne: 'x y z', liste: 'https://ks.no/liste' } })).toBe(
      'https://ks.no/liste',
    );
  });

  it('writes the address as a letter has it', () => {
    expect(addressLines(siteConfig.kontakt)).toEqual([
      'KS, Sekretariatet for Kvalitetskommuneprogrammet',
      'Postboks 1378 Vika',
      '0114 Oslo',
    ]);
  });
});
