/**
 * The one decoder of HTML character references (numeric, hex and every WHATWG named reference,
 * also the legacy ones without a semicolon), for text taken from built HTML and from the HTML
 * of e-mail editions. It is the `entities` package that parse5 uses, so it decodes what a
 * browser would: invalid code points (0, surrogates, beyond U+10FFFF) become U+FFFD, unknown
 * names stay as they are.
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities';

/** References in element text as the characters they stand for. */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}

/**
 * References in an attribute value: as in text, except that a legacy reference without `;`
 * followed by a letter, digit or `=` stays (`?a=1&copy=2` keeps `&copy`), as HTML says.
 */
export function decodeAttribute(value: string): string {
  return value.includes('&') ? decodeHTMLAttribute(value) : value;
}
