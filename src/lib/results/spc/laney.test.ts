import { describe, expect, it } from 'vitest';
import { D2, laneyChart, laneySigmaZ, laneyThreshold, proportionChart, shouldUseLaney } from './laney';
import { type Counts, pChart } from './p-chart';
import { xmrChart } from './xmr';
import { prng } from '../../../../scripts/lib/demo-random.mjs';

/**
 * Attendances at major A&E departments in the NHS seen within 4 hours (r) of all
 * attendances (n) over 20 weeks, from Mohammed, Panesar, Laney & Wilson (2013),
 * "Statistical process control charts for attribute data involving very large sample
 * sizes", BMJ Quality & Safety 22(4): 362–368, as tabulated in qicharts2 (data set
 * nhs_accidents) and in Anhøj's "Mastering SPC Charts in Healthcare", chapter "Prime Charts
 * for Very Large Subgroups", table 13.1.
 */
// prettier-ignore
const NHS_SEEN = [266501, 264225, 276532, 281461, 269071, 261215, 270409, 279778, 270483, 270320,
  267923, 271478, 255353, 256820, 261835, 259144, 255910, 260863, 264465, 260989];
// prettier-ignore
const NHS_ATTENDANCES = [280443, 276823, 291681, 296155, 282343, 275888, 283867, 295251, 284468, 282529,
  279618, 283932, 266629, 268091, 276803, 271578, 266005, 273520, 278574, 273772];
const nhs: Counts[] = NHS_SEEN.map((count, i) => ({ count, n: NHS_ATTENDANCES[i]! }));

describe("Laney's p′ chart on the NHS A&E data (Mohammed et al. 2013)", () => {
  it('the p chart puts most points outside its too-tight limits', () => {
    // Anhøj's chapter on these data: "very tight control limits with many data points falling
    // outside the limits".
    const p = pChart(nhs, { runRules: false });
    const outside = p.signals.flatMap((s) => s.points);
    expect(outside.length).toBeGreaterThanOrEqual(10);
  });

  it('the p′ chart shows only common-cause variation, with limits close to the I chart', () => {
    const prime = laneyChart(nhs, { runRules: false });
    expect(prime.kind).toBe('p-prime');
    expect(prime.sigmaZ).toBeGreaterThan(5); // heavy overdispersion
    expect(prime.signals).toEqual([]);
    // Anhøj's chapter: the I chart "suggests only common cause variation", and the p′ limits
    // "are very close to those of the I chart".
    const i = xmrChart(
      nhs.map((d) => d.count / d.n),
      { runRules: false },
    );
    const iHalfWidth = i.upper! - i.mean!;
    for (const point of prime.points) {
      expect(Math.abs((point.upper! - prime.centre!) / iHalfWidth - 1)).toBeLessThan(0.05);
    }
  });

  it('the decision rule picks p′ for these data', () => {
    const { sigmaZ, movingRanges } = laneySigmaZ(nhs);
    expect(movingRanges).toBe(19);
    expect(shouldUseLaney(sigmaZ, movingRanges)).toBe(true);
    expect(proportionChart(nhs).kind).toBe('p-prime');
  });
});

describe('laneySigmaZ and the p′ limits (Laney 2002)', () => {
  it('follows the formulas on a hand-worked example', () => {
    // 10/100, 20/100, 30/100: p̄ = 0.2, σp = sqrt(0.2 · 0.8 / 100) = 0.04, z = −2.5, 0, 2.5;
    // moving ranges 2.5 and 2.5, σz = 2.5 / 1.128 = 2.2163; limits 0.2 ± 3 · 0.04 · 2.2163.
    const data = [
      { count: 10, n: 100 },
      { count: 20, n: 100 },
      { count: 30, n: 100 },
    ];
    const { sigmaZ, z, movingRanges } = laneySigmaZ(data);
    expect(z.map((v) => v!.toFixed(6))).toEqual(['-2.500000', '0.000000', '2.500000']);
    expect(movingRanges).toBe(2);
    expect(sigmaZ).toBeCloseTo(2.5 / 1.128, 12);
    const chart = laneyChart(data);
    expect(chart.points[0]!.upper).toBeCloseTo(0.2 + 3 * 0.04 * (2.5 / D2), 12);
    expect(chart.points[0]!.lower).toBe(0); // 0.2 − 0.266 clamped to 0
  });

  it('scales every p-chart σ by σz, so σz = 1 would give the p chart', () => {
    const data = [
      { count: 120, n: 1000 },
      { count: 90, n: 900 },
      { count: 160, n: 1100 },
      { count: 100, n: 1000 },
    ];
    const p = pChart(data);
    const prime = laneyChart(data);
    prime.points.forEach((point, i) => {
      expect(point.sigma! / p.points[i]!.sigma!).toBeCloseTo(prime.sigmaZ, 12);
    });
  });

  it('takes moving ranges only between neighbours that both have data', () => {
    const data = [{ count: 10, n: 100 }, null, { count: 30, n: 100 }, { count: 20, n: 100 }];
    const { movingRanges, z } = laneySigmaZ(data);
    expect(z[1]).toBeNull();
    expect(movingRanges).toBe(1);
  });
});

describe('shouldUseLaney', () => {
  function normal(rand: () => number) {
    return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  }
  /** m quarters of sick leave around 9 % with about 40 000 agreed work-days, extra spread sd·binomial σ. */
  function series(rand: () => number, m: number, extra: number): Counts[] {
    return Array.from({ length: m }, () => {
      const n = Math.round(30_000 + 20_000 * rand());
      const sd = Math.sqrt((0.09 * 0.91) / n);
      const p = 0.09 + extra * sd * normal(rand);
      return { count: Math.round(n * (p + sd * normal(rand))), n };
    });
  }

  it('picks p′ for about 1 % of series with only binomial variation, of any length', () => {
    const rand = prng(2007); // seeded: the same simulation every run
    for (const m of [6, 16, 40]) {
      let picked = 0;
      for (let k = 0; k < 2000; k++) {
        const { sigmaZ, movingRanges } = laneySigmaZ(series(rand, m, 0));
        if (shouldUseLaney(sigmaZ, movingRanges)) picked++;
      }
      expect([m, picked / 2000 < 0.025]).toEqual([m, true]);
    }
  });

  it('picks p′ for series whose spread is three times the binomial', () => {
    const rand = prng(2009);
    let picked = 0;
    for (let k = 0; k < 500; k++) {
      const { sigmaZ, movingRanges } = laneySigmaZ(series(rand, 16, 3));
      if (shouldUseLaney(sigmaZ, movingRanges)) picked++;
    }
    expect(picked / 500).toBeGreaterThan(0.95);
  });

  it('needs at least two moving ranges, and lowers the bar as series get longer', () => {
    expect(shouldUseLaney(10, 1)).toBe(false);
    expect(shouldUseLaney(null, 0)).toBe(false);
    expect(laneyThreshold(4)).toBeCloseTo(2.2, 12);
    expect(laneyThreshold(16)).toBeCloseTo(1.6, 12);
    expect(shouldUseLaney(1.55, 16)).toBe(false);
    expect(shouldUseLaney(1.65, 16)).toBe(true);
  });
});
