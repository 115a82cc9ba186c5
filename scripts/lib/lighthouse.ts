/**
 * Lighthouse benchmark (scripts/lighthouse.ts): the pure parts. Reads category scores and the
 * audits that cost points out of a Lighthouse result, compares them with issue 6's goals and
 * formats the table. The types are the small part of Lighthouse's result (LHR) used here.
 */

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Issue 6: performance >= 95, the other three 100. */
export const GOALS: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

export const CATEGORY_NAMES: Record<Category, string> = {
  performance: 'ytelse',
  accessibility: 'tilgj.',
  'best-practices': 'praksis',
  seo: 'SEO',
};

/** What is read from a Lighthouse result. */
export interface LhrLike {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    {
      id: string;
      title: string;
      score: number | null;
      scoreDisplayMode: string;
      displayValue?: string;
      numericValue?: number;
    }
  >;
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
}

/** Scores 0–100 per category (null when Lighthouse could not score it). */
export type Scores = Record<Category, number | null>;

export function categoryScores(lhr: LhrLike): Scores {
  const out = {} as Scores;
  for (const c of CATEGORIES) {
    const score = lhr.categories[c]?.score;
    out[c] = score === null || score === undefined ? null : Math.round(score * 100);
  }
  return out;
}

export interface LostPoints {
  id: string;
  title: string;
  /** 0–100. */
  score: number;
  weight: number;
  displayValue?: string;
}

/**
 * Audits of a category that did not get full marks and count towards its score, heaviest first
 * (weight × points lost). Informative and not-applicable audits are left out.
 */
export function lostPoints(lhr: LhrLike, category: Category): LostPoints[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  const out: LostPoints[] = [];
  for (const ref of refs) {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null || ref.weight === 0) continue;
    if (
      audit.scoreDisplayMode !== 'binary' &&
      audit.scoreDisplayMode !== 'numeric' &&
      audit.scoreDisplayMode !== 'metricSavings'
    )
      continue;
    if (audit.score >= 1) continue;
    out.push({
      id: audit.id,
      title: audit.title,
      score: Math.round(audit.score * 100),
      weight: ref.weight,
      ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
    });
  }
  return out.sort((a, b) => b.weight * (100 - b.score) - a.weight * (100 - a.score));
}

/** Categories below their goal. */
export function missedGoals(scores: Scores, goals: Record<Category, number> = GOALS): Category[] {
  return CATEGORIES.filter((c) => scores[c] === null || scores[c]! < goals[c]);
}

/** Median of numbers (the lower middle for an even count); undefined for none. */
export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Median score per category over several runs of the same page. */
export function medianScores(runs: Scores[]): Scores {
  const out = {} as Scores;
  for (const c of CATEGORIES) out[c] = median(runs.map((r) => r[c]).filter((s): s is number => s !== null)) ?? null;
  return out;
}

export interface Row {
  page: string;
  formFactor: 'mobile' | 'desktop';
  scores: Scores;
}

/** A plain-text table; scores below their goal are marked with "!". */
export function formatScoreTable(rows: Row[], goals: Record<Category, number> = GOALS): string {
  const header = ['side', 'enhet', ...CATEGORIES.map((c) => `${CATEGORY_NAMES[c]} (≥${goals[c]})`)];
  const body = rows.map((r) => [
    r.page,
    r.formFactor,
    ...CATEGORIES.map((c) => {
      const s = r.scores[c];
      return s === null ? '–' : `${s}${s < goals[c] ? ' !' : ''}`;
    }),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
