/**
 * Writes a content folder for load tests and benchmarks: all of src/content plus N synthetic
 * projects (prosjekter/syn-00001-<slug>.md ...), each 250-400 words of invented Norwegian text
 * about the programme's work, with real references to municipalities and tools, numeric goals,
 * a few pictures, and `eksempeldata: true`. Same seed, same files.
 *
 *   tsx scripts/generate-projects.ts --count 10000 --out bench/content-10000
 *   KB_CONTENT_DIR=bench/content-10000 tsx scripts/sjekk.ts      # check it
 *   KB_CONTENT_DIR=bench/content-10000 KB_OUT_DIR=bench/out-10000 astro build
 *
 * Options: --count N (default 1000), --out DIR (default bench/content-N), --source DIR
 * (default src/content; only read), --seed N (default 2007), --images SHARE (default 0.02).
 * src/content is never written: the output may not overlap it or lie under src/.
 */
import { parseArgs } from 'node:util';
import { generateContent } from './lib/generate-content';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    out: { type: 'string' },
    source: { type: 'string', default: 'src/content' },
    seed: { type: 'string', default: '2007' },
    images: { type: 'string', default: '0.02' },
  },
});

const count = Number(values.count);
const out = values.out ?? `bench/content-${count}`;
try {
  const result = generateContent({
    source: values.source,
    out,
    count,
    seed: Number(values.seed),
    imageShare: Number(values.images),
  });
  console.log(
    `Skrev ${out}: innholdet i ${values.source} + ${result.projects} syntetiske prosjekter ` +
      `(${result.images} med bilde, ${result.words.min}-${result.words.max} ord, snitt ${result.words.mean}) på ${result.ms} ms.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
