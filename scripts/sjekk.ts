/**
 * `npm run sjekk`: checks all content without building the site and lists every problem as
 * `file:line field: message`. Exit code 1 when anything is wrong.
 * Checks as a production build would (drafts may not be referred to by published entries).
 */
import { contentDir } from '../config/content-dir.mjs';
import { checkContentDir } from '../src/lib/validate/read';
import { formatProblems } from '../src/lib/validate/problem';

const started = performance.now();
const { problems, counts } = checkContentDir(process.cwd(), contentDir, true);
const ms = Math.round(performance.now() - started);
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const summary = Object.entries(counts)
  .map(([name, n]) => `${name}: ${n}`)
  .join(', ');
console.log(`Innholdet i ${contentDir} er i orden (${summary}) - sjekket på ${ms} ms.`);
