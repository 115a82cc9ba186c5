/**
 * One build spawner for the build tests: builds `contentDir` (relative to the repository) into
 * tests/.output/<name> with its own cache folder, and returns the process result, the output
 * folder and the whole log (stdout and stderr).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const OUTPUT = join(ROOT, 'tests/.output');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface FixtureBuildOptions {
  /** Extra environment variables (e.g. KB_FILE_LIMIT). */
  env?: Record<string, string>;
  /** An Astro config file other than astro.config.mjs, relative to the repository. */
  config?: string;
}

export function buildFixture(contentDir: string, name: string, options: FixtureBuildOptions = {}) {
  const outDir = join(OUTPUT, name);
  rmSync(outDir, { recursive: true, force: true });
  const args = [ASTRO, 'build', ...(options.config ? ['--config', options.config] : [])];
  const run = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      KB_CONTENT_DIR: contentDir,
      KB_OUT_DIR: outDir,
      KB_CACHE_DIR: join(OUTPUT, `cache-${name}`),
      ...options.env,
    },
  });
  return { ...run, outDir, log: `${run.stdout}\n${run.stderr}` };
}
