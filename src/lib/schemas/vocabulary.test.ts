import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POOL_LABELS, POOL_RECORDS, POOL_START, POOLS, SECTOR_LABELS, SECTOR_RECORDS, SECTORS } from './vocabulary';

const root = join(import.meta.dirname, '../../..');

/** Source files of the site and its tools, tests left out. */
function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return /\.(ts|mts|astro)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

describe('the pool records', () => {
  it('have one record per pool, in programme order, with distinct labels and map shapes', () => {
    expect(Object.keys(POOL_RECORDS).sort()).toEqual([...POOLS].sort());
    expect(new Set(POOLS.map((p) => POOL_RECORDS[p].label)).size).toBe(POOLS.length);
    expect(new Set(POOLS.map((p) => POOL_RECORDS[p].mapShape)).size).toBe(POOLS.length);
    const dates = POOLS.map((p) => POOL_RECORDS[p].startDate);
    expect([...dates].sort()).toEqual(dates);
  });

  it('agree with themselves: the start date is the first day of the season named, the baseline year is before it', () => {
    for (const p of POOLS) {
      const r = POOL_RECORDS[p];
      const [year, month, day] = r.startDate.split('-').map(Number);
      expect(r.start, p).toContain(String(year));
      expect(day).toBe(1);
      expect(month, p).toBe(r.start.startsWith('våren') ? 3 : r.start.startsWith('høsten') ? 9 : 1);
      expect(r.baselineYear, p).toBeLessThan(year!);
      // The baseline is the last full calendar year before the pool joined.
      expect(r.baselineYear, p).toBe(month === 9 && year === 2007 ? 2006 : year! - 1);
    }
  });

  it('are what the label and start tables say', () => {
    for (const p of POOLS) {
      expect(POOL_LABELS[p]).toBe(POOL_RECORDS[p].label);
      expect(POOL_START[p]).toBe(POOL_RECORDS[p].start);
    }
    for (const s of SECTORS) expect(SECTOR_LABELS[s]).toBe(SECTOR_RECORDS[s].label);
  });

  it('are not kept anywhere else: no other source file spells a pool label or start season', () => {
    const facts = POOLS.flatMap((p) => [POOL_RECORDS[p].label, POOL_RECORDS[p].start]).filter((f) => /\D/.test(f));
    const copies: string[] = [];
    for (const file of [...sources('src'), ...sources('config'), ...sources('scripts')]) {
      if (file === 'src/lib/schemas/vocabulary.ts') continue;
      const text = readFileSync(join(root, file), 'utf8');
      for (const fact of facts)
        if (text.includes(`'${fact}'`)) copies.push(`${relative(root, join(root, file))}: ${fact}`);
    }
    expect(copies).toEqual([]);
  });
});

describe('the sector records', () => {
  it('name each sector in text as its label in lower case', () => {
    for (const s of SECTORS) expect(SECTOR_RECORDS[s].inText).toBe(SECTOR_RECORDS[s].label.toLowerCase());
  });
});
