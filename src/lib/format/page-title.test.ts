import { describe, expect, it } from 'vitest';
import { documentTitle, MAX_TITLE_LENGTH } from './page-title';

const site = 'Kompetansebanken';

describe('documentTitle', () => {
  it('adds the site name when it fits', () => {
    expect(documentTitle('Om kompetansebanken', site)).toBe('Om kompetansebanken – Kompetansebanken');
    const exact = 'x'.repeat(MAX_TITLE_LENGTH - ' – Kompetansebanken'.length);
    expect(documentTitle(exact, site)).toBe(`${exact} – ${site}`);
  });

  it('drops the site name when the title would be too long with it', () => {
    const title = 'Prosjekter som bruker Brukerundersøkelser og bedrekommune.no';
    expect(documentTitle(title, site)).toBe(title);
  });

  it('cuts a title that is too long on its own at a word boundary', () => {
    const title =
      'Dette er en svært lang tittel på et prosjekt som handler om nærvær, arbeidsmiljø og trivsel i barnehagen';
    const out = documentTitle(title, site);
    expect([...out].length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(out).toBe('Dette er en svært lang tittel på et prosjekt som handler om nærvær…');
  });

  it('counts characters, not UTF-16 units, and cuts a single long word hard', () => {
    expect(documentTitle('ø'.repeat(70), site)).toBe('ø'.repeat(70));
    expect(documentTitle('x'.repeat(80), site, 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
