/**
 * html-validate over every HTML file of a built site (issue 6: zero errors), with
 * .htmlvalidate.json and the e-mail exceptions in scripts/lib/validate-html.ts.
 *
 *   npm run validate:html                        # dist/ (or $KB_OUT_DIR)
 *   npm run validate:html -- --dist bench/out-demo
 *
 * Prints `file:line:column rule: message` per problem and a count per rule; exits 1 on any error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { htmlFilesIn } from './lib/budgets-dist';
import { formatMessages, validateFiles } from './lib/validate-html';

const { values } = parseArgs({ options: { dist: { type: 'string', default: process.env.KB_OUT_DIR ?? 'dist' } } });
const dist = path.resolve(values.dist);
const files = htmlFilesIn(dist);
const started = performance.now();
const results = validateFiles(dist, files);
const seconds = ((performance.now() - started) / 1000).toFixed(1);

for (const line of formatMessages(results)) console.log(line);
const messages = results.flatMap((r) => r.messages);
const errors = messages.filter((m) => m.severity === 2).length;
const byRule = new Map<string, number>();
for (const m of messages) byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1);
if (byRule.size > 0)
  console.log(
    `\n${[...byRule]
      .sort((a, b) => b[1] - a[1])
      .map(([rule, n]) => `${n} ${rule}`)
      .join(', ')}`,
  );
console.log(
  `\nhtml-validate: ${files.length} filer i ${dist} på ${seconds} s, ${errors} feil, ${messages.length - errors} advarsler i ${results.length} filer.`,
);
process.exit(errors > 0 ? 1 : 0);
