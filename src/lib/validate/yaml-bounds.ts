/**
 * Rule: a YAML document (a front matter or a .yaml file) is bounded. YAML aliases (`*a`) repeat
 * a node without copying it, so a few hundred bytes can stand for billions of values ("billion
 * laughs"); anything that walks the values (the schemas, the site's data store) would then run
 * for hours or out of memory. Deep nesting overflows the stack of a recursive reader.
 * The check counts values as if aliases were expanded, without expanding them, and stops early.
 */
import type { Problem } from './problem';

/** Most values a document may stand for with its aliases expanded. */
export const MAX_NODES = 20_000;
/** Deepest nesting of lists and maps. */
export const MAX_DEPTH = 32;

/**
 * Size and depth of `data` with aliases expanded, each shared node counted once per use but
 * walked once (memoised by identity). Cycles (an alias inside its own anchor) count as too deep.
 */
export function measure(data: unknown): { nodes: number; depth: number } {
  const memo = new Map<object, { nodes: number; depth: number }>();
  const open = new Set<object>();
  const walk = (value: unknown): { nodes: number; depth: number } => {
    if (value === null || typeof value !== 'object' || value instanceof Date) return { nodes: 1, depth: 0 };
    const known = memo.get(value);
    if (known) return known;
    if (open.has(value)) return { nodes: Infinity, depth: Infinity };
    open.add(value);
    let nodes = 1;
    let depth = 0;
    for (const child of Object.values(value)) {
      const m = walk(child);
      nodes += m.nodes;
      depth = Math.max(depth, m.depth + 1);
      if (nodes > MAX_NODES || depth > MAX_DEPTH) break;
    }
    open.delete(value);
    const result = { nodes, depth };
    memo.set(value, result);
    return result;
  };
  return walk(data);
}

/** The problem with a parsed document `data` of `file`, if it is too large or too deep. */
export function yamlBoundsProblem(file: string, field: string, data: unknown, line?: number): Problem | undefined {
  const { nodes, depth } = measure(data);
  if (depth > MAX_DEPTH) {
    return {
      file,
      line,
      field,
      message: `YAML-en er nestet dypere enn ${MAX_DEPTH} nivåer${depth === Infinity ? ' (et alias viser til seg selv)' : ''}; forventet felt med verdier og korte lister`,
    };
  }
  if (nodes > MAX_NODES) {
    return {
      file,
      line,
      field,
      message: `YAML-en står for mer enn ${MAX_NODES.toLocaleString('nb-NO')} verdier når aliasene (*navn) er foldet ut; forventet felt skrevet ut uten alias og anker (&navn, *navn)`,
    };
  }
  return undefined;
}
