/**
 * Counts as the pages print them: formatted nb-NO, after a label («Prosjekter (12)») or with the
 * noun in the right number («3 kommuner»), so that no template counts or formats a number.
 */
import { ui } from '../../i18n/nb';
import { formatInteger, plural } from '../format/nb';

/** «12»: how many items, formatted. */
export function countOf(items: readonly unknown[] | ReadonlySet<unknown>): string {
  return formatInteger('size' in items ? items.size : items.length);
}

/** «Prosjekter (12)»: a heading or label followed by its count. */
export function withCount(label: string, items: readonly unknown[]): string {
  return ui.withCount(label, countOf(items));
}

/** «1 kommune», «3 kommuner». */
export function countedNoun(items: readonly unknown[], noun: { one: string; many: string }): string {
  return plural(items.length, noun.one, noun.many);
}

/** How many items have each key, e.g. municipalities per pool. */
export function countBy<T, K>(items: readonly T[], key: (item: T) => K): (k: K) => string {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return (k) => formatInteger(counts.get(k) ?? 0);
}

/** The home page's key figures formatted; `perPool` gives a pool's count, zero when it has none. */
export function formatFigures<P, F extends { perPool: ReadonlyMap<P, number> }>(
  figures: F,
): { [K in Exclude<keyof F, 'perPool'>]: string } & { perPool: (pool: P) => string } {
  const { perPool, ...rest } = figures;
  const formatted = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, formatInteger(v as number)])) as {
    [K in Exclude<keyof F, 'perPool'>]: string;
  };
  return { ...formatted, perPool: (pool: P) => formatInteger(perPool.get(pool) ?? 0) };
}
