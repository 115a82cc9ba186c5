/**
 * Reproducible builds: builds the site twice from the same sources, each into its own output
 * folder with its own cold cache, and compares every file byte for byte (sha256). Exits 1 and
 * lists the files that differ or exist on one side only.
 *
 *   npm run check:reproducible
 *   npm run check:reproducible -- --content bench/content-1000 --dir /tmp/kb-repro --keep
 *
 * The second build runs in another time zone (UTC+14) and locale, and its output and cache
 * folders have other names and path lengths than the first's, so that a date formatted in
 * local time, a locale-dependent sort or an absolute path written into a file shows up here
 * rather than as a difference between CI and a laptop. See docs/deploy.md.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../config/content-dir.mjs';
import { buildSite } from './lib/build-site';
import { compareTrees, firstDifference, formatComparison, hashTree, isIdentical } from './lib/reproducible';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: contentDir },
    dir: { type: 'string', default: path.join(os.tmpdir(), 'kb-reproducible') },
    keep: { type: 'boolean', default: false },
  },
});

const work = path.resolve(values.dir);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const builds = [
  { label: 'bygg-a', out: path.join(work, 'a', 'dist'), cache: path.join(work, 'a', 'cache'), env: {} },
  {
    label: 'bygg-b',
    out: path.join(work, 'andre-bygget', 'utdata', 'dist'),
    cache: path.join(work, 'andre-bygget', 'hurtiglager'),
    env: { TZ: 'Pacific/Kiritimati', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
  },
];

for (const b of builds) {
  const saved = Object.fromEntries(Object.keys(b.env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, b.env);
  const logFile = path.join(work, `${b.label}.log`);
  console.log(`Bygger ${b.label} (${values.content}) til ${b.out} …`);
  try {
    const result = await buildSite({ contentDir: values.content, outDir: b.out, cacheDir: b.cache, logFile });
    if (result.exitCode !== 0) {
      console.error(`${b.label} feilet (kode ${result.exitCode}); se ${logFile}`);
      process.exit(1);
    }
    console.log(`  ferdig på ${result.wallSeconds.toFixed(1)} s`);
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

const [a, b] = builds as [(typeof builds)[number], (typeof builds)[number]];
const comparison = compareTrees(hashTree(a.out), hashTree(b.out));
console.log(formatComparison(comparison, { a: a.label, b: b.label }));
for (const file of comparison.differing.slice(0, 10)) {
  const d = firstDifference(readFileSync(path.join(a.out, file)), readFileSync(path.join(b.out, file)));
  if (d) console.log(`\n${file}: første forskjell ved byte ${d.offset} (linje ${d.line})\n  a: ${d.a}\n  b: ${d.b}`);
}

if (!values.keep && isIdentical(comparison)) rmSync(work, { recursive: true, force: true });
else console.log(`\nByggene ligger i ${work}`);
process.exit(isIdentical(comparison) ? 0 : 1);
