/**
 * The e-mail edition of the newsletters: each newsletter as a self-contained, e-mail-safe HTML
 * document and as plain text, written by src/pages/nyhetsbrev/[id]/epost.html.ts and
 * epost.txt.ts next to the newsletter's web page. Everything here is pure; ./source.ts is the
 * one place that reads Astro entries and image files.
 */
export { absoluteUrl, cleanHtml, imageSources, CONTENT_WIDTH, type CleanOptions, type ImageSize } from './clean';
export { emailBodyHtml, renderEmailHtml, ELEMENT_STYLES } from './html';
export { emailUrls, emailText, type EmailNewsletter, type EmailOptions } from './newsletter';
export { emailBodyText, renderEmailText, wrap, TEXT_WIDTH } from './text';
