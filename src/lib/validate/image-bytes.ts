/**
 * Rule: a picture is what its bytes say, not what its name says. A Word document renamed to
 * .jpg, an HTML page saved as .png, an SVG (which can carry script) under a .jpg name, or a
 * PNG called .jpg is refused: the build's image pipeline would fail on it, or publish it as
 * something else. The first bytes (the format's signature) decide.
 */
import type { Problem } from './problem';

export type PictureFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif' | 'svg' | 'heic' | 'tiff' | 'bmp' | 'pdf';

/** Extensions each format may have. */
const EXTENSIONS: Partial<Record<PictureFormat, readonly string[]>> = {
  jpeg: ['.jpg', '.jpeg'],
  png: ['.png'],
  webp: ['.webp'],
  avif: ['.avif'],
};

/** Norwegian names of formats that are not allowed, for the message. */
const NAMES: Record<PictureFormat, string> = {
  jpeg: 'JPEG',
  png: 'PNG',
  webp: 'WebP',
  avif: 'AVIF',
  gif: 'GIF',
  svg: 'SVG (tekst som kan inneholde skript)',
  heic: 'HEIC (iPhone-bilde)',
  tiff: 'TIFF',
  bmp: 'BMP',
  pdf: 'PDF',
};

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The format the first bytes (at least 32) of a file show, if it is a known one. */
export function sniffPicture(head: Uint8Array): PictureFormat | undefined {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(head, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  if (ascii(head, 4, 8) === 'ftyp') {
    const brand = ascii(head, 8, 12);
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (/^(heic|heix|hevc|mif1|msf1)$/.test(brand)) return 'heic';
  }
  if (ascii(head, 0, 4) === 'GIF8') return 'gif';
  if (ascii(head, 0, 4) === 'II*\0' || ascii(head, 0, 4) === 'MM\0*') return 'tiff';
  if (ascii(head, 0, 2) === 'BM') return 'bmp';
  if (ascii(head, 0, 5) === '%PDF-') return 'pdf';
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^<(\?xml|svg|!--|!DOCTYPE svg)/i.test(text)) return 'svg';
  return undefined;
}

/** The problem with a picture file `file` whose first bytes are `head`, if any. */
export function pictureProblem(file: string, head: Uint8Array): Problem | undefined {
  const ext = file.slice(file.lastIndexOf('.')).toLowerCase();
  const format = sniffPicture(head);
  const allowed = 'JPEG (.jpg), PNG (.png), WebP (.webp) eller AVIF (.avif)';
  const at = (message: string): Problem => ({ file, field: '(bilde)', message });
  if (!format) {
    return at(
      `innholdet i filen er ikke et bilde (de første bytene er ${hexHead(head)}); forventet et bilde i ${allowed}. Lagre bildet på nytt fra et bildeprogram i stedet for å gi filen nytt navn`,
    );
  }
  const extensions = EXTENSIONS[format];
  if (!extensions)
    return at(
      `innholdet i filen er ${NAMES[format]}, ikke et bildeformat nettstedet publiserer; forventet et bilde i ${allowed}`,
    );
  if (!extensions.includes(ext)) {
    return at(
      `filen heter ${ext}, men innholdet er ${NAMES[format]}; forventet endelsen ${extensions[0]} (gi filen riktig endelse og rett bilde.src)`,
    );
  }
  return undefined;
}

function hexHead(head: Uint8Array) {
  return `«${[...head.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join(' ')}»`;
}
