/**
 * Every page in dist/ parses as written (parse5, src/lib/markup/well-formed.ts): no tokenizer
 * error, nothing after </body> or </html>, no end tag that closes nothing, no element left
 * open. Beside html-validate, which did not notice /sok/'s <script> after </html>.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatParseProblem, parseProblems } from '../../src/lib/markup/well-formed';
import { DIST, htmlFiles, requireDist } from '../helpers/dist';

requireDist();

describe('well-formed pages', () => {
  it('every HTML file in dist/ parses without errors', { timeout: 300_000 }, () => {
    const files = htmlFiles();
    expect(files.length).toBeGreaterThan(10);
    const problems = files.flatMap((file) =>
      parseProblems(readFileSync(file, 'utf8')).map((p) => `${path.relative(DIST, file)}:${formatParseProblem(p)}`),
    );
    expect(problems).toEqual([]);
  });

  it('the search page keeps its script inside the body', () => {
    const html = readFileSync(path.join(DIST, 'sok/index.html'), 'utf8');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toMatch(/<script type="module"[^>]*><\/script>[\s\S]*<\/body>/);
  });
});
