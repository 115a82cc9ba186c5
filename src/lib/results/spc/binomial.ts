/**
 * Exact binomial distribution function and quantile, computed with integers (BigInt), no
 * tables and no floating-point sums. Used for the Anhøj crossings limit
 * qbinom(0.05, n − 1, 0.5).
 *
 * Probabilities are read as the decimal numbers they are written as (0.05 is 5/100, 0.5 is
 * 1/2), so that P(X ≤ k) ≥ p is decided exactly, also at ties.
 */

/** A non-negative rational number. */
export interface Fraction {
  numerator: bigint;
  denominator: bigint;
}

/** The exact rational value of a probability as written in decimal: 0.05 → 5/100. */
export function decimalFraction(x: number): Fraction {
  if (!Number.isFinite(x) || x < 0 || x > 1) throw new RangeError(`not a probability: ${x}`);
  const [mantissa = '0', exponentText] = String(x).toLowerCase().split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  let numerator = BigInt(whole + fraction);
  let denominator = 10n ** BigInt(fraction.length);
  const exponent = Number(exponentText ?? 0);
  if (exponent > 0) numerator *= 10n ** BigInt(exponent);
  if (exponent < 0) denominator *= 10n ** BigInt(-exponent);
  return { numerator, denominator };
}

function checkSize(size: number): void {
  if (!Number.isInteger(size) || size < 0) throw new RangeError(`size must be a whole number ≥ 0: ${size}`);
}

/**
 * Terms C(size, i) · a^i · (b − a)^(size − i) for i = 0..size, where prob = a/b; each term
 * over b^size is P(X = i).
 */
function scaledTerms(size: number, prob: Fraction): bigint[] {
  const a = prob.numerator;
  const c = prob.denominator - prob.numerator;
  const terms: bigint[] = [];
  let binomial = 1n;
  for (let i = 0; i <= size; i++) {
    if (i > 0) binomial = (binomial * BigInt(size - i + 1)) / BigInt(i);
    terms.push(binomial * a ** BigInt(i) * c ** BigInt(size - i));
  }
  return terms;
}

/** P(X ≤ k) for X ~ Binomial(size, prob), as an exact fraction. */
export function binomialCdf(k: number, size: number, prob: number): Fraction {
  checkSize(size);
  const p = decimalFraction(prob);
  const terms = scaledTerms(size, p);
  let numerator = 0n;
  for (let i = 0; i <= Math.min(Math.floor(k), size); i++) numerator += terms[i]!;
  return { numerator, denominator: p.denominator ** BigInt(size) };
}

/**
 * The p-quantile of Binomial(size, prob): the smallest k with P(X ≤ k) ≥ p, as R's
 * `qbinom(p, size, prob)` defines it.
 */
export function binomialQuantile(p: number, size: number, prob: number): number {
  checkSize(size);
  const target = decimalFraction(p);
  const q = decimalFraction(prob);
  const terms = scaledTerms(size, q);
  const total = q.denominator ** BigInt(size);
  // P(X ≤ k) ≥ p  ⇔  Σ terms · p.denominator ≥ p.numerator · total
  const threshold = target.numerator * total;
  let cumulative = 0n;
  for (let k = 0; k <= size; k++) {
    cumulative += terms[k]!;
    if (cumulative * target.denominator >= threshold) return k;
  }
  return size;
}
