/** Runs axe-core in a page, limited to WCAG 2.0/2.1 level A and AA, and formats what it finds. */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve('axe-core/axe.min.js');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function runAxe(page: Page): Promise<Result[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    WCAG_TAGS,
  );
  return results.violations;
}

/** One line per violation and one indented line per offending element. */
export function formatViolations(where: string, violations: Result[]): string {
  if (violations.length === 0) return `${where}: ingen brudd`;
  const lines = [`${where}: ${violations.length} axe-brudd`];
  for (const v of violations) {
    lines.push(`- ${v.id} [${v.impact ?? 'ukjent'}] ${v.help} (${v.helpUrl})`);
    for (const node of v.nodes) {
      const target = node.target.map((t) => (Array.isArray(t) ? t.join(' >> ') : String(t))).join(' | ');
      lines.push(`    ${target}${node.failureSummary ? `: ${node.failureSummary.replace(/\s*\n\s*/g, ' ')}` : ''}`);
    }
  }
  return lines.join('\n');
}

/**
 * Soft assertion that a page has no violations: one line per violation (rule, impact, targets),
 * with the full report as the message, so a test goes on to its other checks.
 */
export function expectNoViolations(where: string, violations: Result[]): void {
  expect
    .soft(
      violations.map((v) => `${v.id} [${v.impact}] ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
      formatViolations(where, violations),
    )
    .toEqual([]);
}
