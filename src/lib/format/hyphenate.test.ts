import { describe, expect, it } from 'vitest';
import {
  MIN_LETTERS,
  SOFT_HYPHEN,
  TEXT_MIN_LETTERS,
  hyphenate,
  hyphenateHeadings,
  hyphenateHtml,
  hyphenatePage,
  stripSoftHyphens,
} from './hyphenate';

/** Shows the soft hyphens as «|». */
const show = (s: string) => s.replaceAll(SOFT_HYPHEN, '|');

describe('hyphenate: myke bindestreker i lange norske ord', () => {
  it('deler lange sammensatte ord etter bokmålsmønstrene', () => {
    expect(show(hyphenate('Kvalitetskommuneprogrammet'))).toBe('Kva|li|tets|kom|mune|pro|gram|met');
    expect(show(hyphenate('Tilgjengelighetserklæring'))).toBe('Til|gjen|ge|lig|hets|er|klæ|ring');
    expect(show(hyphenate('Om Kvalitetskommuneprogrammet'))).toBe('Om Kva|li|tets|kom|mune|pro|gram|met');
  });

  it(`ord under ${MIN_LETTERS} bokstaver blir som de er`, () => {
    expect(show(hyphenate('Læringsnettverk Innlandet'))).toBe('Læ|rings|nett|verk Innlandet');
    expect(hyphenate('Gode historier om samarbeid')).toBe('Gode historier om samarbeid');
    expect(hyphenate('Sykefravær')).toBe('Sykefravær'); // 10 letters
    expect(hyphenate('Kompetansene')).not.toBe('Kompetansene'); // 12 letters
    expect(hyphenate('Kompetansen')).toBe('Kompetansen'); // 11 letters
  });

  it('tall, nettadresser, e-postadresser og stier blir som de er', () => {
    for (const text of [
      '12345678901234567',
      'https://www.kvalitetskommuner.no/prosjekter/',
      'www.kvalitetskommunene.no',
      'kvalitetskommuneprogrammet@ks.no',
      '/vedlegg/kvalitetskommuneprogrammet.pdf',
      'kvalitetskommuner.no',
    ])
      expect(hyphenate(text), text).toBe(text);
  });

  it('delene av et ord med bindestrek deles hver for seg, tall i ordet røres ikke', () => {
    expect(show(hyphenate('KS-Kvalitetskommuneprogrammet'))).toBe('KS-Kva|li|tets|kom|mune|pro|gram|met');
    expect(show(hyphenate('2009-Kvalitetskommuneprogrammet'))).toBe('2009-Kva|li|tets|kom|mune|pro|gram|met');
  });

  it('ingen del på én bokstav: en fuge-s hører til forleddet', () => {
    expect(show(hyphenate('Nærværsambassadøren'))).toBe('Nær|værs|am|bas|sa|dø|ren');
    for (const word of ['Kvalitetskommuneprogrammet', 'Nærværsambassadøren', 'Arbeidsmiljøundersøkelse'])
      expect(
        hyphenate(word)
          .split(SOFT_HYPHEN)
          .every((piece) => piece.length >= 2),
        word,
      ).toBe(true);
  });

  it('gjør ingenting to ganger, og stripSoftHyphens gir teksten tilbake', () => {
    const once = hyphenate('Medarbeiderundersøkelse og brukerundersøkelser i hjemmetjenesten');
    expect(hyphenate(once)).toBe(once);
    expect(stripSoftHyphens(once)).toBe('Medarbeiderundersøkelse og brukerundersøkelser i hjemmetjenesten');
    expect(stripSoftHyphens('a&shy;b&#173;c&#xAD;d')).toBe('abcd');
  });
});

describe('hyphenateHtml: bare tekst, ikke tagger, entiteter eller tekst på et annet språk', () => {
  it('tagger og attributter røres ikke', () => {
    const html =
      '<a href="/kvalitetskommuneprogrammet/" title="Kvalitetskommuneprogrammet">Kvalitetskommuneprogrammet</a>';
    expect(show(hyphenateHtml(html))).toBe(
      '<a href="/kvalitetskommuneprogrammet/" title="Kvalitetskommuneprogrammet">Kva|li|tets|kom|mune|pro|gram|met</a>',
    );
  });

  it('entiteter blir hele', () => {
    expect(show(hyphenateHtml('Tana &amp; Kvalitetskommuneprogrammet &#8211; x'))).toBe(
      'Tana &amp; Kva|li|tets|kom|mune|pro|gram|met &#8211; x',
    );
  });

  it('tekst med lang="se" deles ikke med bokmålsmønstrene', () => {
    const html =
      'Kvalitetskommuneprogrammet <span class="subtle" lang="se">Guovdageainnugielda</span> Kvalitetskommuneprogrammet';
    expect(show(hyphenateHtml(html))).toBe(
      'Kva|li|tets|kom|mune|pro|gram|met <span class="subtle" lang="se">Guovdageainnugielda</span> Kva|li|tets|kom|mune|pro|gram|met',
    );
  });
});

describe('hyphenateHeadings: overskriftene på en side, ikke resten', () => {
  it('deler ord i h1-h6 og lar avsnitt og attributter være', () => {
    const html = [
      '<h1 class="ds-heading" data-size="lg">Om Kvalitetskommuneprogrammet</h1>',
      '<p>Kvalitetskommuneprogrammet</p>',
      '<h2 id="kvalitetskommuneprogrammet">Medarbeiderundersøkelser</h2>',
      '<h3><a href="/x/">Nærværsambassadøren</a></h3>',
    ].join('\n');
    expect(show(hyphenateHeadings(html)).split('\n')).toEqual([
      '<h1 class="ds-heading" data-size="lg">Om Kva|li|tets|kom|mune|pro|gram|met</h1>',
      '<p>Kvalitetskommuneprogrammet</p>',
      '<h2 id="kvalitetskommuneprogrammet">Med|ar|bei|der|un|der|sø|kel|ser</h2>',
      '<h3><a href="/x/">Nær|værs|am|bas|sa|dø|ren</a></h3>',
    ]);
  });
});

describe('hyphenatePage: overskrifter og svært lange ord i avsnitt', () => {
  it(`deler ord på minst ${TEXT_MIN_LETTERS} bokstaver i <p>, lar kortere ord, adresser og <path> være`, () => {
    const html = [
      '<h2>Medarbeiderundersøkelser</h2>',
      '<p class="lead">Erfaringer fra Kvalitetskommuneprogrammet og sykefraværsarbeidet</p>',
      '<p>Se https://www.kvalitetskommuner.no/arbeidstakerorganisasjonene/</p>',
      '<svg><path d="M0 0"/></svg><picture>Arbeidstakerorganisasjonene</picture>',
    ].join('\n');
    expect(show(hyphenatePage(html)).split('\n')).toEqual([
      '<h2>Med|ar|bei|der|un|der|sø|kel|ser</h2>',
      '<p class="lead">Erfaringer fra Kva|li|tets|kom|mune|pro|gram|met og sykefraværsarbeidet</p>',
      '<p>Se https://www.kvalitetskommuner.no/arbeidstakerorganisasjonene/</p>',
      '<svg><path d="M0 0"/></svg><picture>Arbeidstakerorganisasjonene</picture>',
    ]);
  });

  it('gir samme tekst uten myke bindestreker', () => {
    const html = '<h1>Tilgjengelighetserklæring</h1><p>Sykefraværsutviklingen i arbeidstakerorganisasjonene</p>';
    expect(stripSoftHyphens(hyphenatePage(html))).toBe(html);
  });
});
