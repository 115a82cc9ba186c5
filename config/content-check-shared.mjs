/**
 * Where `astro build` leaves the running content check (a Promise that rejects with the list of
 * problems) for the collection loaders: config/content-check.ts is loaded by Astro's config
 * loader and src/content.config.ts by Vite, so the two share only the process.
 */
export const CONTENT_CHECK = Symbol.for('kompetansebanken.content-check');

/** Resolves when the content check has passed or is not running; rejects with its report. */
export function awaitContentCheck() {
  return globalThis[CONTENT_CHECK] ?? Promise.resolve();
}
