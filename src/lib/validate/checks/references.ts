/**
 * References between collections: every id a field names exists, and in production nothing
 * published refers to a draft.
 */
import { COLLECTIONS, ENTRY_RECORDS } from '../../collections';
import type { Problem } from '../problem';
import { closest } from '../suggest';
import { problemAt, type Content } from './content';

export function checkReferences({ input, entries, allIds }: Content): Problem[] {
  const problems: Problem[] = [];
  // Fields that refer to other collections: the registry's references, collection by collection.
  for (const { name: collection, references } of ENTRY_RECORDS) {
    for (const entry of entries.get(collection)!.values()) {
      for (const { field, target } of references) {
        const value = entry.data[field];
        const ids = Array.isArray(value) ? value : value === undefined ? [] : [value];
        ids.forEach((id: string, i) => {
          const path = Array.isArray(value) ? [field, i] : [field];
          const known = allIds.get(target)!;
          if (!known.has(id)) {
            const guess = closest(id, known);
            problems.push(
              problemAt(
                entry,
                path,
                `fant «${id}»; forventet id-en til ${COLLECTIONS[target].labels.indefinite} i ${input.contentDir}/${target}/${guess ? ` (mente du «${guess}»?)` : ''}`,
              ),
            );
            return;
          }
          const targetEntry = entries.get(target)!.get(id);
          if (input.production && !entry.data.utkast && targetEntry?.data.utkast) {
            problems.push(
              problemAt(
                entry,
                path,
                `viser til «${id}», som er et utkast (utkast: true) og ikke publiseres; forventet en publisert oppføring`,
              ),
            );
          }
        });
      }
    }
  }
  return problems;
}
