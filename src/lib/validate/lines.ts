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

/**
 * Like `lineOfField`, but a list index in the path points at the item's `- ` line in a block
 * list (a flow list `[a, b]` is on the field's line).
 */
export function lineOfItem(yaml: string, path: readonly PropertyKey[], firstLine: number) {
  const last = path[path.length - 1];
  const fieldLine = lineOfField(yaml, path, firstLine);
  if (typeof last !== 'number' || fieldLine === undefined) return fieldLine;
  const lines = yaml.split(/\r?\n/);
  const start = fieldLine - firstLine;
  const indent = /^(\s*)/.exec(lines[start]!)![1]!.length;
  if (/:\s*\S/.test(lines[start]!.replace(/^\s*(?:- )?[^:]*:/, ':'))) return fieldLine;
  let n = -1;
  for (let i = start + 1; i < lines.length; i++) {
    const m = /^(\s*)(-)(\s|$)/.exec(lines[i]!);
    const own = /^(\s*)\S/.exec(lines[i]!);
    if (own && own[1]!.length <= indent && !(m && m[1]!.length === indent)) break;
    if (m && (m[1]!.length > indent || m[1]!.length === indent)) {
      n++;
      if (n === last) return i + firstLine;
    }
  }
  return fieldLine;
}
