/**
 * Numbers in the cells of the data files editors keep (sykefravaer/*.csv, undersokelser/*.csv).
 *
 * `Number('')` and `Number('  ')` are 0, so a reader built on `Number()` or `z.coerce.number()`
 * publishes an empty cell as the figure 0 without a word. Here a cell is a number only when it is
 * written as one: an empty or blank cell, text, `1e3`, `0x10` or `Infinity` is an error the
 * content check reports with file, line and column, and the build refuses (the loaders parse
 * every row with the same schemas).
 *
 * Accepted, as Norwegian Excel writes numbers and as editors type them:
 * - digits with a decimal comma or point: `980`, `980,5`, `4.8`;
 * - a minus sign, the ASCII `-` or U+2212 `−` (what the nb-NO number format writes): `-0,5`;
 * - thousands grouped by a space, no-break space (Excel's «# ##0» format) or narrow no-break
 *   space, in groups of three: `10 000`, `1 234,5`.
 * Not accepted: a point or comma as a thousands separator (`10.000` would be read as 10, so a
 * number with both a point and a comma is refused), an exponent, a unit or a percent sign.
 */
import { z } from 'zod';

const NUMBER = /^([-\u2212])?(\d+|\d{1,3}(?:[ \u00A0\u202F]\d{3})+)(?:[.,](\d+))?$/;
const INTEGER = /^([-\u2212])?(\d+|\d{1,3}(?:[ \u00A0\u202F]\d{3})+)$/;

/** The number a cell is written as, or undefined when it is not a number (also when empty). */
export function readNumberCell(text: string): number | undefined {
  const m = NUMBER.exec(text.trim());
  if (!m) return undefined;
  const digits = m[2]!.replace(/[ \u00A0\u202F]/g, '');
  const value = Number(`${m[1] ? '-' : ''}${digits}${m[3] === undefined ? '' : `.${m[3]}`}`);
  return Number.isFinite(value) ? value : undefined;
}

/** What an empty cell is told: it is not 0. */
export const EMPTY_CELL =
  'et tall, ikke en tom celle (en tom eller blank celle blir ikke lest som 0; skriv 0 hvis tallet er 0)';

/**
 * A zod schema for a numeric cell: a string that must be a number (see the module comment),
 * read as that number. `expected` follows "forventet" in the message, e.g.
 * «et tall med desimalkomma, f.eks. 4,8». With `integer`, decimals are refused too.
 * Pipe the result into `z.number()` checks for ranges.
 */
export function numberCell(expected: string, options: { integer?: boolean } = {}) {
  return z
    .string()
    .trim()
    .min(1, { message: EMPTY_CELL, abort: true })
    .regex(options.integer ? INTEGER : NUMBER, { message: expected })
    .transform((text) => readNumberCell(text) ?? Number.NaN);
}
