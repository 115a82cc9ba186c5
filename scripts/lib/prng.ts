/**
 * A small seeded pseudo-random generator (mulberry32, from demo-random.mjs, which the demo-data
 * generators share) with the helpers the content generator needs. Same seed, same sequence, on
 * every machine and Node version.
 */
import { hash, prng } from './demo-random.mjs';

/** 32-bit FNV-1a hash of a string, used to derive one seed per generated item. */
export const hash32: (text: string) => number = hash;

export class Rng {
  private readonly rand: () => number;

  constructor(seed: number | string) {
    this.rand = prng(typeof seed === 'string' ? hash(seed) : seed);
  }

  /** A float in [0, 1). */
  next(): number {
    return this.rand();
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A number in [min, max) rounded to `decimals`. */
  float(min: number, max: number, decimals = 1): number {
    const f = 10 ** decimals;
    return Math.round((min + this.next() * (max - min)) * f) / f;
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick() fra en tom liste');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks by weight: `[[value, weight], ...]`. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [value, w] of items) {
      r -= w;
      if (r < 0) return value;
    }
    return items[items.length - 1]![0];
  }

  /** `n` distinct items in random order (all of them if there are fewer). */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < n && copy.length > 0) {
      out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    }
    return out;
  }

  shuffle<T>(items: readonly T[]): T[] {
    return this.sample(items, items.length);
  }
}
