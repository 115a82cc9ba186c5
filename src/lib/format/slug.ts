/**
 * URL slugs for vocabulary values and titles: lower case, æ/ø/å written as ae/o/a, other
 * accents removed, anything else a hyphen. "Møre og Romsdal" -> "more-og-romsdal".
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
