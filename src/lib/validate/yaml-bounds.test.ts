import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, measure, yamlBoundsProblem } from './yaml-bounds';

describe('YAML bounds', () => {
  it('counts aliases as expanded without expanding them ("billion laughs")', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${prev}`).join(', ')}]`,
      );
    }
    const data = jsYaml.load(levels.join('\n'), { schema: jsYaml.CORE_SCHEMA });
    expect(yamlBoundsProblem('f.yaml', '(yaml)', data, 1)?.message).toContain('aliasene');
  });
  it('counts a shared (aliased) node once per use, as if expanded', () => {
    const data = jsYaml.load('a: &a [x, x, x, x, x, x, x, x, x, x]\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', {
      schema: jsYaml.CORE_SCHEMA,
    });
    // root 1 + a (1 + 10) + b (1 + 10 × 11) = 123, although the parsed object holds `a` only once.
    expect(measure(data).nodes).toBe(123);
  });
  it('refuses nesting deeper than the limit and a cycle', () => {
    let deep: unknown = 'x';
    for (let i = 0; i <= MAX_DEPTH; i++) deep = [deep];
    expect(yamlBoundsProblem('f.yaml', '(yaml)', { a: deep })?.message).toContain('dypere');
    const cycle: unknown[] = [];
    cycle.push(cycle);
    expect(measure(cycle).depth).toBe(Infinity);
  });
  it('accepts an ordinary front matter', () => {
    expect(
      yamlBoundsProblem('f.md', '(front matter)', { tittel: 'x', kommuner: ['a', 'b'], mål: [{ tekst: 'a' }] }),
    ).toBeUndefined();
  });
});
