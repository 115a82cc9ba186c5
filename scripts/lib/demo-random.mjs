/**
 * Seeded randomness and the one field of the municipality files that the demo-data generators
 * need (scripts/generate-demo-sykefravaer.mjs, scripts/generate-demo-undersokelser.mjs,
 * scripts/lib/prng.ts). Plain JavaScript so the two .mjs generators run with `node` alone.
 * Same seed, same sequence, on every machine and Node version.
 */
import fs from 'node:fs';
import path from 'node:path';

/** 32-bit FNV-1a hash of a text, used as a seed. */
export function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small deterministic generator of floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw from `rand` (Box-Muller). */
export function normal(rand) {
  const u = Math.max(rand(), 1e-12);
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * The pool (pulje) of every municipality in `dir`, by id in id order, read without a YAML
 * library (the field is one line); '1' when a file has none. Empty when `dir` does not exist.
 */
export function readPools(dir) {
  if (!fs.existsSync(dir)) return new Map();
  return new Map(
    fs
      .readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => {
        const m = fs.readFileSync(path.join(dir, f), 'utf8').match(/^pulje:\s*["']?([a-z0-9]+)["']?\s*$/m);
        return [f.replace(/\.ya?ml$/, ''), m ? m[1] : '1'];
      }),
  );
}
