import { describe, expect, it } from 'vitest';
import {
  categoryScores,
  formatScoreTable,
  lostPoints,
  median,
  medianScores,
  missedGoals,
  type LhrLike,
} from './lighthouse';

const lhr: LhrLike = {
  categories: {
    performance: {
      score: 0.934,
      auditRefs: [
        { id: 'tbt', weight: 30 },
        { id: 'fcp', weight: 10 },
        { id: 'cache', weight: 0 },
        { id: 'lcp', weight: 25 },
      ],
    },
    accessibility: {
      score: 0.96,
      auditRefs: [
        { id: 'target-size', weight: 7 },
        { id: 'contrast', weight: 7 },
        { id: 'na', weight: 3 },
      ],
    },
    'best-practices': { score: 1, auditRefs: [] },
    seo: { score: null, auditRefs: [] },
  },
  audits: {
    tbt: { id: 'tbt', title: 'Total Blocking Time', score: 0.72, scoreDisplayMode: 'numeric', displayValue: '360 ms' },
    fcp: { id: 'fcp', title: 'First Contentful Paint', score: 0.99, scoreDisplayMode: 'numeric' },
    lcp: { id: 'lcp', title: 'Largest Contentful Paint', score: 1, scoreDisplayMode: 'numeric' },
    cache: { id: 'cache', title: 'Cache', score: 0, scoreDisplayMode: 'metricSavings' },
    'target-size': { id: 'target-size', title: 'Touch targets', score: 0, scoreDisplayMode: 'binary' },
    contrast: { id: 'contrast', title: 'Contrast', score: 1, scoreDisplayMode: 'binary' },
    na: { id: 'na', title: 'N/A', score: null, scoreDisplayMode: 'notApplicable' },
  },
};

describe('Lighthouse-resultater', () => {
  it('leser poeng 0–100 per kategori', () => {
    expect(categoryScores(lhr)).toEqual({ performance: 93, accessibility: 96, 'best-practices': 100, seo: null });
  });

  it('finner målene som ikke nås (ytelse ≥ 95, resten 100; manglende poeng er ikke nådd)', () => {
    expect(missedGoals(categoryScores(lhr))).toEqual(['performance', 'accessibility', 'seo']);
    expect(missedGoals({ performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 })).toEqual([]);
  });

  it('lister revisjonene som koster poeng, tyngst først, uten vekt 0 og uten ikke-aktuelle', () => {
    expect(lostPoints(lhr, 'performance').map((a) => [a.id, a.score])).toEqual([
      ['tbt', 72],
      ['fcp', 99],
    ]);
    expect(lostPoints(lhr, 'accessibility').map((a) => a.id)).toEqual(['target-size']);
  });

  it('median per kategori over flere runder', () => {
    expect(median([])).toBeUndefined();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2);
    const run = (p: number | null) => ({ performance: p, accessibility: 100, 'best-practices': 100, seo: 100 });
    expect(medianScores([run(90), run(99), run(97)]).performance).toBe(97);
    expect(medianScores([run(null), run(null)]).performance).toBeNull();
  });

  it('tabellen merker poeng under målet', () => {
    const table = formatScoreTable([{ page: '/', formFactor: 'mobile', scores: categoryScores(lhr) }]).split('\n');
    expect(table).toHaveLength(3);
    expect(table[2]).toMatch(/^\/\s+mobile\s+93 !\s+96 !\s+100\s+–$/);
  });
});
