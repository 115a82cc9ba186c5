import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  SHARE_CARD_HEIGHT,
  SHARE_CARD_TYPES,
  SHARE_CARD_WIDTH,
  cardFont,
  renderShareCard,
  shareCardPath,
  shareCardSvg,
  shareCardType,
  textPath,
  textWidth,
} from '.';

const text = { siteName: 'Kompetansebanken', label: 'Prosjekter', footer: 'Kvalitetskommuneprogrammet 2007–2010' };

describe('shareCardType', () => {
  it('names the card of a page by its first path segment', () => {
    expect(shareCardType('/')).toBe('forside');
    expect(shareCardType('/prosjekter/')).toBe('prosjekter');
    expect(shareCardType('/prosjekter/pulje/1/sektor/oppvekst/')).toBe('prosjekter');
    expect(shareCardType('/resultater/slik-beregner-vi/')).toBe('resultater');
    expect(shareCardType('/404/')).toBe('ikke-funnet');
    expect(shareCardPath('kommuner')).toBe('/delingskort/kommuner.png');
  });

  it('fails with the path when a section has no card', () => {
    expect(() => shareCardType('/ukjent/side/')).toThrow(/siden «\/ukjent\/side\/» ligger i delen «ukjent»/);
  });

  it('has a card for every type', () => {
    expect(SHARE_CARD_TYPES).toContain('historier');
    expect(new Set(SHARE_CARD_TYPES).size).toBe(SHARE_CARD_TYPES.length);
  });
});

describe('shareCardSvg', () => {
  it('turns text into outlines, so content cannot put markup in the SVG', () => {
    const svg = shareCardSvg({ ...text, label: '</svg><script>alert("x")</script>&amp; <text>' });
    const tags = [...svg.matchAll(/<\/?([a-zA-Z][\w:-]*)/g)].map((m) => m[1]);
    expect(new Set(tags)).toEqual(new Set(['svg', 'rect', 'path']));
    expect(svg).not.toContain('script');
    expect(svg).not.toContain('alert');
  });

  it('draws each string as a path whose width follows the font', () => {
    const font = cardFont();
    expect(textWidth(font, 'Kompetansebanken', 100)).toBeGreaterThan(textWidth(font, 'Kommuner', 100));
    const d = textPath(font, 'Hå', 10, 100, 50);
    expect(d).toMatch(/^M[\d. ]+/);
    expect(d.endsWith('Z')).toBe(true);
  });

  it('fits a long label inside the card', () => {
    const label = 'Kvalitetskommuneprogrammets læringsnettverk for sykefravær og brukerundersøkelser';
    const svg = shareCardSvg({ ...text, label });
    const xs = [...svg.matchAll(/[MLQC]([\d. -]+)/g)].flatMap((m) =>
      m[1]!
        .trim()
        .split(' ')
        .filter((_, i) => i % 2 === 0)
        .map(Number),
    );
    expect(Math.max(...xs)).toBeLessThanOrEqual(SHARE_CARD_WIDTH - 80 + 1);
  });

  it('fails naming the characters the font lacks', () => {
    expect(() => textPath(cardFont(), 'Жизнь', 0, 0, 10)).toThrow(/«Ж» \(U\+0416\)/);
  });
});

describe('renderShareCard', () => {
  it('writes a 1200×630 PNG, byte-identical for the same text and different for other text', async () => {
    const [a, b, c] = await Promise.all([
      renderShareCard(text),
      renderShareCard(text),
      renderShareCard({ ...text, label: 'Kommuner' }),
    ]);
    const meta = await sharp(a).metadata();
    expect(meta.format).toBe('png');
    expect([meta.width, meta.height]).toEqual([SHARE_CARD_WIDTH, SHARE_CARD_HEIGHT]);
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
    // The text is drawn: the label's band has dark pixels, the empty band below the footer has none.
    const { data, info } = await sharp(a).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const darkIn = (y0: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y++) for (let x = 0; x < info.width; x++) if (data[(y * info.width + x) * 3]! < 100) n++;
      return n;
    };
    expect(darkIn(350, 420)).toBeGreaterThan(1000);
    expect(darkIn(570, 630)).toBe(0);
  });
});
