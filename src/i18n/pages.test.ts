import { describe, expect, it } from 'vitest';
import { FOCUS_LABELS, SECTOR_RECORDS } from '../lib/schemas/vocabulary';
import { COLLECTIONS } from '../lib/collections';
import { homePage, municipalityPage, networkPage, newsletterPage } from './pages';

describe('sidetekstene', () => {
  it('forsiden lager lenketekstene av vokabularene og registeret', () => {
    expect(homePage.inSector(SECTOR_RECORDS['pleie-og-omsorg'].inText)).toBe('Prosjekter i pleie og omsorg');
    expect(homePage.inSector(SECTOR_RECORDS.oppvekst.inText, homePage.oppvekstCovers)).toBe(
      'Prosjekter i oppvekst (barnehage, skole, SFO)',
    );
    expect(homePage.aboutFocus(FOCUS_LABELS.nærvær)).toBe('Prosjekter om nærvær og sykefravær');
    expect(homePage.figure(COLLECTIONS.verktoy.labels.plural)).toBe('verktøy og metoder');
    expect(homePage.newsletterNumber('12')).toBe('Nr. 12');
  });

  it('kommunesiden setter navn, pulje og diagramtype inn i setningene', () => {
    expect(municipalityPage.title('Verdal')).toBe('Verdal kommune');
    expect(municipalityPage.description('Verdal', 'Pulje 1')).toBe(
      'Verdal i Kvalitetskommuneprogrammet: pulje 1, nettverk, prosjekter og gode historier.',
    );
    expect(municipalityPage.poolStart('våren 2007')).toBe('(fra våren 2007)');
    expect(municipalityPage.spcNote('p-prime')).toBe(
      'Laneys p′-diagram; tallene er eksempeldata. Se «Slik beregner vi» under Resultater.',
    );
    expect(municipalityPage.spcNote('p')).toMatch(/^p-diagram; /);
    expect(municipalityPage.surveyNote('Regel.', 'Grenser.', true)).toBe('Regel. Grenser. Tallene er eksempeldata.');
    expect(municipalityPage.surveyNote('Regel.', 'Grenser.', false)).toBe('Regel. Grenser.');
  });

  it('nettverks- og nyhetsbrevsidene', () => {
    expect(networkPage.description('Nettverk A', 'Pulje 2', 'Gjøvik, Hamar')).toBe(
      'Nettverk A: læringsnettverk i pulje 2 med Gjøvik, Hamar.',
    );
    expect(networkPage.spcNote('p')).toBe('p-diagram; tallene er eksempeldata.');
    expect(newsletterPage.number('7')).toBe('Nyhetsbrev nr. 7');
    expect(newsletterPage.previous('Vår')).toBe('Forrige: Vår');
  });
});
