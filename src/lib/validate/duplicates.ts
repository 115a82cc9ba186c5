/**
 * Rule: no list in the front matter names the same value twice. `kommuner: [tana, tana]` would
 * count Tana twice in a project's figures and list it twice on the page; the same attachment
 * listed twice is published as two links. Lists of plain values (ids, sectors, themes) are
 * checked, and lists of attachments by their file.
 */
import type { Problem } from './problem';

/** Lists of objects compared by one of their fields. */
const BY_FIELD: Readonly<Record<string, string>> = { vedlegg: 'fil' };

/**
 * Problems for repeated values in the lists of `data`; `lineOf` finds the line of a list item.
 * Runs on data that passed its schema, so lists are small and aliases resolved.
 */
export function checkDuplicates(
  file: string,
  data: Record<string, unknown>,
  lineOf: (path: (string | number)[]) => number | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) {
      const key = BY_FIELD[String(path[path.length - 1])];
      const seen = new Map<string, number>();
      value.forEach((item, i) => {
        const raw = key && item && typeof item === 'object' ? (item as Record<string, unknown>)[key] : item;
        if (typeof raw !== 'string' && typeof raw !== 'number') return;
        const id = String(raw);
        const first = seen.get(id);
        if (first === undefined) {
          seen.set(id, i);
          return;
        }
        const firstLine = lineOf([...path, first]);
        problems.push({
          file,
          line: lineOf([...path, i]),
          field: [...path, i, ...(key ? [key] : [])].join('.'),
          message: `«${id}» står to ganger i listen ${path.join('.')} (også som nummer ${first + 1}${firstLine ? `, linje ${firstLine}` : ''}); forventet hver verdi én gang`,
        });
      });
      value.forEach((item, i) => visit(item, [...path, i]));
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
    }
  };
  visit(data, []);
  return problems;
}
