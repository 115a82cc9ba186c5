/** Norwegian (nb-NO) formatting of dates and numbers, in one place. */

const dateLong = new Intl.DateTimeFormat('nb-NO', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const integer = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });

/** "23. oktober 2006". Dates from front matter are UTC midnight, so format in UTC. */
export function formatDate(date: Date): string {
  return dateLong.format(date);
}

/** ISO date for `<time datetime>`: "2006-10-23". */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "1–3. mars 2008", "30. mars – 1. april 2008", or one date when there is no end. */
export function formatDateRange(start: Date, end?: Date): string {
  if (!end || isoDate(start) === isoDate(end)) return formatDate(start);
  const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
  if (sameYear && start.getUTCMonth() === end.getUTCMonth()) {
    return `${start.getUTCDate()}.–${formatDate(end)}`;
  }
  const startText = sameYear ? formatDate(start).replace(/ \d{4}$/, '') : formatDate(start);
  return `${startText} – ${formatDate(end)}`;
}

/** "12 345" with a narrow no-break space as thousands separator, as nb-NO writes it. */
export function formatInteger(n: number): string {
  return integer.format(n);
}

/** No-break space (U+00A0) between a number and its unit, as Intl's percent style writes it. */
export const NBSP = '\u00A0';

/**
 * "9,8 %" with the given number of decimals, with a no-break space (U+00A0) between number and
 * sign, as Intl's percent style writes it, so that «10,0 %» never wraps between «10,0» and «%».
 */
export function formatPercent(value: number, decimals = 1): string {
  return `${formatDecimal(value, decimals)}${NBSP}%`;
}

/** "0,9" with the given number of decimals and no unit, e.g. for «0,9 prosentpoeng». */
export function formatDecimal(value: number, decimals = 1): string {
  return fixed(decimals).format(value);
}

const signed = new Intl.NumberFormat('nb-NO', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});

/** "+0,3", "−0,4" or "0,0": a change with one decimal and its sign (none for zero). */
export function formatSignedDecimal(value: number): string {
  return signed.format(value);
}

/** One formatter per number of decimals: making an Intl.NumberFormat per call is slow. */
const fixedFormats = new Map<number, Intl.NumberFormat>();
function fixed(decimals: number): Intl.NumberFormat {
  let f = fixedFormats.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    fixedFormats.set(decimals, f);
  }
  return f;
}

/** Norwegian alphabetical order (æ, ø, å last), for sorting titles and names. */
export const compareNb = new Intl.Collator('nb').compare;

/**
 * Order by UTF-16 code unit, as `Array.prototype.sort()` without a comparator: for ids, paths and
 * URLs, the same on every host (`localeCompare()` without a locale follows the host's locale).
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const osloParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day of `date` in Norway (Europe/Oslo) as YYYY-MM-DD, whatever the host's time zone: "today". */
export function osloDate(date: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    osloParts.formatToParts(date).find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** "1 prosjekt", "3 prosjekter". */
export function plural(n: number, one: string, many: string): string {
  return `${formatInteger(n)} ${n === 1 ? one : many}`;
}

/** «a, b eller c»: alternatives in a sentence, the nb-NO way. */
export function orList(items: readonly string[]): string {
  return new Intl.ListFormat('nb-NO', { style: 'long', type: 'disjunction' }).format(items);
}

const conjunction = new Intl.ListFormat('nb-NO', { style: 'long', type: 'conjunction' });

/**
 * What goes before each of `n` items written as one list in a sentence, the nb-NO way («a, b og
 * c» → `['', ', ', ' og ']`): for lists whose items are not plain text, such as links.
 */
export function listSeparators(n: number): string[] {
  const out: string[] = [];
  let before = '';
  for (const part of conjunction.formatToParts(Array.from({ length: n }, (_, i) => String(i)))) {
    if (part.type === 'literal') before += part.value;
    else {
      out.push(before);
      before = '';
    }
  }
  return out;
}
