/**
 * Contact: every page's footer has the secretariat's <address> with a mailto link from the
 * site configuration; the accessibility statement is dated with <time>, lists the status of
 * all 50 WCAG 2.1 A/AA criteria, says how to report a problem (the same address) and names
 * the complaints authority.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles, readDist, requireDist, urlOfFile } from '../helpers/dist';
import { siteConfig } from '../../src/lib/site/contact';

beforeAll(() => requireDist());

const email = siteConfig.kontakt.epost;

describe('contact', () => {
  it('every page has the secretariat’s address in an <address> with a mailto link', () => {
    const missing = htmlFiles()
      .map(urlOfFile)
      .filter((url) => !url.startsWith('/admin/') && !url.endsWith('/epost.html'))
      .filter((url) => {
        const html = readDist(url);
        const footer = /<footer class="site-footer"[\s\S]*?<\/footer>/.exec(html)?.[0] ?? '';
        const address = /<address class="site-contact"[^>]*>([\s\S]*?)<\/address>/.exec(footer)?.[1] ?? '';
        return !address.includes(`href="mailto:${email}"`) || !address.includes(siteConfig.kontakt.adresse.postnummer);
      });
    expect(missing).toEqual([]);
  });

  it('the accessibility statement is dated, has a status per criterion, a contact and the complaints authority', () => {
    const html = readDist('/tilgjengelighet/').replace(/\u00AD/g, ''); // without the soft hyphens of long words
    expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">/);
    expect(html.match(/<tr data-status="(samsvar|avvik|ikke-testet|ikke-aktuelt)"/g)).toHaveLength(50);
    expect(html).toContain(`href="mailto:${email}?subject=`);
    expect(html).toContain('https://www.uutilsynet.no/');
    expect(html).not.toMatch(/Meld fra til sekretariatet\s+for Kvalitetskommuneprogrammet\. Du kan/);
  });
});
