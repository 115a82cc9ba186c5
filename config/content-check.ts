/**
 * Astro integration that runs the content check, so a build fails with every problem in the
 * content listed at once (Astro itself stops at the first).
 *
 * The check runs in `astro:config:setup`, before Astro loads any collection. In `astro build` a
 * problem stops the build there with the full list; in `astro dev`, `sync` and `check` problems
 * are warnings and the server keeps running. It also tells the pages whether drafts may be shown
 * (`import.meta.env.KB_SHOW_DRAFTS`).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContentDir } from '../src/lib/validate/read';
import { formatProblems } from '../src/lib/validate/problem';

/** An error whose message is the report; our call stack is of no use to an editor. */
function contentError(report: string): Error {
  const error = new Error(`Innholdet har feil:\n${report}`);
  error.stack = error.message;
  return error;
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
        const started = performance.now();
        const { problems, counts } = checkContentDir(root, contentDir, production);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        if (problems.length === 0) {
          const total = Object.values(counts).reduce((a, b) => a + b, 0);
          logger.info(`Innholdet er i orden (${total} oppføringer i ${contentDir}, sjekket på ${seconds} s).`);
          return;
        }
        if (production) throw contentError(formatProblems(problems));
        logger.warn(`Innholdet har feil:\n${formatProblems(problems)}`);
      },
    },
  };
}
