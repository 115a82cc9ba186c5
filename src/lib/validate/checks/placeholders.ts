/** In production, no published entry (no `utkast: true`) still holds a placeholder from `npm run ny`. */
import { PLACEHOLDER_IMAGE } from '../../scaffold/placeholder';
import { PLACEHOLDERS } from '../../scaffold/templates';
import type { Problem } from '../problem';
import type { Content } from './content';

/** Texts `npm run ny` writes as placeholders; none may reach a published page. */
const PLACEHOLDER_TEXTS = [
  PLACEHOLDERS.alt,
  PLACEHOLDERS.sted,
  ...Object.values(PLACEHOLDERS.sammendrag),
  PLACEHOLDER_IMAGE,
];
const normalisedPlaceholders = PLACEHOLDER_TEXTS.map((p) => p.replace(/\s+/g, ' '));

export function checkPlaceholders({ input, entries }: Content): Problem[] {
  const problems: Problem[] = [];
  if (!input.production) return problems;
  for (const collection of entries.values()) {
    for (const e of collection.values()) {
      if (e.data.utkast) continue;
      const text = e.file.text.replace(/\s+/g, ' ');
      const hit = PLACEHOLDER_TEXTS.find((_, i) => text.includes(normalisedPlaceholders[i]!));
      if (!hit) continue;
      const words = hit.split(' ').slice(0, 3).join(' ');
      const index = e.file.text.split('\n').findIndex((l) => l.includes(words.split(' ')[0]!) && l.includes(words));
      problems.push({
        file: e.file.path,
        line: index >= 0 ? index + 1 : undefined,
        field: '(plassholder)',
        message: `inneholder fortsatt plassholderen «${hit.length > 50 ? `${hit.slice(0, 47)}...` : hit}» fra npm run ny; forventet din egen tekst (eller behold utkast: true til den er på plass)`,
      });
    }
  }
  return problems;
}
