/**
 * The e-mail-safe HTML edition of a newsletter: one self-contained document with a 600 px
 * table layout, every style inline (mail clients drop <style> and never load stylesheets),
 * absolute URLs and sized images, ready to paste into a mailing tool.
 *
 * The layout is "fluid hybrid": the content table has width="600" for clients that only read
 * attributes (Outlook on Windows) and `width:100%; max-width:600px` for the rest, so it also
 * fits a 320 px phone without sideways scrolling.
 */
import { cleanHtml, CONTENT_WIDTH, type ImageSize } from './clean';
import { urls } from '../format/urls';
import { absolute, emailPageUrl, emailText, emailUrls, type EmailNewsletter, type EmailOptions } from './newsletter';
import { VOID_ELEMENTS } from '../markup/void-elements';
import { escapeAttribute, escapeText, type Node } from './parse';

export { CONTENT_WIDTH, type ImageSize };

const FONT = 'font-family:Arial,Helvetica,sans-serif;';
const TEXT = '#1a1a1a';
const MUTED = '#4a4a4a';
const BRAND = '#1e4d7b';
const LINE = '#c8d3e0';
const TINT = '#eef2f7';
const PAGE = '#f2f4f7';
const WRAP = 'overflow-wrap:anywhere;word-break:break-word;';
const BODY_TEXT = `${FONT}font-size:16px;line-height:24px;color:${TEXT};`;

/** Inline style of each element of the cleaned body. */
export const ELEMENT_STYLES: Record<string, string> = {
  p: `margin:0 0 16px;${BODY_TEXT}`,
  h2: `margin:32px 0 12px;${FONT}font-size:22px;line-height:28px;font-weight:bold;color:${BRAND};${WRAP}`,
  h3: `margin:24px 0 8px;${FONT}font-size:18px;line-height:24px;font-weight:bold;color:${TEXT};${WRAP}`,
  h4: `margin:20px 0 8px;${FONT}font-size:16px;line-height:24px;font-weight:bold;color:${TEXT};`,
  ul: `margin:0 0 16px;padding:0 0 0 24px;${BODY_TEXT}`,
  ol: `margin:0 0 16px;padding:0 0 0 24px;${BODY_TEXT}`,
  li: `margin:0 0 8px;${BODY_TEXT}`,
  a: `color:${BRAND};text-decoration:underline;${WRAP}`,
  strong: 'font-weight:bold;',
  em: 'font-style:italic;',
  del: 'text-decoration:line-through;',
  sup: 'font-size:12px;line-height:0;vertical-align:super;',
  sub: 'font-size:12px;line-height:0;vertical-align:sub;',
  code: `font-family:Consolas,Menlo,'Courier New',monospace;font-size:14px;background-color:${PAGE};padding:1px 4px;`,
  pre: `margin:0 0 16px;padding:12px;background-color:${PAGE};font-family:Consolas,Menlo,'Courier New',monospace;font-size:14px;line-height:20px;color:${TEXT};white-space:pre-wrap;${WRAP}`,
  blockquote: `margin:0 0 16px;padding:4px 0 4px 16px;border-left:4px solid ${LINE};color:${MUTED};`,
  img: 'display:block;max-width:100%;height:auto;border:0;outline:none;text-decoration:none;margin:0 0 8px;',
  table: `width:100%;margin:0 0 16px;border-collapse:collapse;${FONT}font-size:15px;line-height:22px;color:${TEXT};`,
  caption: `padding:0 0 8px;text-align:left;font-weight:bold;`,
  thead: '',
  tbody: '',
  tfoot: '',
  tr: '',
  th: `padding:6px 8px;border:1px solid ${LINE};background-color:${TINT};text-align:left;vertical-align:top;font-weight:bold;`,
  td: `padding:6px 8px;border:1px solid ${LINE};text-align:left;vertical-align:top;`,
  hr: `margin:24px 0;border:0;border-top:1px solid ${LINE};height:0;`,
  div: 'margin:0;',
  dl: `margin:0 0 16px;${BODY_TEXT}`,
  dt: 'margin:0;font-weight:bold;',
  dd: 'margin:0 0 8px 16px;',
  br: '',
};

/** Inline code keeps its grey box; code in a code block takes the block's look. */
const CODE_IN_PRE = 'font-family:inherit;font-size:inherit;background-color:transparent;padding:0;';

function serialize(nodes: readonly Node[], parent = ''): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      out += escapeText(node.value);
      continue;
    }
    const { name, attrs, children } = node;
    let style = ELEMENT_STYLES[name] ?? '';
    if (name === 'code' && parent === 'pre') style = CODE_IN_PRE;
    if ((name === 'th' || name === 'td') && attrs.align)
      style = style.replace('text-align:left;', `text-align:${attrs.align};`);
    const attrText = Object.entries(attrs)
      .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
      .join('');
    const extra = name === 'table' ? ' cellpadding="0" cellspacing="0" border="0"' : '';
    const open = `<${name}${attrText}${extra}${style ? ` style="${escapeAttribute(style)}"` : ''}>`;
    if (VOID_ELEMENTS.has(name)) {
      out += open;
      continue;
    }
    const element = `${open}${serialize(children, name)}</${name}>`;
    // A wide table scrolls inside its own box instead of widening the whole message.
    out += name === 'table' ? `<div style="overflow-x:auto;margin:0;">${element}</div>` : element;
  }
  return out;
}

/** The body of a newsletter as e-mail-safe HTML (a fragment, without the layout). */
export function emailBodyHtml(
  html: string,
  options: { base: string | URL; imageSizes?: ReadonlyMap<string, ImageSize> },
): string {
  return serialize(cleanHtml(html, options)).trim();
}

const link = (href: string, text: string) =>
  `<a href="${escapeAttribute(href)}" style="${escapeAttribute(ELEMENT_STYLES.a!)}">${escapeText(text)}</a>`;

/** The whole e-mail HTML document of a newsletter. */
export function renderEmailHtml(newsletter: EmailNewsletter, options: EmailOptions): string {
  const web = emailPageUrl(newsletter.id, options.site).href;
  const self = absolute(emailUrls.html(newsletter.id), options.site);
  const list = absolute(urls.newsletters(), options.site);
  const body =
    newsletter.bodyHtml !== undefined
      ? emailBodyHtml(newsletter.bodyHtml, { base: web, imageSizes: options.imageSizes })
      : `<p style="${escapeAttribute(ELEMENT_STYLES.p!)}">${escapeText(emailText.noBody)} ${link(web, web)}</p>`;

  const example = newsletter.eksempeldata
    ? `<tr><td style="padding:20px 24px 0;">` +
      `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;">` +
      `<tr><td style="padding:12px 16px;background-color:#fff8e1;border-left:4px solid #b26a00;${FONT}font-size:14px;line-height:20px;color:${TEXT};">` +
      `<strong style="font-weight:bold;">${escapeText(emailText.exampleLabel)}:</strong> ${escapeText(emailText.exampleExplained)}` +
      `</td></tr></table></td></tr>`
    : '';

  // The inbox preview line: invented content says so before its summary.
  const preheader = newsletter.eksempeldata
    ? `${emailText.exampleLabel}: ${newsletter.sammendrag}`
    : newsletter.sammendrag;
  const small = `margin:0 0 8px;${FONT}font-size:14px;line-height:20px;color:${MUTED};`;

  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeAttribute(self)}">
<title>${escapeText(emailText.documentTitle(newsletter))}</title>
</head>
<body style="margin:0;padding:0;width:100%;background-color:${PAGE};-webkit-text-size-adjust:100%;">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">${escapeText(preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;background-color:${PAGE};">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;border-collapse:collapse;table-layout:fixed;background-color:#ffffff;">
<tr><td style="padding:20px 24px;background-color:${BRAND};${FONT}color:#ffffff;${WRAP}">
<p style="margin:0;${FONT}font-size:16px;line-height:22px;font-weight:bold;color:#ffffff;">${escapeText(emailText.sender)}</p>
<p style="margin:4px 0 0;${FONT}font-size:14px;line-height:20px;color:#ffffff;">${escapeText(emailText.issue(newsletter))}</p>
</td></tr>
${example}<tr><td style="padding:28px 24px 8px;${BODY_TEXT}${WRAP}">
<h1 style="margin:0 0 12px;${FONT}font-size:28px;line-height:34px;font-weight:bold;color:${TEXT};${WRAP}">${escapeText(newsletter.tittel)}</h1>
<p style="margin:0 0 24px;${FONT}font-size:18px;line-height:26px;color:${MUTED};">${escapeText(newsletter.sammendrag)}</p>
${body}
</td></tr>
<tr><td style="padding:8px 24px 24px;${WRAP}">
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;">
<tr><td style="padding:12px 20px;background-color:${BRAND};"><a href="${escapeAttribute(web)}" style="${FONT}font-size:16px;line-height:20px;font-weight:bold;color:#ffffff;text-decoration:none;">${escapeText(emailText.webVersion)}</a></td></tr>
</table>
</td></tr>
<tr><td style="padding:20px 24px 24px;border-top:1px solid ${LINE};background-color:${TINT};${WRAP}">
<p style="${small}">${escapeText(emailText.webAddress)}: ${link(web, web)}</p>
<p style="${small}">${link(list, emailText.allNewsletters)}</p>
<p style="margin:0;${FONT}font-size:14px;line-height:20px;color:${MUTED};">${escapeText(emailText.footer)}</p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}
