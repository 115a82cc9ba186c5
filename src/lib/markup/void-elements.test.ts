import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { VOID_ELEMENTS } from './void-elements';

type Element = DefaultTreeAdapterMap['element'];

/** The nodes parse5 (the WHATWG parsing algorithm, an independent reader) puts in `<div><name>x</div>`. */
function childrenOf(name: string) {
  const div = parseFragment(`<div><${name}>x</div>`).childNodes[0] as Element;
  return div.childNodes.map((n) => n.nodeName);
}

describe('VOID_ELEMENTS', () => {
  // <col> outside a table is dropped by the parser, so it cannot be tried in a <div>.
  it.each([...VOID_ELEMENTS].filter((n) => n !== 'col'))('<%s> takes no content in the HTML parser', (name) => {
    expect(childrenOf(name)).toEqual([name, '#text']);
  });
  it.each(['p', 'span', 'a', 'td', 'video', 'picture'])('does not list <%s>, which has content', (name) => {
    expect(VOID_ELEMENTS.has(name)).toBe(false);
  });
  it('is lower case and in order', () => {
    const names = [...VOID_ELEMENTS];
    expect(names).toEqual(names.map((n) => n.toLowerCase()).sort());
  });
});
