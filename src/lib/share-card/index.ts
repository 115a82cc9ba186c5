/**
 * Share cards: the picture a page shows when it is shared (og:image). One card per page type,
 * drawn at build time: an SVG template whose text is turned into glyph outlines from the Inter
 * font file in node_modules (no system font is involved, so every build draws the same pixels),
 * rasterised to a 1200×630 PNG with sharp. No text reaches the SVG as text or markup: every
 * string becomes path data, so content cannot inject elements into the picture.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { create, type Font } from 'fontkitten';
import sharp from 'sharp';
import { shareCardLabels as L } from '../../i18n/share';
import { COLLECTIONS, navLabel } from '../collections';

export const SHARE_CARD_WIDTH = 1200;
export const SHARE_CARD_HEIGHT = 630;

/** What each card names: a collection as the main menu does (its record), other pages from src/i18n. */
export const SHARE_CARD_LABELS = {
  forside: L.forside,
  prosjekter: navLabel(COLLECTIONS.prosjekter),
  kommuner: navLabel(COLLECTIONS.kommuner),
  nettverk: navLabel(COLLECTIONS.nettverk),
  verktoy: navLabel(COLLECTIONS.verktoy),
  historier: navLabel(COLLECTIONS.historier),
  nyhetsbrev: navLabel(COLLECTIONS.nyhetsbrev),
  samlinger: navLabel(COLLECTIONS.samlinger),
  resultater: L.resultater,
  om: L.om,
  sok: L.sok,
  data: L.data,
  tilgjengelighet: L.tilgjengelighet,
  'ikke-funnet': L['ikke-funnet'],
} as const;

export type ShareCardType = keyof typeof SHARE_CARD_LABELS;
export const SHARE_CARD_TYPES = Object.keys(SHARE_CARD_LABELS) as ShareCardType[];

/** Page type of a URL path, from its first segment; '/' is the home page. */
const SECTION_TYPES: Record<string, ShareCardType> = {
  '': 'forside',
  prosjekter: 'prosjekter',
  kommuner: 'kommuner',
  nettverk: 'nettverk',
  verktoy: 'verktoy',
  historier: 'historier',
  nyhetsbrev: 'nyhetsbrev',
  samlinger: 'samlinger',
  resultater: 'resultater',
  om: 'om',
  sok: 'sok',
  data: 'data',
  tilgjengelighet: 'tilgjengelighet',
  '404': 'ikke-funnet',
};

/** The card type of a page, or an error naming the path when no card is made for its section. */
export function shareCardType(pathname: string): ShareCardType {
  const section = pathname.replace(/^\/+/, '').split('/')[0] ?? '';
  const type = SECTION_TYPES[section];
  if (type === undefined) {
    throw new Error(
      `Delingskort: siden «${pathname}» ligger i delen «${section}», som ikke har noe delingskort. ` +
        `Forventet en av: ${Object.keys(SECTION_TYPES)
          .map((s) => `«/${s}»`)
          .join(', ')} (legg den nye delen til i src/lib/share-card/index.ts og src/i18n/share.ts).`,
    );
  }
  return type;
}

/** URL path of a card's PNG. */
export const shareCardPath = (type: ShareCardType) => `/delingskort/${type}.png`;

let cachedFont: Font | undefined;
/** Inter (latin subset, default weight 400) from @fontsource-variable/inter. */
export function cardFont(): Font {
  if (cachedFont) return cachedFont;
  const css = createRequire(path.join(process.cwd(), 'package.json')).resolve('@fontsource-variable/inter');
  const file = path.join(path.dirname(css), 'files', 'inter-latin-wght-normal.woff2');
  const font = create(readFileSync(file));
  if ('isCollection' in font && font.isCollection)
    throw new Error(`Delingskort: ${file} er en fontsamling, forventet én font.`);
  cachedFont = font as Font;
  return cachedFont;
}

/** Width of `text` at `size` px, in px (no kerning). */
export function textWidth(font: Font, text: string, size: number): number {
  const scale = size / font.unitsPerEm;
  return font.glyphsForString(text).reduce((w, g) => w + g.advanceWidth * scale, 0);
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * `text` as the `d` of one SVG path, its baseline starting at (x, y), `size` px high em.
 * Every character must be in the font: a missing one fails with its code point.
 */
export function textPath(font: Font, text: string, x: number, y: number, size: number): string {
  const missing = [...new Set([...text].filter((c) => !/\s/.test(c) && !font.hasGlyphForCodePoint(c.codePointAt(0)!)))];
  if (missing.length > 0) {
    throw new Error(
      `Delingskort: teksten «${text}» har tegn som ikke finnes i fonten Inter (latin): ${missing
        .map((c) => `«${c}» (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`)
        .join(', ')}. Forventet bare tegn fra det latinske alfabetet.`,
    );
  }
  const scale = size / font.unitsPerEm;
  let pen = x;
  const parts: string[] = [];
  for (const glyph of font.glyphsForString(text)) {
    for (const c of glyph.path.commands) {
      const a = c.args.map((v, i) => (i % 2 === 0 ? round(pen + v * scale) : round(y - v * scale)));
      const op = { moveTo: 'M', lineTo: 'L', quadraticCurveTo: 'Q', bezierCurveTo: 'C', closePath: 'Z' }[c.command];
      if (op === undefined) throw new Error(`Delingskort: ukjent banekommando «${c.command}» i fonten.`);
      parts.push(op + a.join(' '));
    }
    pen += glyph.advanceWidth * scale;
  }
  return parts.join('');
}

/** The largest size up to `max` at which `text` fits in `width` px. */
function fittingSize(font: Font, text: string, width: number, max: number): number {
  const w = textWidth(font, text, max);
  return w <= width ? max : Math.floor((max * width) / w);
}

export interface CardText {
  siteName: string;
  label: string;
  footer: string;
}

/** The SVG of a card: site name, the page type (or a title), and the programme line. */
export function shareCardSvg({ siteName, label, footer }: CardText, font: Font = cardFont()): string {
  const margin = 80;
  const inner = SHARE_CARD_WIDTH - 2 * margin;
  const nameSize = fittingSize(font, siteName, inner, 96);
  const labelSize = fittingSize(font, label, inner, 64);
  const footerSize = fittingSize(font, footer, inner, 32);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_CARD_WIDTH}" height="${SHARE_CARD_HEIGHT}" viewBox="0 0 ${SHARE_CARD_WIDTH} ${SHARE_CARD_HEIGHT}">`,
    `<rect width="${SHARE_CARD_WIDTH}" height="${SHARE_CARD_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${SHARE_CARD_WIDTH}" height="24" fill="#0062ba"/>`,
    `<rect x="${margin}" y="300" width="120" height="8" fill="#0062ba"/>`,
    // Stroke in the fill colour thickens the regular weight into a heading.
    `<path fill="#1e2b3c" stroke="#1e2b3c" stroke-width="2.5" stroke-linejoin="round" d="${textPath(font, siteName, margin, 240, nameSize)}"/>`,
    `<path fill="#1e2b3c" d="${textPath(font, label, margin, 410, labelSize)}"/>`,
    `<path fill="#4a5563" d="${textPath(font, footer, margin, 550, footerSize)}"/>`,
    `</svg>`,
  ].join('');
}

/** A card as PNG bytes; the same text gives the same bytes on every build (no metadata, fixed settings). */
export async function renderShareCard(text: CardText): Promise<Buffer> {
  return sharp(Buffer.from(shareCardSvg(text)))
    .png({ compressionLevel: 9, adaptiveFiltering: false, palette: false })
    .toBuffer();
}
