/**
 * html-validate over every HTML file in dist/ (issue 6: zero errors), with .htmlvalidate.json
 * and the e-mail exceptions of scripts/lib/validate-html.ts; also `npm run validate:html`.
 */
import { describe, expect, it } from 'vitest';
import {
  createValidator,
  EMAIL_FILE,
  formatMessages,
  validateFile,
  validateFiles,
} from '../../scripts/lib/validate-html';
import { DIST, htmlFiles, requireDist } from '../helpers/dist';

requireDist();

describe('html-validate', () => {
  it('ingen feil i noen HTML-fil i dist/', { timeout: 300_000 }, () => {
    const files = htmlFiles();
    expect(files.length).toBeGreaterThan(10);
    expect(formatMessages(validateFiles(DIST, files))).toEqual([]);
  });

  it('unntakene for e-postutgaven gjelder bare e-postutgaven', () => {
    const validator = createValidator();
    const email = htmlFiles().find((f) => EMAIL_FILE.test(f));
    expect(email, 'bygget har minst én e-postutgave').toBeDefined();
    // The same file validated as a web page breaks the rules the e-mail is exempt from.
    const asPage = validateFile(validator, email!, 'side.html').map((m) => m.ruleId);
    expect(asPage).toContain('no-inline-style');
  });
});
