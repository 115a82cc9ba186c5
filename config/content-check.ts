/**
 * Astro integration that runs the content check, so a build fails with every problem in the
 * content listed at once (Astro itself stops at the first).
 *
 * In `astro build` the check runs on a worker thread while Astro loads the collections on the
 * main thread (about 4 s saved at 10,000 projects on two cores). The collection loaders wait for
 * it (`awaitContentCheck` in src/content.config.ts): when the content has problems, loading fails
 * with the full list, also when Astro has met one of the problems first. In `astro dev`, `sync`
 * and `check` it runs before anything else, and in dev problems are warnings and the server
 * keeps running. It also tells the pages whether drafts may be shown
 * (`import.meta.env.KB_SHOW_DRAFTS`).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkContentDir } from '../src/lib/validate/read';
import { formatProblems } from '../src/lib/validate/problem';
import { CONTENT_CHECK } from './content-check-shared.mjs';

interface WorkerResult {
  report: string | null;
  entries: number;
  seconds: number;
}

/** An error whose message is the report; our call stack is of no use to an editor. */
function contentError(report: string): Error {
  const error = new Error(`Innholdet har feil:\n${report}`);
  error.stack = error.message;
  return error;
}

function inWorker(root: string, contentDir: string, logger: AstroIntegrationLogger): Promise<void> {
  return new Promise<WorkerResult>((resolve, reject) => {
    const worker = new Worker(new URL('./content-check-worker.mjs', import.meta.url), {
      workerData: { root, contentDir },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`Innholdssjekken stoppet (kode ${code}) uten svar.`)));
  }).then(({ report, entries, seconds }) => {
    if (report) throw contentError(report);
    logger.info(
      `Innholdet er i orden (${entries} oppføringer i ${contentDir}, sjekket på ${seconds.toFixed(1)} s ved siden av innlastingen).`,
    );
  });
}

export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'kompetansebanken:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const production = command === 'build';
        // Drafts are shown by `astro dev` only. Decided by the command, not by NODE_ENV or the
        // Vite mode, so that no environment variable can leak drafts into a production build.
        updateConfig({
          vite: { define: { 'import.meta.env.KB_SHOW_DRAFTS': JSON.stringify(command === 'dev') } },
        });
        if (production) {
          const result = inWorker(root, contentDir, logger);
          result.catch(() => undefined); // reported by whoever awaits it, not as unhandled
          (globalThis as Record<symbol, unknown>)[CONTENT_CHECK] = result;
          return;
        }
        const started = performance.now();
        const { problems, counts } = checkContentDir(root, contentDir, production);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        if (problems.length === 0) {
          const total = Object.values(counts).reduce((a, b) => a + b, 0);
          logger.info(`Innholdet er i orden (${total} oppføringer i ${contentDir}, sjekket på ${seconds} s).`);
          return;
        }
        logger.warn(`Innholdet har feil:\n${formatProblems(problems)}`);
      },
      // Also after loading, in case no collection loader awaited the check.
      'astro:build:start': async () => {
        await (globalThis as Record<symbol, Promise<void> | undefined>)[CONTENT_CHECK];
      },
    },
  };
}
