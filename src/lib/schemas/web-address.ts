/**
 * A front-matter field holding a web address shown as a link (`lenke`): a full http(s)
 * address, read with the WHATWG URL parser by the site's one URL policy (../markup/url-policy).
 * `javascript:`, `data:` and the like are refused however they are spelled; zod's own z.url()
 * accepts any scheme. Still a z.url(), so the CMS offers a URL field (src/lib/cms/config.ts).
 */
import { z } from 'zod';
import { urlReason } from '../markup/url-policy';

const EXPECTED = 'en full nettadresse som begynner med https://';

export function webAddress() {
  const url = z.url({ error: EXPECTED });
  return url.superRefine((value, ctx) => {
    // What z.url() itself refuses is reported once, by z.url().
    if (!z.url().safeParse(value).success) return;
    const reason = urlReason(value, 'nettadresse');
    if (reason) ctx.addIssue({ code: 'custom', message: reason, input: value });
  });
}

const ATTACHMENT = 'en sti på formen /vedlegg/filnavn';

/**
 * An attachment's path from the site root, `/vedlegg/<file name>`: one file name, no `.` or
 * `..`, no backslash, query or fragment, and a URL the policy allows (no control or invisible
 * characters).
 */
export function attachmentPath() {
  return z
    .string()
    .regex(/^\/vedlegg\/[^/]+$/, ATTACHMENT)
    .superRefine((value, ctx) => {
      if (!/^\/vedlegg\/[^/]+$/.test(value)) return; // reported once, by the pattern
      const name = value.slice('/vedlegg/'.length);
      const reason =
        urlReason(value, 'lenke') ??
        (name === '.' || name === '..' || /[\\?#%]/.test(name)
          ? `filnavnet kan ikke være «.» eller «..» eller inneholde \\, ?, # eller %; forventet ${ATTACHMENT}`
          : undefined);
      if (reason) ctx.addIssue({ code: 'custom', message: reason, input: value });
    });
}
