/**
 * The check and the build agree: a build of content with file-level mistakes (see
 * tests/helpers/broken-files.ts) fails, writes no page, and its log names every problem that
 * `npm run sjekk` names, with the same file, line and field, and nothing the check does not.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/validate/read';
import { formatProblem } from '../../src/lib/validate/problem';
import { FILE_MISTAKES, makeBrokenFilesDir, ROOT } from '../helpers/broken-files';
import { buildFixture } from '../helpers/build';

describe('build of content with file-level mistakes', () => {
  it('fails and names the same problems as the content check', () => {
    const dir = makeBrokenFilesDir('tests/.output/content-broken-files-build');
    const expected = checkContentDir(ROOT, dir, true).problems.map(formatProblem);
    expect(expected.length).toBe(FILE_MISTAKES.length);

    const sjekk = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/sjekk.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, KB_CONTENT_DIR: dir },
    });
    expect(sjekk.status).toBe(1);
    const run = buildFixture(dir, 'build-broken-files');
    const { log, outDir } = run;
    expect(run.status, log).not.toBe(0);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);

    // Every line sjekk prints is in the build's log, and the build reports no other content problem.
    const reported = (text: string) => text.split('\n').filter((l) => l.startsWith(`${dir}/`));
    expect(reported(sjekk.stderr).sort()).toEqual([...expected].sort());
    expect(reported(log).sort()).toEqual([...expected].sort());
    expect(log).toContain(`${FILE_MISTAKES.length} feil i innholdet`);
  });
});
