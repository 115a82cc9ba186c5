/**
 * Finds the line of a field in a YAML block, so that a problem can point at `file:line`.
 * A simple scan, not a YAML parser: good enough for the front matter editors write.
 */
export function lineOfField(yaml: string, path: readonly PropertyKey[], firstLine: number) {
  const lines = yaml.split(/\r?\n/);
  let from = 0;
  let indent = -1;
  let found: number | undefined;
  for (const key of path) {
    if (typeof key !== 'string') continue;
    const re = new RegExp(`^(\\s*)(?:- )?${escape(key)}\\s*:`);
    let hit = -1;
    for (let i = from; i < lines.length; i++) {
      const m = re.exec(lines[i]!);
      if (m && m[1]!.length > indent) {
        hit = i;
        indent = m[1]!.length;
        break;
      }
    }
    if (hit < 0) break;
    found = hit;
    from = hit + 1;
  }
  return found === undefined ? undefined : found + firstLine;
}

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
