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
