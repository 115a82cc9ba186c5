import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readsAsWords } from './no-ui-text.js';

const ROOT = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });

/** The texts kb/no-ui-text reports in `source`, linted with the project's own config as `file`. */
async function reported(source: string, file = 'src/pages/eksempel.astro'): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: join(ROOT, file) });
  return result!.messages
    .filter((m) => m.ruleId === 'kb/no-ui-text')
    .map((m) => /«(.*)»/.exec(m.message)?.[1] ?? m.message);
}

describe('readsAsWords', () => {
  it('is true for a capitalised word, two words or a Norwegian letter', () => {
    expect(readsAsWords('Kommuner')).toBe(true);
    expect(readsAsWords('gode historier')).toBe(true);
    expect(readsAsWords('søk')).toBe(true);
    expect(readsAsWords('Sykefraværet i ${navn}')).toBe(true);
  });
  it('is false for paths, ids, class names and single lower-case words', () => {
    for (const code of ['/prosjekter/', 'ovrige-kommuner', 'card--wide', 'nb-NO', 'Europe/Oslo', 'h2', 'page']) {
      expect(readsAsWords(code), code).toBe(false);
    }
  });
});

describe('kb/no-ui-text in the project config', () => {
  it('reports text nodes, text attributes, component props and strings that read as words', async () => {
    const source = [
      '---',
      "import Card from '../components/Card.astro';",
      "const title = 'Gode historier';",
      '---',
      '<Card heading="Les mer" variant="wide" />',
      '<nav aria-label="Andre nyhetsbrev"><p>Publisert {date}</p></nav>',
      '{items.length === 0 && <p>Ingen</p>}',
      "<p>{cond ? 'Ja takk' : null}</p>",
    ].join('\n');
    expect(await reported(source)).toEqual([
      'Gode historier',
      'Les mer',
      'Andre nyhetsbrev',
      'Publisert',
      'Ingen',
      'Ja takk',
    ]);
  });

  it('lets code, scripts, styles, comments, build errors and texts from i18n pass', async () => {
    const source = [
      '---',
      "import { ui } from '../i18n/nb';",
      "import Card from '../components/Card.astro';",
      "type Variant = 'Bred variant' | 'smal';",
      "const labels = { 'Gode historier': 1 };",
      'if (!ok) throw new Error(`Delingsbilde: siden ${path} mangler tekst`);',
      '---',
      '<!-- En kommentar med ord -->',
      '<Card heading={ui.home} href="/om/" class="kort kort--bred" />',
      '<a href="/prosjekter/" class:list={["lenke aktiv", { valgt }]}>{ui.nav.projects}</a>',
      '<p aria-hidden="true">{ui.home} · {count}</p>',
      "<script>const s = 'Skript med tekst';</script>",
      '<style>.a::after { content: "Tekst"; }</style>',
    ].join('\n');
    expect(await reported(source)).toEqual([]);
  });

  it('does not apply to the editorial content pages', async () => {
    expect(await reported('<p>Om programmet</p>', 'src/pages/om/index.astro')).toEqual([]);
    expect(await reported('<p>Om programmet</p>', 'src/pages/om/ny-side.astro')).toEqual(['Om programmet']);
  });
});
