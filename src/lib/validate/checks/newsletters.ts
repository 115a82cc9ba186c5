/** Newsletters: each number is used once. */
import type { Problem } from '../problem';
import { problemAt, type Content, type Entry } from './content';

export function checkNewsletters({ entries }: Content): Problem[] {
  const problems: Problem[] = [];
  const numbers = new Map<number, Entry>();
  for (const e of entries.get('nyhetsbrev')!.values()) {
    const n = e.data.nummer as number;
    const other = numbers.get(n);
    if (other) {
      problems.push(
        problemAt(e, ['nummer'], `nummer ${n} er allerede brukt av ${other.file.path}; forventet et unikt nummer`),
      );
    } else numbers.set(n, e);
  }
  return problems;
}
