/**
 * The character encoding of content files: UTF-8, with or without a byte-order mark, and
 * nothing else.
 *
 * Norwegian Excel saves «CSV (semikolondelt)» in Windows-1252 by default. Read as UTF-8, its
 * æ, ø and å are invalid bytes that Node's 'utf8' decoding silently turns into U+FFFD, so the
 * column «år» became «�r», the check reported a missing column and the pages showed «L�ten».
 * The bytes are now decoded with `TextDecoder('utf-8', { fatal: true })`, and a file that is not
 * UTF-8 is refused with a message naming the encoding it looks like, the line, and how to save
 * it as UTF-8.
 *
 * Refused rather than guessed: the same bytes are different letters in Windows-1252, Mac Roman
 * and ISO-8859-x, and a wrong guess would publish wrong names without a word; saving again as
 * UTF-8 takes the editor half a minute. A UTF-16 file (Excel's «Unicode-tekst», or a byte-order
 * mark FF FE / FE FF) is refused the same way. A UTF-8 byte-order mark, which Excel's «CSV
 * UTF-8» writes, is accepted and removed.
 */

export type Decoded = { ok: true; text: string } | { ok: false; line: number; message: string };

/** Excel's menu path to a UTF-8 CSV, for the messages. */
export const SAVE_AS_UTF8_CSV =
  'Lagre filen på nytt i Excel: Fil → Lagre som → velg filtypen «CSV UTF-8 (kommadelt) (*.csv)» → Lagre (semikolon eller komma som skilletegn går begge an)';

const SAVE_AS_UTF8_TEXT =
  'Lagre filen på nytt med tegnsettet UTF-8 (i VS Code: klikk på tegnsettet nederst til høyre → «Save with Encoding» → «UTF-8»)';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/** Decodes a content file; `fileName` decides the advice (Excel for .csv, an editor otherwise). */
export function decodeContent(bytes: Uint8Array, fileName: string): Decoded {
  const csv = /\.csv$/i.test(fileName);
  const howTo = csv ? SAVE_AS_UTF8_CSV : SAVE_AS_UTF8_TEXT;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      line: 1,
      message: `filen er lagret som UTF-16 (Unicode-tekst, byte-rekkefølgemerket ${bytes[0] === 0xff ? 'FF FE' : 'FE FF'} først i filen); forventet UTF-8. ${howTo}.`,
    };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return {
      ok: false,
      line: lineAt(bytes, nul),
      message: `filen inneholder NUL-byte (0x00), så den er ikke tekst i UTF-8 (kanskje UTF-16 uten byte-rekkefølgemerke); forventet UTF-8. ${howTo}.`,
    };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { ok: true, text: utf8.decode(bytes.subarray(start)) };
  } catch {
    const bad = firstInvalidUtf8(bytes, start);
    const line = lineAt(bytes, bad);
    const shown = showLine(bytes, bad);
    const byte = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      line,
      message:
        `filen er ikke lagret som UTF-8: byten 0x${byte} på linje ${line} er ikke gyldig UTF-8. ` +
        `Den ser ut til å være lagret som Windows-1252 (ANSI, Vest-europeisk)${csv ? ', som er det Excel bruker for «CSV (semikolondelt)»,' : ''} eller et annet eldre tegnsett; ` +
        `lest slik står det «${shown}» på linjen. ${howTo}. Filen leses ikke med et gjettet tegnsett, fordi de samme bytene er forskjellige bokstaver i forskjellige tegnsett.`,
    };
  }
}

/** Offset of the first byte that does not begin or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The line holding `offset`, read as Windows-1252, at most 60 characters. */
function showLine(bytes: Uint8Array, offset: number): string {
  let from = offset;
  while (from > 0 && bytes[from - 1] !== 0x0a) from--;
  let to = offset;
  while (to < bytes.length && bytes[to] !== 0x0a && bytes[to] !== 0x0d) to++;
  const text = windows1252.decode(bytes.subarray(from, to)).replace(/\p{Cc}/gu, ' ');
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
