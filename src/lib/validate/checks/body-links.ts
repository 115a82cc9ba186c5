/**
 * Markdown bodies: markup (../markup: allowed HTML, URL policy, MDX), and internal links lead to
 * pages the build makes.
 */
import { brokenLink } from '../links';
import { checkMarkup } from '../markup';
import type { Problem } from '../problem';
import type { Content } from './content';

export function checkBodyLinks({ input, entries }: Content): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, Set<string>>();
  for (const [name, map] of entries) {
    ids.set(name, new Set([...map.values()].filter((e) => !(input.production && e.data.utkast)).map((e) => e.id)));
  }
  const ctx = { ids, publicFile: (path: string) => input.fileExists(`public/${path}`) };
  for (const map of entries.values()) {
    for (const e of map.values()) {
      if (!/\.mdx?$/.test(e.file.path)) continue;
      const markup = checkMarkup(e.file.path, e.file.text);
      problems.push(...markup.problems);
      for (const link of markup.links) {
        const why = brokenLink(link.target, ctx, `/${e.collection}/${e.id}/`);
        if (why) {
          problems.push({
            file: e.file.path,
            line: link.line,
            field: '(lenke)',
            message: `lenken «${link.target}»: ${why}`,
          });
        }
      }
    }
  }
  return problems;
}
