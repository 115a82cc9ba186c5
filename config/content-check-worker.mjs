// Runs the content check on its own thread during `astro build` (config/content-check.ts).
// The check is TypeScript shared with `npm run sjekk`; tsx compiles it here as it does there.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { checkContentDir } = await import('../src/lib/validate/read.ts');
const { formatProblems } = await import('../src/lib/validate/problem.ts');

const started = performance.now();
const { problems, counts } = checkContentDir(workerData.root, workerData.contentDir, true);
parentPort.postMessage({
  report: problems.length > 0 ? formatProblems(problems) : null,
  entries: Object.values(counts).reduce((a, b) => a + b, 0),
  seconds: (performance.now() - started) / 1000,
});
