/**
 * One build spawner for the build tests: builds `contentDir` (relative to the repository) into
 * tests/.output/<name> with its own cache folder, and returns the process result, the output
 * folder and the whole log (stdout and stderr).
 *
 * Each build (content folder, environment, config) runs once per test run: the first test file
 * that asks builds it, under a lock, and writes the result next to the output; every later ask,
 * from any test file, gets that result and the same output folder (whose `name` is the first
 * asker's). The cache folder is emptied by the build project's globalSetup
 * (tests/helpers/build-setup.ts), so a new run builds afresh. Tests must not change the output.
 *
 * The build sees none of the caller's KB_* variables, only those in `options.env`, so a build
 * depends on nothing but its arguments.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const OUTPUT = join(ROOT, 'tests/.output');
/** Results of this run's builds, one JSON file per build; emptied at the start of a run. */
export const BUILD_CACHE = join(OUTPUT, 'build-cache');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** A build that takes longer is stopped (and fails with status null). */
const BUILD_TIMEOUT_MS = 300_000;
/** How long to wait for another test file's build of the same fixture. */
const WAIT_MS = 600_000;

export interface FixtureBuildOptions {
  /** Extra environment variables (e.g. KB_FILE_LIMIT). */
  env?: Record<string, string>;
  /** An Astro config file other than astro.config.mjs, relative to the repository. */
  config?: string;
}

export interface FixtureBuild {
  status: number | null;
  stdout: string;
  stderr: string;
  outDir: string;
  /** stdout and stderr together. */
  log: string;
  /** The output was built by an earlier ask in this run. */
  shared: boolean;
}

function sleep(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function spawnBuild(contentDir: string, name: string, options: FixtureBuildOptions): FixtureBuild {
  const outDir = join(OUTPUT, name);
  rmSync(outDir, { recursive: true, force: true });
  const args = [ASTRO, 'build', ...(options.config ? ['--config', options.config] : [])];
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('KB_')));
  const run = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
    env: {
      ...inherited,
      ASTRO_TELEMETRY_DISABLED: '1',
      KB_CONTENT_DIR: contentDir,
      KB_OUT_DIR: outDir,
      KB_CACHE_DIR: join(OUTPUT, `cache-${name}`),
      ...options.env,
    },
  });
  if (run.error) throw run.error;
  return {
    status: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    outDir,
    log: `${run.stdout}\n${run.stderr}`,
    shared: false,
  };
}

/** The key of a build: what it depends on. */
export function buildKey(contentDir: string, options: FixtureBuildOptions = {}): string {
  const env = Object.entries(options.env ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256')
    .update(JSON.stringify([contentDir, env, options.config ?? null]))
    .digest('hex')
    .slice(0, 16);
}

export function buildFixture(contentDir: string, name: string, options: FixtureBuildOptions = {}): FixtureBuild {
  mkdirSync(BUILD_CACHE, { recursive: true });
  const key = buildKey(contentDir, options);
  const result = join(BUILD_CACHE, `${key}.json`);
  const lock = join(BUILD_CACHE, `${key}.lock`);
  const started = Date.now();
  for (;;) {
    if (existsSync(result)) return { ...(JSON.parse(readFileSync(result, 'utf8')) as FixtureBuild), shared: true };
    try {
      mkdirSync(lock); // atomic: only one test file builds
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() - started > WAIT_MS) {
        throw new Error(`Ventet mer enn ${WAIT_MS / 1000} s på bygget av ${contentDir} (${lock})`, { cause: error });
      }
      sleep(200);
    }
  }
  try {
    const run = spawnBuild(contentDir, name, options);
    writeFileSync(`${result}.tmp`, JSON.stringify(run));
    renameSync(`${result}.tmp`, result); // atomic: a waiting test file sees all of it or nothing
    return run;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
