import { defineConfig } from 'vitest/config';

/**
 * Two test projects:
 * - unit: pure logic in src/lib and the schemas, plus the build of a small fixture site;
 *   needs nothing but Node.
 * - site: the built site in dist/ served over HTTP and driven in Chromium (scripts/lib/chromium.ts)
 *   (axe, keyboard, link check). Run after `npm run build`.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000, // the build tests build whole sites in beforeAll
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
