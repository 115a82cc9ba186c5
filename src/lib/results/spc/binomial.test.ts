import { describe, expect, it } from 'vitest';
import { binomialCdf, binomialQuantile, decimalFraction } from './binomial';

describe('exact binomial distribution', () => {
  it('reads probabilities as the decimals they are written as', () => {
    expect(decimalFraction(0.05)).toEqual({ numerator: 5n, denominator: 100n });
    expect(decimalFraction(0.5)).toEqual({ numerator: 5n, denominator: 10n });
    expect(decimalFraction(1e-7)).toEqual({ numerator: 1n, denominator: 10_000_000n });
    expect(decimalFraction(1)).toEqual({ numerator: 1n, denominator: 1n });
    expect(() => decimalFraction(1.5)).toThrow(RangeError);
  });

  it('computes P(X ≤ k) exactly', () => {
    // Binomial(9, 1/2): P(X ≤ 1) = (1 + 9)/512, P(X ≤ 2) = (1 + 9 + 36)/512 (R: pbinom(2, 9, 0.5) = 0.08984375).
    const one = binomialCdf(1, 9, 0.5);
    const two = binomialCdf(2, 9, 0.5);
    expect(Number(one.numerator) / Number(one.denominator)).toBe(10 / 512);
    expect(Number(two.numerator) / Number(two.denominator)).toBe(0.08984375);
    // Binomial(3, 0.2): P(X ≤ 0) = 0.8³ = 0.512.
    const zero = binomialCdf(0, 3, 0.2);
    expect(Number(zero.numerator) / Number(zero.denominator)).toBeCloseTo(0.512, 15);
  });

  it('gives the quantile as R qbinom defines it: the smallest k with P(X ≤ k) ≥ p', () => {
    // Values from R 4.x: qbinom(0.05, 9, 0.5) = 2, qbinom(0.05, 19, 0.5) = 6,
    // qbinom(0.05, 23, 0.5) = 8, qbinom(0.05, 29, 0.5) = 10, qbinom(0.5, 10, 0.3) = 3.
    expect(binomialQuantile(0.05, 9, 0.5)).toBe(2);
    expect(binomialQuantile(0.05, 19, 0.5)).toBe(6);
    expect(binomialQuantile(0.05, 23, 0.5)).toBe(8);
    expect(binomialQuantile(0.05, 29, 0.5)).toBe(10);
    expect(binomialQuantile(0.5, 10, 0.3)).toBe(3);
    expect(binomialQuantile(0.05, 0, 0.5)).toBe(0);
    expect(binomialQuantile(1, 12, 0.5)).toBe(12);
  });

  it('decides ties exactly: P(X ≤ 0) = 0.25 for Binomial(2, 1/2), so qbinom(0.25, 2, 0.5) = 0 (as in R)', () => {
    expect(binomialQuantile(0.25, 2, 0.5)).toBe(0);
    expect(binomialQuantile(0.2500001, 2, 0.5)).toBe(1);
  });
});
