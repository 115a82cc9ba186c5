import { defineConfig } from 'vitest/config';

/**
 * Three test projects:
 * - unit: pure logic in src/lib, config/ and scripts/lib and the schemas; builds nothing and
 *   needs nothing but Node.
 * - build: Astro builds of the fixture sets (tests/build), each build once per run
 *   (tests/helpers/build.ts; its globalSetup empties the cache of build results).
 * - site: the built site in dist/ served over HTTP and driven in Chromium (scripts/lib/chromium.ts)
 *   (axe, keyboard, link check). Run after `npm run build`.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'config/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/helpers/build-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000, // builds whole sites in beforeAll, maybe after waiting for another file's
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
